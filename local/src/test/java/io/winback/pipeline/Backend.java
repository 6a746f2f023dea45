package io.winback.pipeline;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import java.net.URI;

/** A DynamoDB with Streams for the pipeline to run on: DynamoDB Local, moto_server or LocalStack. */
interface Backend {
    DynamoDbClient dynamo();

    DynamoDbStreamsClient streams();

    /** DynamoDB Local in this JVM, shared by the tests of the module. */
    static Backend dynamoDbLocal() {
        return new Backend() {
            public DynamoDbClient dynamo() {
                return io.winback.testing.LocalDynamo.client();
            }

            public DynamoDbStreamsClient streams() {
                return io.winback.testing.LocalDynamo.streams();
            }
        };
    }

    /** The emulator's endpoint for SQS, SNS and SES, or null when those run as in-process stand-ins. */
    default URI awsEndpoint() {
        return null;
    }
}
