package io.winback.stats;

import io.winback.domain.Customer;
import io.winback.domain.Sales;
import io.winback.log.JsonLog;
import io.winback.time.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A customer whose item DynamoDB refuses (too large, or any other cause) is sent back to Lambda at their first
 * record, and the failure is never silent: one log line, in CloudWatch's embedded metric format, counts it in
 * {@code CustomerUpdatesFailed} (the alarm's metric) and names the sales and the stream range to replay, with the
 * customer's phone masked.
 */
class ACustomerThatCannotBeWrittenIsCountedAndNamedMaskedTest {
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @AfterEach
    void restoreTheLog() {
        JsonLog.redirect(System.out);
    }

    @Test
    void theFailureCountsInTheMetricAndNamesTheSalesWithTheKeyMasked() {
        JsonLog.redirect(new PrintStream(log, true, StandardCharsets.UTF_8));
        InMemoryCustomers refusing = new InMemoryCustomers() {
            @Override
            public synchronized boolean saveIfUnchanged(Customer customer, Instant now) {
                throw new IllegalStateException("Item size has exceeded the maximum allowed size");
            }
        };
        CustomerStatsUpdater updater = new CustomerStatsUpdater(refusing, new InMemoryLedgers(),
                new InMemoryLedgers(), io.winback.shop.ShopTotalsWriter.NONE, io.winback.consent.ConsentLedger.NONE,
                ZoneId.of("Europe/Moscow"), new ManualClock(Instant.parse("2026-11-20T10:00:00Z")));

        CustomerStatsUpdater.Outcome outcome = updater.apply(List.of(
                InMemoryLedgers.streamed("41", Sales.sale("R-1", "+79161234567", "2026-11-20T12:00:00+03:00", "10")),
                InMemoryLedgers.streamed("42", Sales.sale("R-2", "+79161234567", "2026-11-20T12:05:00+03:00", "10"))));

        assertEquals(List.of("41"), outcome.failedSequenceNumbers());
        String line = log.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("customer_update_failed")).findFirst().orElseThrow();
        assertFalse(line.contains("79161234567"), line);
        assertTrue(line.contains("\"customer\":\"***67\""), line);
        assertTrue(line.contains("\"saleIds\":\"R-1,R-2\""), line);
        assertTrue(line.contains("\"firstSequenceNumber\":\"41\"") && line.contains("\"lastSequenceNumber\":\"42\""),
                line);
        assertTrue(line.contains("\"CustomerUpdatesFailed\":1"), line);
        assertTrue(line.contains("\"_aws\":{") && line.contains("\"Namespace\":\"Winback\"")
                && line.contains("\"Name\":\"CustomerUpdatesFailed\"") && line.contains("\"Timestamp\":1795168800000")
                && line.contains("\"Function\":\"customer-stats\""), line);
    }
}
