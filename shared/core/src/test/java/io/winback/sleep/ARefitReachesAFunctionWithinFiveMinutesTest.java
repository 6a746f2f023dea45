package io.winback.sleep;

import io.winback.domain.Customer;
import io.winback.time.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static io.winback.sleep.Shops.BANDS;
import static io.winback.sleep.Shops.PLAYBOOK;
import static io.winback.sleep.Shops.boughtOn;
import static io.winback.sleep.Shops.cdnowModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ARefitReachesAFunctionWithinFiveMinutesTest {

    @Test
    void theRuleInForceIsReadOncePerFiveMinutesAndFollowsARefitAfterThat() {
        AtomicInteger reads = new AtomicInteger();
        InMemoryTimingStore job = new InMemoryTimingStore();
        TimingStore counted = new TimingStore() {
            @Override
            public TimingInForce current() {
                reads.incrementAndGet();
                return job.current();
            }

            @Override
            public java.util.Optional<TimingReport> report() {
                return job.report();
            }

            @Override
            public void store(TimingInForce inForce, TimingReport report) {
                job.store(inForce, report);
            }
        };
        ManualClock clock = new ManualClock(Instant.parse("2026-11-01T09:00:00Z"));
        SleepRuleInForce rule = new SleepRuleInForce(new CachedTimingStore(counted, clock), PLAYBOOK);
        Customer once = boughtOn("2026-09-01");
        LocalDate playbookDay = LocalDate.of(2026, 11, 6);

        for (int record = 0; record < 1000; record++) {
            assertEquals(playbookDay, once.sleepAt(BANDS, rule));
        }
        job.store(cdnowModel(0.8), null);
        clock.advance(CachedTimingStore.FRESH_FOR.minus(Duration.ofSeconds(1)));
        assertEquals(playbookDay, once.sleepAt(BANDS, rule), "the refit is not read yet");
        assertEquals(1, reads.get(), "a thousand records, one read");

        clock.advance(Duration.ofSeconds(1));
        assertNotEquals(playbookDay, once.sleepAt(BANDS, rule), "the model's day once five minutes passed");
        assertEquals(SleepRule.inForce(cdnowModel(0.8), PLAYBOOK).sleepAt(once.band(BANDS), once.stats()),
                once.sleepAt(BANDS, rule));
        assertEquals(2, reads.get());
    }
}
