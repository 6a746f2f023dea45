package io.winback.pipeline;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** A DynamoDB with Streams for the pipeline to run on: DynamoDB Local, moto_server or LocalStack. */
interface Backend {
    DynamoDbClient dynamo();

    DynamoDbStreamsClient streams();
}
