package io.winback.ses;

import io.winback.messages.EmailGateway;
import io.winback.messages.EmailMessage;
import io.winback.messages.RawMime;
import io.winback.messages.SendResult;

import io.winback.log.JsonLog;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import io.winback.aws.LazyClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AccountSuspendedException;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.MailFromDomainNotVerifiedException;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.SendingPausedException;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

import java.time.ZonedDateTime;

/**
 * Email through SES v2 {@code SendEmail}, as a raw MIME message built here: SES's simple content has no place for
 * {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}, without which Gmail and Yahoo bulk-sender rules
 * (and RFC 8058 one-click unsubscribe) are not met, nor for the {@code X-Winback-Touch} header that bounce and
 * complaint notifications carry back.
 *
 * <p>One attempt per send (see {@link MessagingClients}); what a failure means is decided here, what to do about it
 * by the caller.
 */
public final class SesEmailGateway implements EmailGateway {
    private static final JsonLog LOG = JsonLog.forClass(SesEmailGateway.class);

    private final LazyClient<SesV2Client> ses;
    private final String from;
    private final java.time.Clock clock;

    /**
     * @param from  a verified SES identity, as an address ({@code shop@example.com}) in ASCII
     * @param clock the mail's Date header
     */
    public SesEmailGateway(SesV2Client ses, String from, java.time.Clock clock) {
        this(LazyClient.built(ses), from, clock);
    }

    /** @param ses built on the first send ({@link MessagingClients#sesFromEnvironment()}) */
    public SesEmailGateway(LazyClient<SesV2Client> ses, String from, java.time.Clock clock) {
        this.ses = ses;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public SendResult send(EmailMessage message) {
        String to = JsonLog.mask(message.to());
        byte[] mime;
        try {
            mime = RawMime.of(from, message, ZonedDateTime.now(clock));
        } catch (RawMime.NotBuilt e) {
            LOG.warn("email_not_built", "touchId", message.touchId(), "to", to, "reason", e.getMessage());
            return new SendResult.NotBuilt(e.getMessage());
        }
        try {
            String messageId = ses.get().sendEmail(r -> r.fromEmailAddress(from)
                    .content(c -> c.raw(raw -> raw.data(SdkBytes.fromByteArray(mime))))).messageId();
            LOG.info("email_sent", "touchId", message.touchId(), "to", to, "messageId", messageId);
            return new SendResult.Sent(messageId);
        } catch (RuntimeException e) {
            SendResult result = classify(e);
            LOG.warn("email_not_confirmed", "touchId", message.touchId(), "to", to, "result", result.toString());
            return result;
        }
    }

    /** What a failed {@code SendEmail} means for the touch. */
    static SendResult classify(RuntimeException e) {
        if (e instanceof AwsServiceException service) {
            String reason = reason(service);
            if (service instanceof SendingPausedException || service instanceof AccountSuspendedException) {
                return new SendResult.ChannelPaused(reason);
            }
            if (service instanceof TooManyRequestsException || service instanceof LimitExceededException
                    || service.isThrottlingException()) {
                return new SendResult.NotSent(reason, true);
            }
            if (service instanceof MessageRejectedException || service instanceof MailFromDomainNotVerifiedException
                    || service instanceof BadRequestException || service instanceof NotFoundException) {
                return new SendResult.NotSent(reason, false);
            }
            int status = service.statusCode();
            if (status >= 400 && status < 500) {
                // Any other 4xx (no permission, a bad signature) is SES refusing the request: nothing went out.
                return new SendResult.NotSent(reason, false);
            }
            return new SendResult.Unknown(reason); // a 5xx may come after SES queued the message
        }
        if (e instanceof SdkClientException) {
            return new SendResult.Unknown("no answer from SES: " + e.getMessage()); // timeout, dropped connection
        }
        return new SendResult.Unknown(e.getClass().getSimpleName());
    }

    /** Status and error code only: SES messages may quote the address, which no log may hold. */
    private static String reason(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return "SES " + e.statusCode() + " " + (code == null ? e.getClass().getSimpleName() : code);
    }
}
