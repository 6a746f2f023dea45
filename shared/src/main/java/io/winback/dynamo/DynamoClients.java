package io.winback.dynamo;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
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
     * In Lambda: region and credentials from the environment, the URL-connection HTTP client, which starts faster
     * than Apache or Netty and is enough for one request at a time.
     */
    public static DynamoDbClient fromEnvironment() {
        return DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
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
