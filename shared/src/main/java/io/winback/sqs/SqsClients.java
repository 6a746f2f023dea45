package io.winback.sqs;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;

/** SQS clients, built like the DynamoDB ones (see {@link io.winback.dynamo.DynamoClients}). */
public final class SqsClients {
    private SqsClients() {
    }

    public static SqsClient fromEnvironment() {
        var builder = SqsClient.builder().httpClient(UrlConnectionHttpClient.create());
        String region = System.getenv("AWS_REGION");
        if (region != null && System.getenv("AWS_ACCESS_KEY_ID") != null) {
            builder.region(Region.of(region)).credentialsProvider(EnvironmentVariableCredentialsProvider.create());
        }
        return builder.build();
    }

    public static SqsClient forEndpoint(URI endpoint) {
        return SqsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
