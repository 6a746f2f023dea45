package io.winback.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.json.Json;
import io.winback.local.LocalSystem;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The curl + openssl signing example of README.md, run as written (only the port differs), is accepted. */
class ReadmeSigningExampleWorksTest {

    @Test
    void posIntegratorCanSignAndPostASaleExactlyAsTheReadmeShows() throws Exception {
        Path root = Path.of(System.getProperty("winback.root", System.getProperty("user.dir")));
        String readme = Files.readString(root.resolve("README.md"));
        int start = readme.indexOf("SECRET=local-webhook-secret");
        assertTrue(start > 0, "README.md has the signing example");
        String example = readme.substring(start, readme.indexOf("```", start));
        WinbackConfig config = LocalDynamo.freshTables(Map.of(
                WinbackConfig.WEBHOOK_SECRETS, "local-webhook-secret", WinbackConfig.API_TOKENS, "t"));

        try (LocalSystem system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config,
                Clock.systemUTC(), CapacityMeter.NONE, 0)) {
            String script = example.replace("http://localhost:8080", system.baseUrl().toString());
            Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
            String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, bash.waitFor(), output);

            JsonNode answer = Json.readTree(output);
            assertEquals("accepted", answer.at("/results/0/status").asText(), output);
            assertEquals("R-1", answer.at("/results/0/saleId").asText());
        }
    }
}
