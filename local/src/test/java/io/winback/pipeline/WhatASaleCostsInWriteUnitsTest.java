package io.winback.pipeline;

import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.local.CdnowReference;
import io.winback.local.HistoryImporter;
import io.winback.local.ImportSummary;
import io.winback.local.LocalSystem;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stats update must cost at most 2 writes per sale (indexes aside). Counted from the capacity DynamoDB Local
 * reports for every request while real CDNOW purchases go through the pipeline: a count, not a timing.
 */
class WhatASaleCostsInWriteUnitsTest {

    @Test
    void statsUpdateCostsAtMostTwoWriteUnitsPerSale(@TempDir Path tmp) throws Exception {
        Path sample = tmp.resolve("cdnow-sample.txt");
        CdnowReference.sample(CdnowData.master(), sample, 25);
        WinbackConfig config = LocalDynamo.freshTables(Map.of(
                WinbackConfig.WEBHOOK_SECRETS, WinbackClient.SECRET, WinbackConfig.API_TOKENS, WinbackClient.TOKEN));
        CapacityMeter meter = CapacityMeter.recording();
        ImportSummary summary;
        try (LocalSystem system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config,
                Clock.systemUTC(), meter, 0)) {
            summary = new HistoryImporter(new HistoryImporter.Options(system.baseUrl(), WinbackClient.SECRET, 100,
                    null, null, null, config.shopZone(), 2, null)).run(sample);
            system.drain(Duration.ofMinutes(2));
        }
        Map<String, Double> units = meter.snapshot();
        double sales = summary.accepted();
        double ingestTable = units.getOrDefault("ingest.write.table", 0.0);
        double statsTotal = units.getOrDefault("stats.write.total", 0.0);
        double statsIndex = units.getOrDefault("stats.write.index.bySleepAt", 0.0);
        System.out.printf("%,.0f sales: write units per sale: webhook %.2f (+ byCustomer index %.2f), "
                        + "stats %.2f (+ bySleepAt index %.2f); read units per sale: stats %.2f%n",
                sales, ingestTable / sales, units.getOrDefault("ingest.write.index.byCustomer", 0.0) / sales,
                (statsTotal - statsIndex) / sales, statsIndex / sales,
                units.getOrDefault("stats.read.total", 0.0) / sales);

        assertEquals(summary.read(), summary.accepted());
        assertTrue(ingestTable > 0 && statsTotal > 0, "DynamoDB reported capacity: " + units);
        assertTrue(units.getOrDefault("stats.write.table", 0.0) / sales <= 2.0, "stats write units per sale: " + units);
    }
}
