package io.winback.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.time.Duration;

/**
 * How every Winback SDK client is set up, whatever the service: the URL-connection HTTP client with its timeouts,
 * and in Lambda region and credentials straight from its variables (skipping the default chains' probing); at an
 * emulator, its endpoint with placeholder credentials. Service by service factories (SNS and SES in
 * {@code MessagingClients}, SQS in {@code SqsClients}) live beside their adapters, so a function's jar carries only
 * the SDK modules it uses.
 */
public final class AwsClients {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private AwsClients() {
    }

    public static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B fromEnvironment(
            B builder, ClientOverrideConfiguration configuration, Duration timeout) {
        builder.httpClient(http(timeout)).overrideConfiguration(configuration);
        String region = System.getenv("AWS_REGION");
        if (region != null && System.getenv("AWS_ACCESS_KEY_ID") != null) {
            builder.region(Region.of(region)).credentialsProvider(EnvironmentVariableCredentialsProvider.create());
        }
        return builder;
    }

    public static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B forEndpoint(
            B builder, URI endpoint, ClientOverrideConfiguration configuration, Duration timeout) {
        return builder.endpointOverride(endpoint)
                .region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(http(timeout))
                .overrideConfiguration(configuration);
    }

    /** A call gives up after {@code timeout}, the SDK's retry settings otherwise as configured. */
    public static ClientOverrideConfiguration withTimeout(Duration timeout) {
        return ClientOverrideConfiguration.builder().apiCallTimeout(timeout).build();
    }

    private static SdkHttpClient http(Duration timeout) {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(CONNECT_TIMEOUT.compareTo(timeout) < 0 ? CONNECT_TIMEOUT : timeout)
                .socketTimeout(timeout)
                .build();
    }
}
