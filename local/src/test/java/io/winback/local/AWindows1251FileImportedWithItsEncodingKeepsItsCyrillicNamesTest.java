package io.winback.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.json.Json;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Russian Excel's plain "CSV": Windows-1251, ';', decimal commas, times as it shows them; imported from the command line. */
class AWindows1251FileImportedWithItsEncodingKeepsItsCyrillicNamesTest {
    private static final String SECRET = "cp1251-secret";
    private static final String TOKEN = "cp1251-token";

    @Test
    void theNamesArriveIntactAndTheTimesInTheShopsZone(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("prodazhi.csv");
        Files.write(csv, List.of("saleId;storeId;occurredAt;customerId;name;total",
                "w-1;магазин;06.03.2025 10:15;W-1;\"Ёлкина; Жанна\";1 234,50",
                "w-2;магазин;07.03.2025 11:00;W-2;Щукин Эдуард;99,90"), Charset.forName("windows-1251"));
        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, SECRET,
                WinbackConfig.API_TOKENS, TOKEN, WinbackConfig.SHOP_TIMEZONE, "Asia/Yekaterinburg"));
        try (LocalSystem system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config,
                Clock.systemUTC(), CapacityMeter.NONE, 0)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            ExitCode code = HistoryImporter.command(new String[] {csv.toString(), "--encoding", "windows-1251",
                    "--url", system.baseUrl().toString(), "--secret", SECRET},
                    Map.of(WinbackConfig.SHOP_TIMEZONE, "Asia/Yekaterinburg"), new PrintStream(out, true,
                            StandardCharsets.UTF_8));
            system.drain(Duration.ofSeconds(30));

            assertEquals(ExitCode.OK, code, out.toString(StandardCharsets.UTF_8));
            assertEquals("Ёлкина; Жанна", customer(system, "W-1").at("/profile/name").asText());
            assertEquals("Щукин Эдуард", customer(system, "W-2").at("/profile/name").asText());
            var sale = LocalDynamo.item(config.salesTable(), "saleId", "w-1");
            assertEquals("магазин", sale.get("storeId").s());
            assertEquals("1234.5", sale.get("total").n());
            assertEquals("2025-03-06T05:15:00Z", java.time.OffsetDateTime.parse(sale.get("occurredAt").s())
                    .toInstant().toString(), "10:15 in Yekaterinburg (+05:00)");
        }
    }

    private static JsonNode customer(LocalSystem system, String id) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(system.baseUrl()
                        .resolve("/v1/customers/" + URLEncoder.encode(id, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Json.readTree(response.body());
    }
}
