package io.winback.bench;

import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bench's triggers phase at a tenth of its size: 50 customers due for their birthday greeting among 500 and then
 * among 5,000. The check queues the same 50 and reads the same units both times: it reads the birthday index for
 * the day, not the customers.
 */
class TheBirthdayCheckReadsWhatIsDueNotTheCustomerBaseTest {

    @Test
    @SuppressWarnings("unchecked")
    void tenTimesTheCustomersTheSameDueTheSameReads() throws Exception {
        Map<String, Object> triggers = new TriggersBench(LocalDynamo::client, List.of(new BirthdayScenario()), 50,
                500, 5_000).measure();

        Map<String, Object> birthday = (Map<String, Object>) triggers.get("birthday");
        assertEquals(50, birthday.get("check_items_queued"));
        double small = ((Number) birthday.get("check_rru_10k")).doubleValue();
        double large = ((Number) birthday.get("check_rru_100k")).doubleValue();
        assertTrue(small > 0, "the due customers' index entries were read: " + birthday);
        double ratio = ((Number) birthday.get("check_rru_ratio_100k_vs_10k")).doubleValue();
        assertTrue(ratio <= 1.1, "reads grew with the base: " + birthday);
        assertEquals(large / small, ratio, 0.01);
        assertTrue(BenchReport.triggersTable(Map.of("triggers", triggers))
                .contains("| `triggers.birthday.check_rru_ratio_100k_vs_10k` | " + ratio + " | ≤ 1.1 | yes |"));
    }
}
