package io.winback.sqs;

import io.winback.aws.AwsClients;
import io.winback.aws.LazyClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.time.Duration;

/** SQS for work items, with the SDK's default retries: a work item sent twice is absorbed by the worker. */
public final class SqsClients {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private SqsClients() {
    }

    /** Built on the first send ({@link LazyClient}): most invocations of the functions holding it queue nothing. */
    public static LazyClient<SqsClient> fromEnvironment() {
        return LazyClient.of("sqs", () -> AwsClients.fromEnvironment(SqsClient.builder())
                .httpClient(AwsClients.http(TIMEOUT)).overrideConfiguration(AwsClients.withTimeout(TIMEOUT)).build());
    }

    public static SqsClient forEndpoint(URI endpoint) {
        return AwsClients.forEndpoint(SqsClient.builder(), endpoint).httpClient(AwsClients.http(TIMEOUT))
                .overrideConfiguration(AwsClients.withTimeout(TIMEOUT)).build();
    }
}
