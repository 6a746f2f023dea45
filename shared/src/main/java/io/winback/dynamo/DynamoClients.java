package io.winback.dynamo;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import java.net.URI;

/** Builds the AWS clients once per execution environment; handlers receive them through their constructors. */
public final class DynamoClients {
    private DynamoClients() {
    }

    /**
     * In Lambda: the URL-connection HTTP client, which starts faster than Apache or Netty, and region and credentials
     * read straight from the variables Lambda sets, skipping the default chains' probing of profile files and
     * metadata endpoints, which costs a cold start tens of milliseconds. Elsewhere the default chains apply.
     */
    public static DynamoDbClient fromEnvironment() {
        var builder = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create());
        String region = System.getenv("AWS_REGION");
        if (region != null && System.getenv("AWS_ACCESS_KEY_ID") != null) {
            builder.region(Region.of(region)).credentialsProvider(EnvironmentVariableCredentialsProvider.create());
        }
        return builder.build();
    }

    /** A client for an emulator (DynamoDB Local, moto_server, LocalStack) at {@code endpoint}. */
    public static DynamoDbClient forEndpoint(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public static DynamoDbStreamsClient streamsForEndpoint(URI endpoint) {
        return DynamoDbStreamsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
