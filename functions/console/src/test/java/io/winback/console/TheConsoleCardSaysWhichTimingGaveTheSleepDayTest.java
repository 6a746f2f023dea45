package io.winback.console;

import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.domain.Sales;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.sleep.InMemoryTimingStore;
import io.winback.sleep.TimingInForce;
import io.winback.testing.LocalDynamo;
import io.winback.time.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The owner opens a customer's card on the console: under the shop's model it says the sleep day is the model's and
 * its figures for today; under the playbook, that the days go by purchases.
 */
class TheConsoleCardSaysWhichTimingGaveTheSleepDayTest {
    private static final TimingInForce.Model MODEL = new TimingInForce.Model(0.243, 4.414 * 7, 0.793, 2.426, 0.8,
            90, LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T03:00:00Z"));
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-05T09:00:00Z"));
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.API_TOKENS, "owner:card-owner"));

    TheConsoleCardSaysWhichTimingGaveTheSleepDayTest() {
        Customer anna = Customer.firstSeen("C-1");
        for (String day : List.of("2026-08-01", "2026-09-10")) {
            anna = anna.apply(Sales.sale("s-" + day, "C-1", day + "T12:00:00+03:00", "900"), clock.instant(),
                    config.shopZone());
        }
        new DynamoCustomerStore(LocalDynamo.client(), config.customersTable(),
                new CustomerItems(config.bands(), config.sleep()), CapacityMeter.NONE, "test")
                .saveIfUnchanged(anna, clock.instant());
    }

    @Test
    void underTheShopsModelTheCardGivesTheModelsDayAndFigures() {
        var console = new ConsoleHandler(LocalDynamo.client(), config, clock, touches -> List.of(), items -> { },
                new InMemoryTimingStore(MODEL));

        String card = new OwnerDesk(console, "card-owner").get("/console/customers/C-1").getBody();

        assertTrue(card.contains("модель магазина: без покупок 90 дней 77 %, ещё покупатель 53 %"), card);
        assertTrue(card.contains("24.12.2026"), "the model's sleep day: " + card);
        assertFalse(card.contains("29.11.2026"), "not the playbook's");
    }

    @Test
    void underThePlaybookTheCardSaysTheDaysGoByPurchases() {
        var console = new ConsoleHandler(LocalDynamo.client(), config, clock);

        String card = new OwnerDesk(console, "card-owner").get("/console/customers/C-1").getBody();

        assertTrue(card.contains("правила (дни по числу покупок)"), card);
        assertTrue(card.contains("29.11.2026"), "10 September + 80 days: " + card);
    }
}
