package io.winback.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.time.Duration;

/**
 * Where every Winback SDK client is pointed, whatever the service: in Lambda, region and credentials straight from
 * its variables (skipping the default chains' probing of profile files and metadata endpoints, which costs a cold
 * start tens of milliseconds; elsewhere the default chains apply); at an emulator, its endpoint with placeholder
 * credentials. The service factories ({@code DynamoClients}, {@code MessagingClients}, {@code SqsClients}) choose
 * the HTTP client and retries and live beside their adapters, so a function's jar carries only the SDK modules it uses.
 */
public final class AwsClients {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private AwsClients() {
    }

    /** {@code builder} with Lambda's region and credentials when its variables are there. */
    public static <B extends AwsClientBuilder<B, ?>> B fromEnvironment(B builder) {
        String region = System.getenv("AWS_REGION");
        if (region != null && System.getenv("AWS_ACCESS_KEY_ID") != null) {
            builder.region(Region.of(region)).credentialsProvider(EnvironmentVariableCredentialsProvider.create());
        }
        return builder;
    }

    /** {@code builder} pointed at an emulator (DynamoDB Local, moto_server, LocalStack) or a test server. */
    public static <B extends AwsClientBuilder<B, ?>> B forEndpoint(B builder, URI endpoint) {
        return builder.endpointOverride(endpoint)
                .region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
    }

    /** A call gives up after {@code timeout}, the SDK's retry settings otherwise as configured. */
    public static ClientOverrideConfiguration withTimeout(Duration timeout) {
        return ClientOverrideConfiguration.builder().apiCallTimeout(timeout).build();
    }

    /** The URL-connection HTTP client (it starts faster than Apache or Netty), giving up on a socket after {@code timeout}. */
    public static SdkHttpClient http(Duration timeout) {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(CONNECT_TIMEOUT.compareTo(timeout) < 0 ? CONNECT_TIMEOUT : timeout)
                .socketTimeout(timeout)
                .build();
    }
}
