package io.winback.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.local.CdnowReference;
import io.winback.local.HistoryImporter;
import io.winback.local.ImportSummary;
import io.winback.local.LocalSystem;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real purchases through the real pipeline: a sample of CDNOW customers imported through the webhook, and every
 * statistic the API shows compared with the same statistic computed independently from the raw file.
 */
class CdnowReplayMatchesTheRawFileTest {
    private static final int EVERY_NTH_CUSTOMER = 40;

    @Test
    void everyFieldOfEverySampledCustomerEqualsTheRawData(@TempDir Path tmp) throws Exception {
        Path sample = tmp.resolve("cdnow-sample.txt");
        CdnowReference.sample(CdnowData.master(), sample, EVERY_NTH_CUSTOMER);
        WinbackConfig config = LocalDynamo.freshTables(Map.of(
                WinbackConfig.WEBHOOK_SECRETS, WinbackClient.SECRET, WinbackConfig.API_TOKENS, WinbackClient.TOKEN));
        Map<String, CdnowReference.Expected> expected = CdnowReference.compute(sample, config.shopZone());
        assertTrue(expected.size() > 500, "a few hundred customers, got " + expected.size());

        try (LocalSystem system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config,
                Clock.systemUTC(), CapacityMeter.NONE, 0)) {
            ImportSummary summary = new HistoryImporter(new HistoryImporter.Options(system.baseUrl(),
                    WinbackClient.SECRET, 100, null, null, null, config.shopZone(), 4, null)).run(sample);
            system.drain(Duration.ofMinutes(2));

            long rows = expected.values().stream().mapToLong(CdnowReference.Expected::purchases).sum();
            assertEquals(rows, summary.read());
            assertEquals(rows, summary.accepted(), summary.report());
            assertTrue(system.failedStreamRecords().isEmpty());
            WinbackClient client = new WinbackClient(system.baseUrl());
            for (CdnowReference.Expected want : expected.values()) {
                assertCustomerMatches(want, client.customer(want.customerId()));
            }

            ImportSummary again = new HistoryImporter(new HistoryImporter.Options(URI.create(system.baseUrl().toString()),
                    WinbackClient.SECRET, 100, null, null, null, config.shopZone(), 4, null)).run(sample);
            assertEquals(rows, again.duplicate(), "a second import changes nothing" + again.report());
        }
    }

    private static void assertCustomerMatches(CdnowReference.Expected want, WinbackClient.Answer answer) {
        String who = want.customerId();
        assertEquals(200, answer.status(), who);
        JsonNode customer = answer.body();
        JsonNode stats = customer.get("stats");
        assertEquals(want.purchases(), stats.get("purchases").asInt(), who);
        assertEquals(0, stats.get("returns").asInt(), who);
        assertEquals(want.netSpent(), stats.get("netSpent").decimalValue(), who);
        assertEquals(want.averageCheck(), stats.get("averageCheck").decimalValue(), who);
        assertEquals(want.firstPurchaseAt().toString(), stats.get("firstPurchaseAt").asText(), who);
        assertEquals(want.lastPurchaseAt().toString(), stats.get("lastPurchaseAt").asText(), who);
        assertEquals(want.visitDays(), stats.get("visitDays").asInt(), who);
        assertEquals(want.lastVisitDay().toString(), stats.get("lastVisitDay").asText(), who);
        assertEquals(want.meanIntervalDays(), decimalOrNull(stats.get("meanIntervalDays")), who);
        assertEquals(want.medianIntervalDays(), decimalOrNull(stats.get("medianIntervalDays")), who);
        assertEquals(want.band(), customer.get("segment").asText(), who);
        assertEquals(want.sleepAt().toString(), customer.get("sleepAt").asText(), who);
    }

    private static BigDecimal decimalOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.decimalValue();
    }
}
