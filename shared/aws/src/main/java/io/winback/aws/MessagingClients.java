package io.winback.aws;

import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;

import java.net.URI;
import java.time.Duration;

/**
 * Builds the senders' clients: SNS for SMS, SES v2 for email, set up as every client is ({@link AwsClients}).
 *
 * <p>SNS {@code Publish} and SES {@code SendEmail} take no idempotency key: when the SDK retries a send whose
 * answer was lost (a read timeout, a dropped connection, a 500 after the provider had accepted it), the customer
 * may get the message twice. So the SNS and SES clients make exactly one attempt, and the gateways tell the caller
 * which failures are certain ({@link SendResult.NotSent}) and which are not ({@link SendResult.Unknown}).
 *
 * <p>Below the SDK, a bare {@code HttpURLConnection} re-sends a POST once when the connection drops before any
 * answer (JDK property {@code sun.net.http.retryPost}, true by default). Requests made through the SDK's
 * URL-connection client were measured reaching the server once in that case (the hang-up test of
 * {@code AmbiguousSendFailuresAreUnknownNeverRetriedTest}), so nothing is set here; that test guards it on upgrades.
 */
public final class MessagingClients {
    /** Long enough for SES or SNS on a bad day, short enough to leave a Lambda invocation room to record the outcome. */
    public static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private MessagingClients() {
    }

    /** SNS for SMS, one attempt per call; built on the first send ({@link LazyClient}). */
    public static LazyClient<SnsClient> snsFromEnvironment() {
        return LazyClient.of("sns", () -> AwsClients.fromEnvironment(SnsClient.builder())
                .httpClient(AwsClients.http(SEND_TIMEOUT)).overrideConfiguration(sendOnce(SEND_TIMEOUT)).build());
    }

    /** SES v2 for email, one attempt per call; built on the first send ({@link LazyClient}). */
    public static LazyClient<SesV2Client> sesFromEnvironment() {
        return LazyClient.of("sesv2", () -> AwsClients.fromEnvironment(SesV2Client.builder())
                .httpClient(AwsClients.http(SEND_TIMEOUT)).overrideConfiguration(sendOnce(SEND_TIMEOUT)).build());
    }

    /** SNS at an emulator (moto_server, LocalStack) or a test server, one attempt per call. */
    public static SnsClient snsForEndpoint(URI endpoint) {
        return snsForEndpoint(endpoint, SEND_TIMEOUT);
    }

    /** As {@link #snsForEndpoint(URI)}, giving up on a call after {@code timeout}. */
    public static SnsClient snsForEndpoint(URI endpoint, Duration timeout) {
        return AwsClients.forEndpoint(SnsClient.builder(), endpoint).httpClient(AwsClients.http(timeout))
                .overrideConfiguration(sendOnce(timeout)).build();
    }

    /** SES v2 at an emulator or a test server, one attempt per call. */
    public static SesV2Client sesForEndpoint(URI endpoint) {
        return sesForEndpoint(endpoint, SEND_TIMEOUT);
    }

    /** As {@link #sesForEndpoint(URI)}, giving up on a call after {@code timeout}. */
    public static SesV2Client sesForEndpoint(URI endpoint, Duration timeout) {
        return AwsClients.forEndpoint(SesV2Client.builder(), endpoint).httpClient(AwsClients.http(timeout))
                .overrideConfiguration(sendOnce(timeout)).build();
    }

    /** No retry at all, whatever AWS_RETRY_MODE or AWS_MAX_ATTEMPTS say: an explicit strategy wins over both. */
    static ClientOverrideConfiguration sendOnce(Duration timeout) {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.doNotRetry())
                .apiCallTimeout(timeout)
                .build();
    }
}
