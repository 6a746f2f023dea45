package io.winback.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A table's item count as DynamoDB estimates it (refreshed about every six hours): what a fan-out is sized on. */
public final class DynamoTableSize {
    private DynamoTableSize() {
    }

    public static long estimate(DynamoDbClient dynamo, String table) {
        Long count = dynamo.describeTable(b -> b.tableName(table)).table().itemCount();
        return count == null ? 0 : count;
    }
}
