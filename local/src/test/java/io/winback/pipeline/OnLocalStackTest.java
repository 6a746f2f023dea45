package io.winback.pipeline;

import io.winback.dynamo.DynamoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The same pipeline against LocalStack in Docker. Without a Docker engine (as on the build machines here) the whole
 * class is skipped by Testcontainers, cleanly; the moto_server run covers the same scenarios there.
 */
@Testcontainers(disabledWithoutDocker = true)
class OnLocalStackTest extends PipelineScenarios {
    @Container
    private static final LocalStackContainer LOCALSTACK =
            new LocalStackContainer(DockerImageName.parse("localstack/localstack:3.8"))
                    .withServices(LocalStackContainer.Service.DYNAMODB);

    private static DynamoDbClient dynamo;
    private static DynamoDbStreamsClient streams;

    @BeforeAll
    static void clients() {
        dynamo = DynamoClients.forEndpoint(LOCALSTACK.getEndpoint());
        streams = DynamoClients.streamsForEndpoint(LOCALSTACK.getEndpoint());
    }

    @AfterAll
    static void closeClients() {
        if (dynamo != null) {
            dynamo.close();
            streams.close();
        }
    }

    @Override
    Backend backend() {
        return new Backend() {
            public DynamoDbClient dynamo() {
                return dynamo;
            }

            public DynamoDbStreamsClient streams() {
                return streams;
            }
        };
    }
}
