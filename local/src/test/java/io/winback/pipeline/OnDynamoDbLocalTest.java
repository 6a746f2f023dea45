package io.winback.pipeline;

/** The pipeline on DynamoDB Local in this JVM: the fidelity reference (conditions, streams, capacity). */
class OnDynamoDbLocalTest extends PipelineScenarios {
    @Override
    Backend backend() {
        return Backend.dynamoDbLocal();
    }
}
