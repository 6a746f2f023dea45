package io.winback.bench;

import io.winback.dynamo.DynamoClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;
import java.util.UUID;

/**
 * The least any Java 21 function on the AWS SDK does: build the DynamoDB client exactly as Winback's functions do
 * ({@link DynamoClients#fromEnvironment()}) and make one GetItem. Its cold start, probed like a function's, is the
 * floor Winback's cold starts are held to: what is above it is Winback's own doing.
 */
public final class SdkFloorHandler {
    private final DynamoDbClient dynamo = DynamoClients.fromEnvironment();

    /** One GetItem of a key that never exists; answers whether an item came back (never). */
    public boolean handle() {
        return dynamo.getItem(b -> b.tableName("winback-sales")
                .key(Map.of("saleId", AttributeValue.fromS("floor-" + UUID.randomUUID())))).hasItem();
    }
}
