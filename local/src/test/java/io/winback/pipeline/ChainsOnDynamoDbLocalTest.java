package io.winback.pipeline;

/** The playbook through the local system on DynamoDB Local, with the work queue and the outbox in process. */
class ChainsOnDynamoDbLocalTest extends ChainScenarios {
    @Override
    Backend backend() {
        return Backend.dynamoDbLocal();
    }
}
