package io.winback.testing;

import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.domain.Sales;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoCustomerStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The first CDNOW customers (ids 1 to {@code count}) as cards on DynamoDB Local, every purchase applied as a sale at
 * noon Moscow time, as the webhook and the stream would leave them. $CDNOW_DIR, else ../shared/data/cdnow beside the
 * checkout.
 */
public final class CdnowCards {
    private CdnowCards() {
    }

    public static void save(WinbackConfig config, int count, Instant now) throws IOException {
        DynamoCustomerStore cards = new DynamoCustomerStore(LocalDynamo.client(), config.customersTable(),
                new CustomerItems(config.bands(), config.sleep()), CapacityMeter.NONE, "test");
        Map<String, Customer> customers = new LinkedHashMap<>();
        int line = 0;
        for (String row : Files.readAllLines(master())) {
            String[] columns = row.trim().split("\\s+");
            if (columns.length < 4 || !columns[1].matches("\\d{8}") || Integer.parseInt(columns[0]) > count) {
                continue;
            }
            String key = "cdnow-" + columns[0];
            String day = columns[1].substring(0, 4) + "-" + columns[1].substring(4, 6) + "-" + columns[1].substring(6);
            Customer card = customers.computeIfAbsent(key, Customer::firstSeen);
            customers.put(key, card.apply(Sales.sale("s-" + line++, key, day + "T12:00:00+03:00", columns[3]), now,
                    config.shopZone()));
        }
        customers.values().forEach(card -> cards.saveIfUnchanged(card, now));
    }

    private static Path master() {
        String dir = System.getenv("CDNOW_DIR");
        Path root = Path.of(System.getProperty("winback.root", System.getProperty("user.dir")));
        return (dir != null ? Path.of(dir) : root.resolve("../shared/data/cdnow")).resolve("CDNOW_master.txt");
    }
}
