package io.winback.bench;

import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * The bench's triggers phase at a tenth of its size: 50 customers due for their birthday greeting among 500 and then
 * among 5,000. The check queues the same 50 and reads the same units both times: it reads the birthday index for
 * the day, not the customers.
 */
class TheBirthdayCheckReadsWhatIsDueNotTheCustomerBaseTest {

    @Test
    void tenTimesTheCustomersTheSameDueTheSameReads() throws Exception {
        TriggerBenchFigures.readWhatIsDue(new TriggersBench(LocalDynamo::client, List.of(new BirthdayScenario()), 50,
                500, 5_000).measure(), "birthday", 50);
    }
}
