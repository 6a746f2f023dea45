package io.winback.docs;

import io.winback.local.LocalSystem;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
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

    @Test
    void everyBlockAnswersWhatTheReadmeShowsAndTheDashboardOpens() throws Exception {
        String readme = Files.readString(OpenApiContract.repositoryRoot().resolve("README.md"));
        List<PastedBlocks.Step> steps = PastedBlocks.between(readme, "## A five-minute walkthrough", "\nNext: ");
        assertEquals(5, steps.size(), "post, tick, outbox, card, segments");
        try (LocalSystem system = PastedBlocks.localSystem()) {
            String url = system.baseUrl().toString();
            PastedBlocks.runAndCompare(steps, system);
            Matcher dashboard = Pattern.compile("<http://localhost:8080(/dashboard[^>]*)>").matcher(readme);
            assertTrue(dashboard.find(), "README links the dashboard");
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url
                    + dashboard.group(1))).header("authorization", "Basic " + Base64.getEncoder().encodeToString(
                    "owner:local-api-token".getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("Treated") && page.body().contains("As of 5 Dec 2026"),
                    "the chains and the segments panels have data");
        }
    }
}
