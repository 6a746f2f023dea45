package io.winback.bench;

import io.winback.time.WallClock;
import io.winback.domain.Customer;
import io.winback.dynamo.CustomerItems;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Puts many customers in a Customers table as the stats function would have left them (version 1). */
final class CustomerBulkLoad {

    private CustomerBulkLoad() {
    }

    /** Customers {@code customer.apply(from)} … {@code customer.apply(to - 1)}. */
    static void load(DynamoDbClient dynamo, String table, CustomerItems items, int from, int to,
                     IntFunction<Customer> customer) throws Exception {
        Instant now = WallClock.utc().instant();
        BulkLoad.inBatches(from, to, (first, end) -> {
            List<Map<String, AttributeValue>> batch = new ArrayList<>();
            for (int i = first; i < end; i++) {
                batch.add(items.toItem(customer.apply(i), 1, now));
            }
            BulkLoad.put(dynamo, table, batch);
        });
    }
}
