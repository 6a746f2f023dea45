package io.winback.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.json.Json;
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
 * A new user pastes the banner's examples and README's: the two sales do not clash (neither answers conflict), and
 * the CDNOW customer both show is one the importer really creates.
 */
class TheBannersExamplesWorkWhenPastedTest {
    private static final Path ROOT = Path.of(System.getProperty("winback.root", System.getProperty("user.dir")))
            .toAbsolutePath();

    private static String bash(String script) throws Exception {
        Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), output);
        return output;
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertTrue(start >= 0, "has " + from);
        return text.substring(start + from.length(), text.indexOf(to, start + from.length()));
    }

    @Test
    void theBannersSaleAndTheReadmesSaleAreBothAcceptedAndPastingAgainIsADuplicate(@TempDir Path tmp) throws Exception {
        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, "local-webhook-secret",
                WinbackConfig.API_TOKENS, "local-api-token"));
        Path readmeFile = ROOT.resolve("README.md");
        if (!Files.exists(readmeFile)) {
            readmeFile = ROOT.getParent().resolve("README.md");
        }
        String readme = Files.readString(readmeFile);
        try (LocalSystem system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config,
                Clock.systemUTC(), CapacityMeter.NONE, 0)) {
            String url = system.baseUrl().toString();
            String banner = LocalRunner.banner(system.baseUrl(), "127.0.0.1", config, "in memory", null);
            String bannerSale = between(banner, "Post a sale:", "Wait for");
            String readmeSale = between(readme, "```\nSECRET=local-webhook-secret", "```")
                    .replace("http://localhost:8080", url);

            JsonNode fromBanner = Json.readTree(bash(bannerSale));
            JsonNode fromReadme = Json.readTree(bash("SECRET=local-webhook-secret" + readmeSale));
            JsonNode bannerAgain = Json.readTree(bash(bannerSale));

            assertEquals("accepted", fromBanner.at("/results/0/status").asText(), fromBanner.toString());
            assertEquals("accepted", fromReadme.at("/results/0/status").asText(), fromReadme.toString());
            assertEquals("duplicate", bannerAgain.at("/results/0/status").asText(), bannerAgain.toString());

            // The CDNOW customer the banner shows is the key the importer forms from the master file's first row.
            Path cdnow = tmp.resolve("CDNOW_master.txt");
            Files.write(cdnow, List.of(" customer_id  date number_of_cds  dollar_value", " 00001 19970101  1   11.77"));
            new HistoryImporter(new HistoryImporter.Options(system.baseUrl(), "local-webhook-secret", 100, null, null,
                    null, config.shopZone(), 1, null)).run(cdnow);
            system.drain(Duration.ofSeconds(30));
            String readCdnow = banner.lines().filter(l -> l.contains("/v1/customers/cdnow-")).findFirst().orElseThrow();
            JsonNode customer = Json.readTree(bash(readCdnow));
            assertEquals(1, customer.at("/stats/purchases").asInt(), customer.toString());
            assertTrue(readme.contains(readCdnow.strip().replace(url, "http://localhost:8080")),
                    "README shows the same request: " + readCdnow.strip());
        }
    }
}
