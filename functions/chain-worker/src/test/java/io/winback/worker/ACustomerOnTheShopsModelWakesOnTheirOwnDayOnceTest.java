package io.winback.worker;

import io.winback.chain.Episode;
import io.winback.chain.WorkItem;
import io.winback.domain.Customer;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoSleepDayRefresh;
import io.winback.sleep.SleepRule;
import io.winback.sleep.TimingInForce;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The timing job put the shop's own model in force: the stream writes each card's sleep day from it, the real daily
 * check finds the customer through the sleep index on that day and not the day before, the worker starts the chain
 * once, and a refit that moves the day without a purchase (its rewrite of every card included) does not wake them
 * again.
 */
class ACustomerOnTheShopsModelWakesOnTheirOwnDayOnceTest {
    /** CDNOW's published BG/NBD parameters in days; asleep once no purchase in 90 days is 80 % likely. */
    private static final TimingInForce.Model MODEL = new TimingInForce.Model(0.243, 4.414 * 7, 0.793, 2.426, 0.8,
            90, LocalDate.of(2026, 9, 1), Instant.parse("2026-09-01T03:00:00Z"));
    private final Shop shop = new Shop();

    @Test
    void theCheckQueuesTheCustomerOnTheModelsDayNotTheDayBeforeAndTheWorkerStartsOneChain() {
        shop.timing.store(MODEL, null);
        shop.buysThroughTheStream("C-1", "2026-08-01", "900");
        shop.buysThroughTheStream("C-1", "2026-09-10", "900");
        Customer anna = shop.customer("C-1");
        LocalDate modelDay = anna.sleepAt(shop.config.bands(), SleepRule.inForce(MODEL, shop.config.sleep()));
        LocalDate playbookDay = LocalDate.of(2026, 9, 10).plusDays(80);
        assertNotEquals(playbookDay, modelDay);

        assertEquals(List.of(), sleepersQueuedOn(modelDay.minusDays(1)), "the day before: not yet");
        assertEquals(List.of("C-1@" + modelDay), sleepersQueuedOn(modelDay));
        assertEquals(List.of(), shop.deliverQueue());
        List<Episode> episodes = shop.episodes("C-1");
        assertEquals(1, episodes.size());
        assertEquals(List.of(), sleepersQueuedOn(modelDay.plusDays(1)), "decided: out of the index");

        // A refit moves Anna's day later; no purchase, so this silence stays decided.
        TimingInForce.Model refit = new TimingInForce.Model(MODEL.r(), MODEL.alpha(), MODEL.a(), MODEL.b(), 0.85,
                90, LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T03:00:00Z"));
        shop.timing.store(refit, null);
        assertEquals(1, new DynamoSleepDayRefresh(LocalDynamo.client(), shop.config.customersTable(),
                shop.config.bands(), shop.config.sleep(), CapacityMeter.NONE).refreshAll(refit), "the job's rewrite");
        LocalDate refitDay = anna.sleepAt(shop.config.bands(), SleepRule.inForce(refit, shop.config.sleep()));
        assertNotEquals(modelDay, refitDay);
        assertEquals(List.of(), sleepersQueuedOn(refitDay));
        shop.checkOn(refitDay.toString());
        assertEquals(1, shop.episodes("C-1").size(), "woken once in one silence");
    }

    @Test
    void underThePlaybookTheSameCustomerSleepsOnTheBandsDay() {
        shop.buysThroughTheStream("C-1", "2026-08-01", "900");
        shop.buysThroughTheStream("C-1", "2026-09-10", "900");
        LocalDate playbookDay = LocalDate.of(2026, 9, 10).plusDays(80);

        assertEquals(List.of(), sleepersQueuedOn(playbookDay.minusDays(1)));
        assertEquals(List.of("C-1@" + playbookDay), sleepersQueuedOn(playbookDay));
    }

    /** Runs the real daily check for 10:00 on {@code day} and lists the sleepers it queued (customer@day). */
    private List<String> sleepersQueuedOn(LocalDate day) {
        shop.clock.set(Shop.at(day.toString()));
        shop.check.handleRequest(Map.of("scheduledTime", day + Shop.MOSCOW_10AM), null);
        return shop.queue.stream().filter(WorkItem.DecideSleeper.class::isInstance)
                .map(WorkItem.DecideSleeper.class::cast).map(d -> d.customerKey() + "@" + d.sleepAt()).toList();
    }
}
