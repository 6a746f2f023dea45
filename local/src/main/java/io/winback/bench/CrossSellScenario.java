package io.winback.bench;

import io.winback.chain.Chain;
import io.winback.chain.Trigger;
import io.winback.config.WinbackConfig;
import io.winback.domain.SaleType;
import io.winback.report.Product;
import io.winback.report.SaleLineEntry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Camera → lens 3 days after: every customer bought a camera once, the due ones 3 days before the run, the others on
 * a day of the year before that or on one of the two days between it and the run; and every customer bought a tripod 3 days before the
 * run, another group's partition of the buyers index on the very day the check reads. Only the buyers index holds
 * them: the check reads the camera partition for that one day and nothing else.
 */
final class CrossSellScenario implements TriggerScenario {
    static final String GROUP = "camera";
    private static final String OTHER_GROUP = "tripod";
    private static final int AFTER_DAYS = 3;

    @Override
    public String name() {
        return Trigger.Bought.TYPE;
    }

    @Override
    public Chain chain() {
        return TriggerScenario.oneSms("camera-lens", new Trigger.Bought(GROUP, "lens", AFTER_DAYS,
                Trigger.Bought.DEFAULT_UNLESS_BOUGHT_WITHIN_DAYS), "{name}, объектив к камере со скидкой");
    }

    @Override
    public void seed(DynamoDbClient dynamo, WinbackConfig config, LocalDate runDay, int from, int to, int due)
            throws Exception {
        LocalDate duePurchase = runDay.minusDays(AFTER_DAYS);
        BulkLoad.saleLines(dynamo, config, from, to, i -> {
            String key = "X-" + i;
            LocalDate bought = i < due ? duePurchase
                    : i % 2 == 0 ? duePurchase.minusDays(1 + i % 364) : duePurchase.plusDays(1 + (i / 2) % (AFTER_DAYS - 1));
            return List.of(line(GROUP, bought, key), line(OTHER_GROUP, duePurchase, key));
        });
    }

    private static SaleLineEntry line(String group, LocalDate day, String customerKey) {
        return new SaleLineEntry(Product.group(group), day, "store-1", customerKey, customerKey + "-" + group,
                SaleType.SALE, BigDecimal.ONE);
    }
}
