package io.winback.sns;

import io.winback.messages.SendResult;
import io.winback.messages.SmsGateway;

import io.winback.aws.AwsClients;
import io.winback.aws.LazyClient;
import io.winback.aws.MessagingClients;
import io.winback.log.JsonLog;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.OptedOutException;
import software.amazon.awssdk.services.sns.model.ThrottledException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SMS through SNS {@code Publish} to a phone number, after asking SNS whether the number has opted out (replied
 * STOP): SNS would drop such a message anyway, but asking first tells the caller to withdraw SMS consent.
 *
 * <p>Messages go as {@code Promotional}: a reactivation touch is marketing, and SNS (and the carriers behind it)
 * expect marketing to say so; {@code Transactional} is for one-time codes and receipts, costs more in many countries
 * and would misdeclare the traffic. The sender id, where the country supports one, is the shop's name.
 *
 * <p>Before publishing, the account's monthly SMS spend limit is consulted ({@link SmsSpendAllowance}): past it SNS
 * stops delivering SMS within minutes while still answering {@code Publish} with a message id, so a message that would
 * pass it is not published, and the caller is told the channel is paused ({@link SendResult.ChannelPaused}): the
 * touch waits, it is not lost.
 *
 * <p>One attempt per send (see {@link MessagingClients}); what a failure means is decided here, what to do about it
 * by the caller.
 */
public final class SnsSmsGateway implements SmsGateway {
    private static final JsonLog LOG = JsonLog.forClass(SnsSmsGateway.class);

    /** Reading the spend figures is not sending: a short wait, and the SDK's retries. */
    private static final Duration FIGURES_TIMEOUT = Duration.ofSeconds(3);

    private final LazyClient<SnsClient> sns;
    private final Map<String, MessageAttributeValue> attributes;
    /** Null: no spend limit is consulted (an emulator, where SMS cost nothing). */
    private final SmsSpendAllowance allowance;

    /**
     * Without the spend limit check: for emulators and test servers, where SMS cost nothing.
     * {@code senderId}: up to 11 letters and digits shown as the sender; null where none is registered.
     */
    public SnsSmsGateway(SnsClient sns, String senderId) {
        this(LazyClient.built(sns), senderId, null);
    }

    private SnsSmsGateway(LazyClient<SnsClient> sns, String senderId, SmsSpendAllowance allowance) {
        this.sns = sns;
        this.allowance = allowance;
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("AWS.SNS.SMS.SMSType", text("Promotional"));
        if (senderId != null && !senderId.isBlank()) {
            attributes.put("AWS.SNS.SMS.SenderID", text(senderId));
        }
        this.attributes = Map.copyOf(attributes);
    }

    /**
     * The deployed sender: SNS and CloudWatch from the environment, each SMS held to the account's monthly spend
     * limit at {@code smsPriceUsd} per part (the configuration's {@code SMS_PRICE_USD}); {@code function} names the sender in the limit's metric.
     */
    public static SnsSmsGateway fromEnvironment(String senderId, BigDecimal smsPriceUsd, String function, Clock clock) {
        // Read only when an SMS is about to go out: built then ({@link LazyClient}), as SNS is.
        LazyClient<CloudWatchClient> cloudWatch = LazyClient.of("cloudwatch",
                () -> AwsClients.fromEnvironment(CloudWatchClient.builder())
                        .httpClient(AwsClients.http(FIGURES_TIMEOUT))
                        .overrideConfiguration(AwsClients.withTimeout(FIGURES_TIMEOUT.multipliedBy(2))).build());
        return withSpendLimit(MessagingClients.snsFromEnvironment(), cloudWatch, senderId, smsPriceUsd, function,
                clock);
    }

    /** As {@link #fromEnvironment}, on the given clients (an emulator's, in tests). */
    public static SnsSmsGateway withSpendLimit(SnsClient sns, CloudWatchClient cloudWatch, String senderId,
                                               BigDecimal smsPriceUsd, String function, Clock clock) {
        return withSpendLimit(LazyClient.built(sns), LazyClient.built(cloudWatch), senderId, smsPriceUsd, function,
                clock);
    }

    private static SnsSmsGateway withSpendLimit(LazyClient<SnsClient> sns, LazyClient<CloudWatchClient> cloudWatch,
                                                String senderId, BigDecimal smsPriceUsd, String function, Clock clock) {
        return new SnsSmsGateway(sns, senderId, new SmsSpendAllowance(new SnsSpendFigures(sns, cloudWatch),
                smsPriceUsd, function, clock));
    }

    @Override
    public SendResult send(String phoneE164, String text, String touchId) {
        String to = JsonLog.mask(phoneE164);
        boolean optedOut;
        try {
            optedOut = sns.get().checkIfPhoneNumberIsOptedOut(r -> r.phoneNumber(phoneE164)).isOptedOut();
        } catch (RuntimeException e) {
            SendResult result = beforeSending(e);
            LOG.warn("sms_opt_out_check_failed", "touchId", touchId, "to", to, "result", result.toString());
            return result;
        }
        if (optedOut) {
            LOG.info("sms_opted_out", "touchId", touchId, "to", to);
            return new SendResult.OptedOut();
        }
        String overLimit = allowance == null ? null : allowance.refusal(text);
        if (overLimit != null) {
            return new SendResult.ChannelPaused(overLimit);
        }
        try {
            String messageId = sns.get().publish(r -> r.phoneNumber(phoneE164).message(text).messageAttributes(attributes))
                    .messageId();
            LOG.info("sms_sent", "touchId", touchId, "to", to, "messageId", messageId);
            countAgainstTheLimit(text);
            return new SendResult.Sent(messageId);
        } catch (RuntimeException e) {
            SendResult result = classify(e);
            if (result instanceof SendResult.Unknown) {
                countAgainstTheLimit(text); // it may have gone out, and then it is paid for
            }
            LOG.warn("sms_not_confirmed", "touchId", touchId, "to", to, "result", result.toString());
            return result;
        }
    }

    private void countAgainstTheLimit(String text) {
        if (allowance != null) {
            allowance.published(text);
        }
    }

    /** What a failed {@code Publish} means for the touch. */
    static SendResult classify(RuntimeException e) {
        if (e instanceof OptedOutException) {
            return new SendResult.OptedOut(); // opted out between the check and the send
        }
        if (e instanceof AwsServiceException service) {
            String reason = reason(service);
            if (service instanceof ThrottledException || service.isThrottlingException()) {
                return new SendResult.NotSent(reason, true);
            }
            int status = service.statusCode();
            if (status >= 400 && status < 500) {
                // A 4xx is SNS refusing the request (bad number, no permission, SMS disabled): nothing went out.
                return new SendResult.NotSent(reason, false);
            }
            return new SendResult.Unknown(reason); // a 5xx may come after SNS handed the message on
        }
        if (e instanceof SdkClientException) {
            return new SendResult.Unknown("no answer from SNS: " + e.getMessage()); // timeout, dropped connection
        }
        return new SendResult.Unknown(e.getClass().getSimpleName());
    }

    /**
     * A failed opt-out check sent nothing, whatever the failure: a refusal is final, anything else (throttling, a
     * 5xx, a timeout) is worth another try later; never {@link SendResult.Unknown}, which would lose the touch.
     */
    private static SendResult beforeSending(RuntimeException e) {
        if (e instanceof AwsServiceException service) {
            int status = service.statusCode();
            boolean refused = status >= 400 && status < 500 && !service.isThrottlingException()
                    && !(service instanceof ThrottledException);
            return new SendResult.NotSent("opt-out check failed: " + reason(service), !refused);
        }
        return new SendResult.NotSent("opt-out check failed: " + e.getClass().getSimpleName(), true);
    }

    /** Status and error code only: SNS messages may quote the phone number, which no log may hold. */
    private static String reason(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return "SNS " + e.statusCode() + " " + (code == null ? e.getClass().getSimpleName() : code);
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
