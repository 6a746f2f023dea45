package io.winback.dynamo;

import io.winback.aws.AwsClients;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import java.net.URI;

/** Builds the AWS clients once per execution environment; handlers receive them through their constructors. */
public final class DynamoClients {
    private DynamoClients() {
    }

    /** In Lambda: the URL-connection HTTP client and Lambda's region and credentials ({@link AwsClients}). */
    public static DynamoDbClient fromEnvironment() {
        return AwsClients.fromEnvironment(DynamoDbClient.builder()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** A client for an emulator (DynamoDB Local, moto_server, LocalStack) at {@code endpoint}. */
    public static DynamoDbClient forEndpoint(URI endpoint) {
        return AwsClients.forEndpoint(DynamoDbClient.builder(), endpoint).httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public static DynamoDbStreamsClient streamsForEndpoint(URI endpoint) {
        return AwsClients.forEndpoint(DynamoDbStreamsClient.builder(), endpoint)
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
