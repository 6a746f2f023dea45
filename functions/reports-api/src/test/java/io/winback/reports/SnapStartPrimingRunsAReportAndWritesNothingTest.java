package io.winback.reports;

import io.winback.log.JsonLog;
import io.winback.snapstart.Priming;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapStartPrimingRunsAReportAndWritesNothingTest {
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @AfterEach
    void restoreLog() {
        JsonLog.redirect(System.out);
    }

    @Test
    void primingAnswersAnAuthorisedReportAndLeavesEveryTableEmpty() {
        ReportsFixture fixture = new ReportsFixture();
        JsonLog.redirect(new PrintStream(log, true, StandardCharsets.UTF_8));

        Priming.beforeSnapshotNow();

        String lines = log.toString(StandardCharsets.UTF_8);
        assertTrue(lines.contains("\"event\":\"api_request\",\"route\":\"GET /v1/reports/metrics\",\"status\":200"),
                lines);
        assertTrue(lines.contains("\"event\":\"snapstart_primed\",\"function\":\"reports-api\""), lines);
        assertFalse(lines.contains("snapstart_priming_failed"), lines);
        assertEquals(List.of(), LocalDynamo.scan(fixture.config.salesTable()));
        assertEquals(List.of(), LocalDynamo.scan(fixture.config.customersTable()));
        assertEquals(List.of(), LocalDynamo.scan(fixture.config.chains().chainsTable()));
    }
}
