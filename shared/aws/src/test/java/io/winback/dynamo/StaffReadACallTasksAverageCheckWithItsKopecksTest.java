package io.winback.dynamo;

import io.winback.config.WinbackConfig;
import io.winback.tasks.CallTask;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * DynamoDB keeps 1450.50 as 1450.5 and 1000.00 as 1000; a call task comes back with its average check shown as
 * {@code Money.asKept} shows an amount kept: with its kopecks, never rounded, nothing when there was none.
 */
class StaffReadACallTasksAverageCheckWithItsKopecksTest {
    private static final Instant NOW = Instant.parse("2026-11-20T11:00:00Z");
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    private final DynamoCallTasks tasks = new DynamoCallTasks(LocalDynamo.client(), config.chains().chainsTable(),
            CapacityMeter.NONE, "test");

    @Test
    void theCheckComesBackWithTwoDecimalsOrAsKept() {
        assertEquals("1450.50", readBack("t-1", new BigDecimal("1450.50")));
        assertEquals("1000.00", readBack("t-2", new BigDecimal("1000")));
        assertEquals("99.125", readBack("t-3", new BigDecimal("99.125")), "more decimals are shown, not rounded");
        assertNull(readBack("t-4", null));
    }

    private String readBack(String id, BigDecimal averageCheck) {
        tasks.openTask(new CallTask(id, "C-1", "12", "Анна", "+79161234567", "1", LocalDate.parse("2026-09-01"),
                averageCheck, 1, "Не приходит с 01.09.2026", NOW, NOW.plusSeconds(2 * 86_400), CallTask.OPEN, null,
                null, null));
        BigDecimal read = tasks.task(id).orElseThrow().averageCheck();
        return read == null ? null : read.toPlainString();
    }
}
