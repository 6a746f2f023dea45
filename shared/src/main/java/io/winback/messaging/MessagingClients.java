package io.winback.messaging;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.time.Duration;

/**
 * Builds the clients of the chains: SNS for SMS, SES v2 for email, SQS for work items; same HTTP client and
 * Lambda shortcuts as {@link io.winback.dynamo.DynamoClients}.
 *
 * <p>SNS {@code Publish} and SES {@code SendEmail} take no idempotency key: when the SDK retries a send whose
 * answer was lost (a read timeout, a dropped connection, a 500 after the provider had accepted it), the customer
 * may get the message twice. So the SNS and SES clients make exactly one attempt, and the gateways tell the caller
 * which failures are certain ({@link SendResult.NotSent}) and which are not ({@link SendResult.Unknown}). SQS keeps
 * the SDK's retries: a duplicated work item is absorbed downstream.
 *
 * <p>Below the SDK, a bare {@code HttpURLConnection} re-sends a POST once when the connection drops before any
 * answer (JDK property {@code sun.net.http.retryPost}, true by default). Requests made through the SDK's
 * URL-connection client were measured reaching the server once in that case (the hang-up test of
 * {@code AmbiguousSendFailuresAreUnknownNeverRetriedTest}), so nothing is set here; that test guards it on upgrades.
 */
public final class MessagingClients {
    /** Long enough for SES or SNS on a bad day, short enough to leave a Lambda invocation room to record the outcome. */
    public static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private MessagingClients() {
    }

    /** SNS for SMS, one attempt per call. */
    public static SnsClient snsFromEnvironment() {
        return fromEnvironment(SnsClient.builder(), sendOnce(SEND_TIMEOUT)).build();
    }

    /** SES v2 for email, one attempt per call. */
    public static SesV2Client sesFromEnvironment() {
        return fromEnvironment(SesV2Client.builder(), sendOnce(SEND_TIMEOUT)).build();
    }

    /** SQS for work items, with the SDK's default retries. */
    public static SqsClient sqsFromEnvironment() {
        return fromEnvironment(SqsClient.builder(), withTimeout(SEND_TIMEOUT)).build();
    }

    /** SNS at an emulator (moto_server, LocalStack) or a test server, one attempt per call. */
    public static SnsClient snsForEndpoint(URI endpoint) {
        return snsForEndpoint(endpoint, SEND_TIMEOUT);
    }

    /** As {@link #snsForEndpoint(URI)}, giving up on a call after {@code timeout}. */
    public static SnsClient snsForEndpoint(URI endpoint, Duration timeout) {
        return forEndpoint(SnsClient.builder(), endpoint, sendOnce(timeout), timeout).build();
    }

    /** SES v2 at an emulator or a test server, one attempt per call. */
    public static SesV2Client sesForEndpoint(URI endpoint) {
        return sesForEndpoint(endpoint, SEND_TIMEOUT);
    }

    /** As {@link #sesForEndpoint(URI)}, giving up on a call after {@code timeout}. */
    public static SesV2Client sesForEndpoint(URI endpoint, Duration timeout) {
        return forEndpoint(SesV2Client.builder(), endpoint, sendOnce(timeout), timeout).build();
    }

    /** SQS at an emulator, with the SDK's default retries. */
    public static SqsClient sqsForEndpoint(URI endpoint) {
        return forEndpoint(SqsClient.builder(), endpoint, withTimeout(SEND_TIMEOUT), SEND_TIMEOUT).build();
    }

    /** No retry at all, whatever AWS_RETRY_MODE or AWS_MAX_ATTEMPTS say: an explicit strategy wins over both. */
    static ClientOverrideConfiguration sendOnce(Duration timeout) {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.doNotRetry())
                .apiCallTimeout(timeout)
                .build();
    }

    private static ClientOverrideConfiguration withTimeout(Duration timeout) {
        return ClientOverrideConfiguration.builder().apiCallTimeout(timeout).build();
    }

    private static SdkHttpClient http(Duration timeout) {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(CONNECT_TIMEOUT.compareTo(timeout) < 0 ? CONNECT_TIMEOUT : timeout)
                .socketTimeout(timeout)
                .build();
    }

    /** Region and credentials from Lambda's variables when there, skipping the default chains' probing. */
    private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B fromEnvironment(
            B builder, ClientOverrideConfiguration configuration) {
        builder.httpClient(http(configuration.apiCallTimeout().orElse(SEND_TIMEOUT)))
                .overrideConfiguration(configuration);
        String region = System.getenv("AWS_REGION");
        if (region != null && System.getenv("AWS_ACCESS_KEY_ID") != null) {
            builder.region(Region.of(region)).credentialsProvider(EnvironmentVariableCredentialsProvider.create());
        }
        return builder;
    }

    private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B forEndpoint(
            B builder, URI endpoint, ClientOverrideConfiguration configuration, Duration timeout) {
        return builder.endpointOverride(endpoint)
                .region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(http(timeout))
                .overrideConfiguration(configuration);
    }
}
