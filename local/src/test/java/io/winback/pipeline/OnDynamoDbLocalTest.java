package io.winback.pipeline;

import io.winback.testing.LocalDynamo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The pipeline on DynamoDB Local in this JVM: the fidelity reference (conditions, streams, capacity). */
class OnDynamoDbLocalTest extends PipelineScenarios {
    @Override
    Backend backend() {
        return new Backend() {
            public DynamoDbClient dynamo() {
                return LocalDynamo.client();
            }

            public DynamoDbStreamsClient streams() {
                return LocalDynamo.streams();
            }
        };
    }
}
