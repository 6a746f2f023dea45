package io.winback.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.local.LocalSystem;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newcomer pastes README.md's five-minute walkthrough into a shell beside the local system, block by block, and
 * sees what README shows: the sale accepted, the tick sending one SMS, that SMS in the outbox, the customer's card
 * with the bonus, the segments scored, and the dashboard opening with the API token. Only the port differs (and the
 * moment the outbox stamps on its message).
 */
class TheReadmeWalkthroughWorksWhenPastedTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A shell block of the walkthrough and the JSON README shows it answering (null when it shows none). */
    private record Step(String commands, String shown) {
    }

    private static List<Step> walkthrough(String readme) {
        int start = readme.indexOf("## A five-minute walkthrough");
        int end = readme.indexOf("\nNext: ", start);
        assertTrue(start >= 0 && end > start, "README has the walkthrough");
        Matcher block = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(start, end));
        List<Step> steps = new ArrayList<>();
        while (block.find()) {
            if (block.group(1).equals("json")) {
                Step last = steps.removeLast();
                steps.add(new Step(last.commands(), block.group(2)));
            } else if (!block.group(2).contains("./winback")) {
                steps.add(new Step(block.group(2), null));
            }
        }
        return steps;
    }

    @Test
    void everyBlockAnswersWhatTheReadmeShowsAndTheDashboardOpens() throws Exception {
        String readme = Files.readString(OpenApiContract.repositoryRoot().resolve("README.md"));
        List<Step> steps = walkthrough(readme);
        assertEquals(5, steps.size(), "post, tick, outbox, card, segments");
        // What ./winback local runs with when nothing is set in the shell.
        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, "local-webhook-secret",
                WinbackConfig.API_TOKENS, "local-api-token", WinbackConfig.UNSUBSCRIBE_SECRETS,
                "local-unsubscribe-secret", WinbackConfig.EMAIL_FROM, "shop@winback.local"));
        try (LocalSystem system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config,
                Clock.systemUTC(), CapacityMeter.NONE, 0)) {
            String url = system.baseUrl().toString();
            for (Step step : steps) {
                String output = bash(step.commands().replace("http://localhost:8080", url));
                assertEquals(withoutStamps(values(step.shown())), withoutStamps(values(output)),
                        "README shows for\n" + step.commands());
            }
            Matcher dashboard = Pattern.compile("<http://localhost:8080(/dashboard[^>]*)>").matcher(readme);
            assertTrue(dashboard.find(), "README links the dashboard");
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url
                    + dashboard.group(1))).header("authorization", "Basic " + Base64.getEncoder().encodeToString(
                    "owner:local-api-token".getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("Treated") && page.body().contains("As of 2026-12-05"),
                    "the chains and the segments panels have data");
        }
    }

    /** The JSON documents a block printed (or README shows), in order. */
    private static List<JsonNode> values(String text) throws Exception {
        List<JsonNode> values = new ArrayList<>();
        try (var documents = JSON.readerFor(JsonNode.class).<JsonNode>readValues(text)) {
            documents.forEachRemaining(values::add);
        }
        return values;
    }

    /** The outbox stamps each message with the wall clock's moment: the one figure that differs from run to run. */
    private static List<JsonNode> withoutStamps(List<JsonNode> values) {
        values.forEach(value -> value.path("messages").forEach(message -> ((ObjectNode) message).remove("at")));
        return values;
    }

    private static String bash(String script) throws Exception {
        Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), output);
        return output;
    }
}
