package io.winback.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.local.LocalSystem;
import io.winback.testing.LocalDynamo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A worked example of the docs as a newcomer pastes it: its shell blocks, each run in bash beside a local system
 * started as {@code ./winback local} starts it, and the JSON the docs show each answering, compared value for value
 * (only the port differs, and the moment the outbox stamps on each message).
 */
final class PastedBlocks {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A shell block of the example and the JSON the docs show it answering (null when they show none). */
    record Step(String commands, String shown) {
    }

    private PastedBlocks() {
    }

    /**
     * The blocks of {@code text} from {@code from} to {@code to}: a block marked {@code json} is what the block before
     * it answers; a block that starts {@code ./winback} is the reader's own terminal and is not run.
     */
    static List<Step> between(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start);
        assertTrue(start >= 0 && end > start, "the docs have the example from " + from + " to " + to);
        Matcher block = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL).matcher(text.substring(start, end));
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

    /** The local system with what {@code ./winback local} runs with when nothing is set in the shell. */
    static LocalSystem localSystem() throws java.io.IOException {
        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, "local-webhook-secret",
                WinbackConfig.API_TOKENS, "local-api-token", WinbackConfig.UNSUBSCRIBE_SECRETS,
                "local-unsubscribe-secret", WinbackConfig.EMAIL_FROM, "shop@winback.local"));
        return new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config, Clock.systemUTC(),
                CapacityMeter.NONE, 0);
    }

    /** Runs every step against {@code system} and compares what it prints with what the docs show. */
    static void runAndCompare(List<Step> steps, LocalSystem system) throws Exception {
        String url = system.baseUrl().toString();
        for (Step step : steps) {
            String output = bash(step.commands().replace("http://localhost:8080", url));
            assertEquals(withoutStamps(values(step.shown())), withoutStamps(values(output)),
                    "the docs show for\n" + step.commands());
        }
    }

    /** The JSON documents a block printed (or the docs show), in order. */
    static List<JsonNode> values(String text) throws Exception {
        List<JsonNode> values = new ArrayList<>();
        if (text == null) {
            return values;
        }
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

    static String bash(String script) throws Exception {
        // In a directory of its own: a block may save a download where the reader stands.
        java.io.File here = java.nio.file.Files.createTempDirectory("pasted-blocks").toFile();
        Process bash = new ProcessBuilder("bash", "-c", script).directory(here).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), output);
        return output;
    }
}
