package io.winback.local;

import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** README's way to keep CDNOW's dollars as dollars: a shop started with DEFAULT_CURRENCY=USD stores them so. */
class ACdnowHistoryKeptInDollarsNeedsAShopThatCountsInDollarsTest {

    @Test
    void aDollarShopStoresCdnowInUsd(@TempDir Path tmp) throws Exception {
        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, "usd-secret",
                WinbackConfig.API_TOKENS, "t", WinbackConfig.DEFAULT_CURRENCY, "USD"));
        Path cdnow = tmp.resolve("cdnow.txt");
        Files.write(cdnow, List.of(" 00001 19970101  1   11.77"));
        try (LocalSystem system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config,
                Clock.systemUTC(), CapacityMeter.NONE, 0)) {
            for (String currency : new String[] {null, "USD"}) {
                ImportSummary summary = new HistoryImporter(new HistoryImporter.Options(system.baseUrl(), "usd-secret",
                        100, null, currency, null, config.shopZone(), 2, null)).run(cdnow);
                assertTrue(summary.clean(), summary.report());
            }
            system.drain(Duration.ofSeconds(30));
        }

        assertEquals("USD", LocalDynamo.item(config.salesTable(), "saleId", "cdnow-1").get("currency").s());
    }
}
