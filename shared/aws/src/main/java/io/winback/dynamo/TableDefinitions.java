package io.winback.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import java.util.List;

/**
 * The two tables as template.yaml declares them (a test holds the two in step), for the local runner and tests.
 * <ul>
 *   <li>Sales: one item per receipt, key {@code saleId}; GSI {@code byCustomer} (customerKey, saleSort) for the
 *   history newest first; GSI {@code byDay} (saleDay, storeSort) for the reports of a period, by shop day and
 *   store, reading the period's sales and nothing else; stream NEW_IMAGE feeds the stats.</li>
 *   <li>Customers: one item per customer, key {@code customerKey}; sparse GSI {@code bySleepAt} (sleepShard,
 *   sleepAt) answers "who falls asleep on day D" with one Query per shard; sparse GSIs {@code byPhone} (phone) and
 *   {@code byCard} (cardNumber), keys only, let the till find a customer stored under another key (their POS id)
 *   by the phone or card their profile holds; sparse GSI {@code bySleepDecision} (sleepDecidedShard,
 *   sleepDecidedDay), keys only, names who was decided for a sleep day (the sleeping report); sparse GSI
 *   {@code byBirthday} (birthdayShard, birthdayMonthDay), keys only, lists the cards with a birthday by its month-day
 *   for the birthday chains, one Query per shard. No stream: nothing reads one, and DynamoDB Local slows every write to
 *   a streamed table as its stream grows.</li>
 * </ul>
 */
public final class TableDefinitions {
    public static final String SALES_BY_CUSTOMER = "byCustomer";
    public static final String SALES_BY_DAY = "byDay";
    /** What byDay carries: the figures the store and day reports add up, and no personal data. */
    public static final List<String> SALES_BY_DAY_ATTRIBUTES = List.of(SaleItems.CUSTOMER_KEY, SaleItems.TYPE,
            SaleItems.STORE_ID, SaleItems.OCCURRED_AT, SaleItems.TOTAL, SaleItems.BONUS_REDEEMED,
            SaleItems.DISCOUNT_TOTAL);
    public static final String CUSTOMERS_BY_SLEEP_AT = "bySleepAt";
    public static final String CUSTOMERS_BY_PHONE = "byPhone";
    public static final String CUSTOMERS_BY_CARD = "byCard";
    public static final String CUSTOMERS_BY_NAME = "byName";
    public static final String CUSTOMERS_BY_SLEEP_DECISION = "bySleepDecision";
    public static final String CUSTOMERS_BY_BIRTHDAY = "byBirthday";

    private TableDefinitions() {
    }

    public static CreateTableRequest sales(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(stringAttribute(SaleItems.SALE_ID), stringAttribute(SaleItems.CUSTOMER_KEY),
                        stringAttribute(SaleItems.SALE_SORT), stringAttribute(SaleItems.SALE_DAY),
                        stringAttribute(SaleItems.STORE_SORT))
                .keySchema(hash(SaleItems.SALE_ID))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                                .indexName(SALES_BY_CUSTOMER)
                                .keySchema(hash(SaleItems.CUSTOMER_KEY), range(SaleItems.SALE_SORT))
                                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                                .build(),
                        GlobalSecondaryIndex.builder()
                                .indexName(SALES_BY_DAY)
                                .keySchema(hash(SaleItems.SALE_DAY), range(SaleItems.STORE_SORT))
                                .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                                        .nonKeyAttributes(SALES_BY_DAY_ATTRIBUTES).build())
                                .build())
                .streamSpecification(StreamSpecification.builder()
                        .streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE).build())
                .build();
    }

    public static CreateTableRequest customers(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(stringAttribute(CustomerItems.CUSTOMER_KEY),
                        stringAttribute(CustomerItems.SLEEP_SHARD), stringAttribute(CustomerItems.SLEEP_AT),
                        stringAttribute(CustomerItems.PHONE), stringAttribute(CustomerItems.CARD_NUMBER),
                        stringAttribute(CustomerItems.SLEEP_DECIDED_SHARD),
                        stringAttribute(CustomerItems.SLEEP_DECIDED_DAY),
                        stringAttribute(CustomerItems.BIRTHDAY_SHARD), stringAttribute(CustomerItems.BIRTHDAY_MONTH_DAY),
                        stringAttribute(CustomerItems.NAME_INITIAL), stringAttribute(CustomerItems.NAME_KEY))
                .keySchema(hash(CustomerItems.CUSTOMER_KEY))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                                .indexName(CUSTOMERS_BY_SLEEP_AT)
                                .keySchema(hash(CustomerItems.SLEEP_SHARD), range(CustomerItems.SLEEP_AT))
                                .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                                        .nonKeyAttributes(CustomerItems.SLEEP_INDEX_ATTRIBUTES).build())
                                .build(),
                        // Keys only: the lookup reads the customer itself, consistently, after the index names them;
                        // an unchanged phone or card then costs no index write when the stats rewrite the item.
                        keysOnlyIndex(CUSTOMERS_BY_PHONE, CustomerItems.PHONE),
                        keysOnlyIndex(CUSTOMERS_BY_CARD, CustomerItems.CARD_NUMBER),
                        // Keys only, sparse: the console's search by the beginning of a name, within its initial.
                        // The stats rewrite the card with the same name: no index write but when the name changes.
                        GlobalSecondaryIndex.builder()
                                .indexName(CUSTOMERS_BY_NAME)
                                .keySchema(hash(CustomerItems.NAME_INITIAL), range(CustomerItems.NAME_KEY))
                                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                                .build(),
                        // Keys only, sparse: who was decided for a sleep day, for the sleeping report of a past day.
                        // Written when a decision is, not on every purchase.
                        GlobalSecondaryIndex.builder()
                                .indexName(CUSTOMERS_BY_SLEEP_DECISION)
                                .keySchema(hash(CustomerItems.SLEEP_DECIDED_SHARD),
                                        range(CustomerItems.SLEEP_DECIDED_DAY))
                                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                                .build(),
                        // Keys only, sparse: the cards with a birthday by month-day, for the birthday chains. The
                        // keys change only with the birthday, so a purchase rewriting the card costs no index write.
                        GlobalSecondaryIndex.builder()
                                .indexName(CUSTOMERS_BY_BIRTHDAY)
                                .keySchema(hash(CustomerItems.BIRTHDAY_SHARD), range(CustomerItems.BIRTHDAY_MONTH_DAY))
                                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                                .build())
                .build();
    }

    private static GlobalSecondaryIndex keysOnlyIndex(String indexName, String hashAttribute) {
        return GlobalSecondaryIndex.builder()
                .indexName(indexName)
                .keySchema(hash(hashAttribute))
                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                .build();
    }

    /** Creates Winback's four tables, by the names given, unless they exist, and waits until they are active. */
    public static void createAll(DynamoDbClient dynamo, String sales, String customers, String chains,
                                 String saleLines) {
        createIfMissing(dynamo, sales(sales), customers(customers), ChainsTable.definition(chains),
                SaleLinesTable.definition(saleLines));
    }

    /** Creates both tables unless they exist, and waits until they are active. */
    public static void createIfMissing(DynamoDbClient dynamo, String salesTable, String customersTable) {
        createIfMissing(dynamo, sales(salesTable), customers(customersTable));
    }

    /** Creates the three tables unless they exist, and waits until they are active. */
    public static void createIfMissing(DynamoDbClient dynamo, String salesTable, String customersTable,
                                       String chainsTable) {
        createIfMissing(dynamo, sales(salesTable), customers(customersTable), ChainsTable.definition(chainsTable));
    }

    /** Creates each table unless it exists, and waits until they are active. */
    public static void createIfMissing(DynamoDbClient dynamo, CreateTableRequest... requests) {
        for (CreateTableRequest request : requests) {
            try {
                dynamo.createTable(request);
            } catch (ResourceInUseException alreadyThere) {
                // Created by an earlier run against the same data directory or emulator.
            }
            dynamo.waiter().waitUntilTableExists(b -> b.tableName(request.tableName()));
        }
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement hash(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
    }

    private static KeySchemaElement range(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
    }
}
