package io.winback.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.local.HistoryImporter;
import io.winback.local.ImportSummary;
import io.winback.local.LocalSystem;
import io.winback.money.Money;
import io.winback.report.CsvWriter;
import io.winback.report.ReportLanguage;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same four receipts twice: once as RFC 4180 CSV in UTF-8 (commas, decimal dots, ISO times), once as Winback's
 * own ru CSV writer cuts a file (byte-order mark, {@code ;}, decimal commas, CRLF, a quoted name holding {@code ;}, the
 * formula guard before a phone) with the times and a grouped amount as Russian Excel shows them. Both import through
 * the real importer and webhook, and the stream leaves the two customers with the same stats.
 */
class AnExcelRuFileWithSemicolonsAndDecimalCommasImportsLikeItsUtf8TwinTest {
    private static final List<String> HEADER = List.of("saleId", "type", "originalSaleId", "storeId", "occurredAt",
            "customerId", "phone", "name", "total", "bonusRedeemed");

    @Test
    void bothFilesLeaveTheirCustomerWithIdenticalStats(@TempDir Path tmp) throws Exception {
        Path utf8 = tmp.resolve("sales-en.csv");
        Files.write(utf8, List.of(String.join(",", HEADER),
                "u-1,SALE,,shop,2025-03-01T10:00:00+03:00,U-1,+7 916 000-00-01,Иванова; Анна,1234.50,0",
                "u-2,SALE,,shop,2025-03-15T18:30:00+03:00,U-1,,,2000.00,100.50",
                "u-3,RETURN,u-2,shop,2025-03-16T09:05:00+03:00,U-1,,,99.90,",
                "u-4,SALE,,shop,2025-04-02T00:00:00+03:00,U-1,,,15,"));
        Path ru = tmp.resolve("sales-ru.csv");
        Files.writeString(ru, new CsvWriter(ReportLanguage.RU).header(HEADER)
                .row("r-1", "SALE", null, "shop", "01.03.2025 10:00", "R-1", "+7 916 000-00-02", "Иванова; Анна",
                        Money.of("1234.50"), Money.ZERO)
                .row("r-2", "SALE", null, "shop", "15.03.2025 18:30:00", "R-1", null, null, "2\u00A0000,00", "100,50")
                .row("r-3", "RETURN", "r-2", "shop", "16.03.2025 9:05", "R-1", null, null, Money.of("99.90"), null)
                .row("r-4", "SALE", null, "shop", "02.04.2025", "R-1", null, null, "15", null)
                .text(), StandardCharsets.UTF_8);
        assertTrue(Files.readString(ru).startsWith("\uFEFFsaleId;type;"), "what Winback's ru reports write");

        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, WinbackClient.SECRET,
                WinbackConfig.API_TOKENS, WinbackClient.TOKEN));
        try (LocalSystem system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config,
                Clock.systemUTC(), CapacityMeter.NONE, 0)) {
            HistoryImporter.Options options = new HistoryImporter.Options(system.baseUrl(), WinbackClient.SECRET, 100,
                    null, null, null, config.shopZone(), 2, null);
            ImportSummary fromUtf8 = new HistoryImporter(options).run(utf8);
            ImportSummary fromRu = new HistoryImporter(options).run(ru);
            system.drain(Duration.ofSeconds(30));

            assertEquals(4, fromUtf8.accepted(), fromUtf8.report());
            assertEquals(4, fromRu.accepted(), fromRu.report());
            WinbackClient client = new WinbackClient(system.baseUrl());
            JsonNode u = client.customer("U-1").body();
            JsonNode r = client.customer("R-1").body();
            assertEquals(3, r.at("/stats/purchases").asInt(), r.toPrettyString());
            assertEquals(u.get("stats"), r.get("stats"));
            assertEquals(u.get("segment"), r.get("segment"));
            assertEquals(u.get("sleepAt"), r.get("sleepAt"));
            assertEquals("Иванова; Анна", r.at("/profile/name").asText());
            assertEquals("+79160000002", r.at("/profile/phone").asText(), "the report's formula guard was dropped");
            for (int i = 1; i <= 4; i++) {
                var fromEn = LocalDynamo.item(config.salesTable(), "saleId", "u-" + i);
                var fromRuFile = LocalDynamo.item(config.salesTable(), "saleId", "r-" + i);
                for (String field : List.of("occurredAt", "total", "bonusRedeemed")) {
                    assertEquals(fromEn.get(field), fromRuFile.get(field), "sale " + i + " " + field);
                }
            }
        }
    }
}
