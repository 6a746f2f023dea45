package io.winback.bench;

import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * The bench's triggers phase at a fiftieth of its size: 20 customers due for their birthday greeting among 200 and then
 * among 2,000. The check queues the same 20 and reads the same units both times: it reads the birthday index for
 * the day, not the customers.
 */
class TheBirthdayCheckReadsWhatIsDueNotTheCustomerBaseTest {

    @Test
    void tenTimesTheCustomersTheSameDueTheSameReads() throws Exception {
        TriggerBenchFigures.readWhatIsDue(new TriggersBench(LocalDynamo::client, List.of(new BirthdayScenario()), 20,
                200, 2_000).measure(), "birthday", 20);
    }
}
