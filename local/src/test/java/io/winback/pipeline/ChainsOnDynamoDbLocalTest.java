package io.winback.pipeline;

import io.winback.testing.LocalDynamo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The playbook through the local system on DynamoDB Local, with the work queue and the outbox in process. */
class ChainsOnDynamoDbLocalTest extends ChainScenarios {
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
