package io.winback.dynamo;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import java.util.Map;

/**
 * The Chains table, one table for everything the reactivation chains keep (template.yaml declares the same; a test
 * holds the two in step). Key {@code pk} + {@code sk}:
 * <ul>
 *   <li>{@code config} / {@code chains#00000007}: chain configuration version 7, as JSON;</li>
 *   <li>{@code shop} / {@code totals}: shop-wide purchases and net spent, for the average check;</li>
 *   <li>{@code shop} / {@code segments}: the segments job's last summary (RFM grid, ABC, census), for the reports;</li>
 *   <li>{@code customer#<key>} / {@code episode#<id>}: an episode; {@code touch#<episode>#<step>}: a touch;
 *       {@code consent#<time>#<channel>}: a consent change; {@code bonus#redemption#<sale id>}: every bonus
 *       spent, and {@code bonus#grant#<id>}: a bonus granted, when not by a chain step's touch, which records its own
 *       ({@link DynamoBonusHistory});
 *       {@code applied#<sale id>}: a sale of a busy customer marked applied, expiring by TTL
 *       ({@link DynamoAppliedSaleMarkers}). A customer's whole story is one Query of their partition.</li>
 *   <li>{@code customer#<key>} / {@code group#<group>}: the customer's purchase days of a product group, and
 *       {@code cycles} / {@code group#<group>}: the group's interval histogram ({@link DynamoPurchaseCycles});</li>
 *   <li>{@code task#<id>} / {@code task}: a call task for staff;</li>
 *   <li>{@code callcount#<yyyy-MM>} / {@code <day entered>#<chain>#<step>#<band>}: how many calls the chain's step
 *       opened for the customers who entered that day, and how they ended ({@link CallCountItems}), added to in the
 *       transaction that opens or closes a task.</li>
 * </ul>
 * Sparse indexes: {@code byDue} (dueShard, dueOn) holds only active episodes waiting for a step, so the daily check
 * reads what is due and nothing else; {@code byTaskQueue} (taskQueue, taskSort) holds tasks by status and store
 * ({@code open#<store>} by deadline, {@code done#<store>} by when closed), and {@code byOpenTask} (openTask, taskSort)
 * all stores' tasks by status for a manager (call tasks are few: staff make them by hand, so one partition per
 * status is enough; the index kept its name when done tasks joined it). {@code byStart} (startShard, startSort) holds
 * episodes (not their touches) under {@code <day the customer entered>#<customer>#<sk>}, so the sent log and the
 * dashboard read the episodes that started in a period with one Query per shard, their touches by key: the cost
 * follows the period, not the table.
 * {@code byRefillDue} (refillShard, refillDue), keys only, holds the customers' group records with a refill reminder
 * to come, by its due day ({@link DynamoRefillIndex}); the group is the record's sort key.
 * Segments ({@link DynamoSegmentMemberships}): {@code customer#<key>} / {@code segments} lists the segments a customer
 * is in and the day they are next re-evaluated, which the sparse keys-only {@code bySegmentFlip} (segmentFlipShard,
 * segmentFlipAt) indexes for the daily check; {@code segmember#<segment>#<shard>} / {@code <key>}: a member, so a
 * segment's members are a Query per shard; {@code segcount#<segment>} / {@code <shard>}: how many;
 * {@code seghist#<segment>#<yyyy-MM>} / {@code <day>#<key>#joined|left}: who joined and left when, expiring by TTL;
 * {@code config} / {@code segments#00000003}: the segment definitions, version 3 ({@link DynamoSegmentConfigurationStore}).
 * Campaigns ({@link DynamoCampaigns}): {@code campaigns} / {@code campaign#<id>} holds a campaign's definition (JSON),
 * its segment, whether it started (when), is paused or cancelled, and how many entered and were held out; its
 * episodes are customers' episodes like any chain's ({@code episode#campaign:<id>@<start day>}).
 */
public final class ChainsTable {
    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String DUE_SHARD = "dueShard";
    public static final String DUE_ON = "dueOn";
    public static final String TASK_QUEUE = "taskQueue";
    public static final String TASK_SORT = "taskSort";
    public static final String BY_DUE = "byDue";
    public static final String BY_TASK_QUEUE = "byTaskQueue";
    public static final String OPEN_TASK = "openTask";
    public static final String BY_OPEN_TASK = "byOpenTask";
    public static final int DUE_SHARDS = 16;
    public static final String START_SHARD = "startShard";
    public static final String START_SORT = "startSort";
    public static final String BY_START = "byStart";
    public static final String REFILL_SHARD = "refillShard";
    public static final String REFILL_DUE = "refillDue";
    public static final String BY_REFILL_DUE = "byRefillDue";
    public static final String SEGMENT_FLIP_SHARD = "segmentFlipShard";
    public static final String SEGMENT_FLIP_AT = "segmentFlipAt";
    public static final String BY_SEGMENT_FLIP = "bySegmentFlip";
    public static final int SEGMENT_SHARDS = 16;
    public static final int START_SHARDS = 16;
    public static final int REFILL_SHARDS = 16;

    private ChainsTable() {
    }

    public static String customerPk(String customerKey) {
        return "customer#" + customerKey;
    }

    /** The key of the item {@code sk} in the customer's partition. */
    static Map<String, AttributeValue> customerItemKey(String customerKey, String sk) {
        return Map.of(PK, AttributeValue.fromS(customerPk(customerKey)), SK, AttributeValue.fromS(sk));
    }

    /**
     * The table without its stream: for the bench's phases that write no episode, where the stream's local stand-in
     * would read every record back to filter it on the cores being measured (LocalSystem#withoutKeptFigures says what
     * was measured).
     */
    public static CreateTableRequest definitionWithoutStream(String tableName) {
        return definition(tableName).toBuilder().streamSpecification((StreamSpecification) null).build();
    }

    public static CreateTableRequest definition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(PK), string(SK), string(DUE_SHARD), string(DUE_ON), string(TASK_QUEUE),
                        string(TASK_SORT), string(OPEN_TASK), string(START_SHARD), string(START_SORT), string(REFILL_SHARD),
                        string(REFILL_DUE), string(SEGMENT_FLIP_SHARD), string(SEGMENT_FLIP_AT))
                .keySchema(key(PK, KeyType.HASH), key(SK, KeyType.RANGE))
                // Each episode's write, old and new, for the kept figures' reader (KeptFiguresStream).
                .streamSpecification(StreamSpecification.builder()
                        .streamEnabled(true).streamViewType(
                                StreamViewType.NEW_AND_OLD_IMAGES)
                        .build())
                .globalSecondaryIndexes(
                        GlobalSecondaryIndex.builder().indexName(BY_DUE)
                                .keySchema(key(DUE_SHARD, KeyType.HASH), key(DUE_ON, KeyType.RANGE))
                                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                                .build(),
                        GlobalSecondaryIndex.builder().indexName(BY_TASK_QUEUE)
                                .keySchema(key(TASK_QUEUE, KeyType.HASH), key(TASK_SORT, KeyType.RANGE))
                                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                                .build(),
                        GlobalSecondaryIndex.builder().indexName(BY_OPEN_TASK)
                                .keySchema(key(OPEN_TASK, KeyType.HASH), key(TASK_SORT, KeyType.RANGE))
                                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                                .build(),
                        GlobalSecondaryIndex.builder().indexName(BY_START)
                                .keySchema(key(START_SHARD, KeyType.HASH), key(START_SORT, KeyType.RANGE))
                                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                                .build(),
                        GlobalSecondaryIndex.builder().indexName(BY_REFILL_DUE)
                                .keySchema(key(REFILL_SHARD, KeyType.HASH), key(REFILL_DUE, KeyType.RANGE))
                                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                                .build(),
                        GlobalSecondaryIndex.builder().indexName(BY_SEGMENT_FLIP)
                                .keySchema(key(SEGMENT_FLIP_SHARD, KeyType.HASH), key(SEGMENT_FLIP_AT, KeyType.RANGE))
                                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                                .build())
                .build();
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
