package io.winback.check;

import io.winback.chain.BudgetCap;
import io.winback.chain.Chain;
import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.chain.Trigger;
import io.winback.chain.WorkItem;
import io.winback.config.WinbackConfig;
import io.winback.domain.SaleType;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.dynamo.DynamoSaleLineIndex;
import io.winback.messages.MessageContent;
import io.winback.report.Product;
import io.winback.report.SaleLineEntry;
import io.winback.testing.LocalDynamo;
import io.winback.time.ManualClock;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Camera → lens after 3 days and tyres → fitting after 1 day: the check of 4 March reads the camera buyers of 1 March
 * and the tyre buyers of 3 March, one Query each, and queues one item per customer (their receipts of that day
 * together; a return that day is no purchase). Buyers of the same groups on other days, and of other groups on the
 * day, are not read: a thousand of them more cost the run nothing more.
 */
class TheCheckReadsOnlyTheBuyersOfTheDayACrossSellIsDueForTest {
    private static final String RUN = "2027-03-04T10:00:00+03:00";
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    private final List<WorkItem> queued = new ArrayList<>();
    private final CapacityMeter meter = CapacityMeter.recording();
    private final DynamoSaleLineIndex buyers = new DynamoSaleLineIndex(LocalDynamo.client(), config.saleLinesTable(),
            CapacityMeter.NONE, "test");

    @Test
    void onlyTheDueDaysBuyersAreReadAndQueued() {
        var configurations = new DynamoChainConfigurationStore(LocalDynamo.client(), config.chains().chainsTable(),
                new ManualClock(Instant.parse(RUN)));
        configurations.storeNext(new ChainConfiguration(1, List.of(offer("camera-lens", "camera", "lens", 3),
                offer("tyres-fitting", "tyres", "fitting", 1)), BudgetCap.DEFAULT), 0);
        var handler = new SleepingCheckHandler(LocalDynamo.client(), config, queued::addAll, meter, configurations);
        buyers.add(List.of(
                entry("camera", "2027-03-01", "C-1", "S-1", SaleType.SALE),
                entry("camera", "2027-03-01", "C-1", "S-2", SaleType.SALE),
                entry("camera", "2027-03-01", "C-2", "S-3", SaleType.SALE),
                entry("camera", "2027-03-01", "C-3", "S-4-return", SaleType.RETURN),
                entry("tyres", "2027-03-03", "T-1", "S-5", SaleType.SALE)));

        Map<String, Object> summary = handler.handleRequest(Map.of("scheduledTime", RUN), null);
        double units = meter.snapshot().getOrDefault("check.read.total", 0.0);

        assertEquals(3, summary.get("crossSellsQueued"));
        assertEquals(List.of("C-1 camera 2027-03-01 [S-1, S-2]", "C-2 camera 2027-03-01 [S-3]",
                "T-1 tyres 2027-03-03 [S-5]"), described(queued));
        assertTrue(units > 0, "the meter counts the check's reads: " + meter.snapshot());

        // A thousand buyers more of the same groups on other days, and of other groups on the due days.
        List<SaleLineEntry> others = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            others.add(entry("camera", "2027-02-28", "O-" + i, "A-" + i, SaleType.SALE));
            others.add(entry("camera", "2027-03-02", "O-" + i, "B-" + i, SaleType.SALE));
            others.add(entry("lens", "2027-03-01", "O-" + i, "D-" + i, SaleType.SALE));
            others.add(entry("tyres", "2027-03-02", "O-" + i, "E-" + i, SaleType.SALE));
        }
        buyers.add(others);
        queued.clear();
        CapacityMeter again = CapacityMeter.recording();
        new SleepingCheckHandler(LocalDynamo.client(), config, queued::addAll, again, configurations)
                .handleRequest(Map.of("scheduledTime", RUN), null);

        assertEquals(List.of("C-1 camera 2027-03-01 [S-1, S-2]", "C-2 camera 2027-03-01 [S-3]",
                "T-1 tyres 2027-03-03 [S-5]"), described(queued));
        assertEquals(units, again.snapshot().get("check.read.total"), "the same read units as without them");
    }

    private static Chain offer(String id, String group, String offerGroup, int afterDays) {
        return new Chain(id, new Trigger.Bought(group, offerGroup, afterDays, 365), null, List.of(new ChainStep(0, null,
                Map.of(Channel.SMS, Map.of("ru", MessageContent.sms("{name}, вам пригодится {group}"))),
                List.of(Channel.SMS), null, ChainStep.DEFAULT_CONVERSION_WINDOW_DAYS)));
    }

    private static SaleLineEntry entry(String group, String day, String customerKey, String saleId, SaleType type) {
        return new SaleLineEntry(Product.group(group), LocalDate.parse(day), "moscow-1", customerKey, saleId, type,
                BigDecimal.ONE);
    }

    private static List<String> described(List<WorkItem> items) {
        return items.stream().map(item -> (WorkItem.DecideCrossSell) item)
                .map(c -> c.customerKey() + " " + c.group() + " " + c.purchaseDay() + " " + c.saleIds().stream()
                        .sorted().toList())
                .sorted().toList();
    }
}
