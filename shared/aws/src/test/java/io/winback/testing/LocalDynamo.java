package io.winback.testing;

import io.winback.emulator.DynamoDbLocal;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.TableDefinitions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * DynamoDB Local in this JVM, shared by the tests of a module; each test gets its own freshly created tables, so
 * tests never see each other's data.
 */
public final class LocalDynamo {
    private static final AtomicInteger TABLE_SETS = new AtomicInteger();
    private static AmazonDynamoDBLocal embedded;

    private LocalDynamo() {
    }

    public static synchronized DynamoDbClient client() {
        if (embedded == null) {
            embedded = DynamoDbLocal.inMemory();
        }
        return embedded.dynamoDbClient();
    }

    public static synchronized software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient streams() {
        client();
        return embedded.dynamoDbStreamsClient();
    }

    /** Creates a new pair of Sales/Customers tables and returns a config naming them, plus {@code extra} settings. */
    public static WinbackConfig freshTables(Map<String, String> extra) {
        int n = TABLE_SETS.incrementAndGet();
        Map<String, String> env = new HashMap<>(extra);
        env.put(WinbackConfig.SALES_TABLE, "sales-" + n);
        env.put(WinbackConfig.CUSTOMERS_TABLE, "customers-" + n);
        env.put(WinbackConfig.CHAINS_TABLE, "chains-" + n);
        env.put(WinbackConfig.SALE_LINES_TABLE, "sale-lines-" + n);
        WinbackConfig config = WinbackConfig.from(env);
        TableDefinitions.createAll(client(), config.salesTable(), config.customersTable(),
                config.chains().chainsTable(), config.saleLinesTable());
        return config;
    }

    public static List<Map<String, AttributeValue>> scan(String table) {
        return client().scan(b -> b.tableName(table)).items();
    }

    public static Map<String, AttributeValue> item(String table, String keyName, String key) {
        var response = client().getItem(b -> b.tableName(table).key(Map.of(keyName, AttributeValue.fromS(key))));
        return response.hasItem() ? response.item() : null;
    }
}
