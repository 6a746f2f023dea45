package io.winback.bench;

import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.snapstart.Priming;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Customers for the stats' cold-start probes, each stored with the history of a regular: three purchases ten days
 * apart before the probe's sales (the sample's day), so that the first call reads, updates and writes back a real
 * customer card of ordinary size.
 */
final class ReturningCustomers {
    static final int EARLIER_PURCHASES = 3;
    private static final int DAYS_APART = 10;
    private final DynamoCustomerStore store;
    private final WinbackConfig config;

    ReturningCustomers(DynamoDbClient dynamo, WinbackConfig config) {
        this.config = config;
        this.store = new DynamoCustomerStore(dynamo, config.customersTable(),
                new CustomerItems(config.bands(), config.sleep()), CapacityMeter.NONE, "bench");
    }

    /** A new customer key, stored with its earlier purchases. */
    String next() {
        String key = "coldstart-" + UUID.randomUUID();
        OffsetDateTime probeDay = Priming.sampleSale().occurredAt();
        Customer customer = Customer.firstSeen(key);
        for (int i = EARLIER_PURCHASES; i >= 1; i--) {
            OffsetDateTime at = probeDay.minusDays((long) i * DAYS_APART);
            customer = customer.apply(ColdStartInputs.sale(key, at), at.toInstant(), config.shopZone());
        }
        // As the stats function would have stored them: ids received days before the latest are forgotten.
        customer = customer.withRecentSales(customer.recentSales().trimmed().kept());
        if (!store.saveIfUnchanged(customer, probeDay.toInstant())) {
            throw new IllegalStateException("a new cold-start customer was already stored: " + key);
        }
        return key;
    }
}
