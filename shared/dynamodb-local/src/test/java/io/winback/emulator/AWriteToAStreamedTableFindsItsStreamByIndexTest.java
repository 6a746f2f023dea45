package io.winback.emulator;

import com.almworks.sqlite4java.SQLiteStatement;
import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lookups DynamoDB Local makes on every write to a table with a stream (its stream's first record) and on every
 * GetRecords (a shard's records from a sequence number) use the added indexes instead of walking every stream record
 * of every table; the stream itself still works. The same lookup on an emulator started without them uses no index,
 * so this test says what the indexes change.
 */
class AWriteToAStreamedTableFindsItsStreamByIndexTest {
    private static final String FIRST_RECORD_OF_STREAM = "SELECT MIN(SequenceNumber) FROM us WHERE StreamID = ?";
    private static final String RECORDS_OF_SHARD_FROM =
            "SELECT SequenceNumber, StreamRecord FROM us WHERE ShardID = ? AND SequenceNumber >= ? "
                    + "ORDER BY SequenceNumber ASC LIMIT 1";

    @Test
    void theStreamLookupsUseTheIndexesAndTheStreamStillDeliversEveryWrite() {
        AmazonDynamoDBLocal emulator = DynamoDbLocal.inMemory();
        try {
            assertTrue(plan(emulator, FIRST_RECORD_OF_STREAM).contains("winback_stream_records_by_stream"),
                    plan(emulator, FIRST_RECORD_OF_STREAM));
            assertTrue(plan(emulator, RECORDS_OF_SHARD_FROM).contains("winback_stream_records_by_shard"),
                    plan(emulator, RECORDS_OF_SHARD_FROM));
            assertEquals(List.of("a", "b", "c"), writtenAndReadBack(emulator, List.of("a", "b", "c")));
        } finally {
            emulator.shutdown();
        }
    }

    @Test
    void withoutThemTheFirstRecordOfAStreamIsLookedForWithoutAnIndex() {
        AmazonDynamoDBLocal plain = DynamoDBEmbedded.create(true);
        try {
            String plan = plan(plain, FIRST_RECORD_OF_STREAM);
            // SQLite walks the records in sequence order from the first, every stream's, until one is of this stream.
            assertFalse(plan.contains("INDEX"), plan);
        } finally {
            plain.shutdown();
        }
    }

    @Test
    void sqlTheEmulatorsDatabaseRefusesFailsLoudly() {
        AmazonDynamoDBLocal emulator = DynamoDbLocal.inMemory();
        try {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> DynamoDbLocal.run(emulator,
                    connection -> connection.exec("CREATE INDEX never ON no_such_table(StreamID)")));
            assertTrue(refused.getMessage().contains("no_such_table"), refused.getMessage());
        } finally {
            emulator.shutdown();
        }
    }

    private static String plan(AmazonDynamoDBLocal emulator, String query) {
        return DynamoDbLocal.run(emulator, connection -> {
            SQLiteStatement statement = connection.prepare("EXPLAIN QUERY PLAN " + query);
            try {
                StringBuilder plan = new StringBuilder();
                while (statement.step()) {
                    plan.append(statement.columnString(statement.columnCount() - 1)).append('\n');
                }
                return plan.toString();
            } finally {
                statement.dispose();
            }
        });
    }

    private static List<String> writtenAndReadBack(AmazonDynamoDBLocal emulator, List<String> keys) {
        var dynamo = emulator.dynamoDbClient();
        dynamo.createTable(b -> b.tableName("streamed")
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
                        .attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
        for (String key : keys) {
            dynamo.putItem(b -> b.tableName("streamed").item(Map.of("pk", AttributeValue.fromS(key))));
        }
        var streams = emulator.dynamoDbStreamsClient();
        String arn = dynamo.describeTable(b -> b.tableName("streamed")).table().latestStreamArn();
        List<String> read = new ArrayList<>();
        for (var shard : streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards()) {
            String iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            streams.getRecords(b -> b.shardIterator(iterator)).records()
                    .forEach(r -> read.add(r.dynamodb().newImage().get("pk").s()));
        }
        return read;
    }
}
