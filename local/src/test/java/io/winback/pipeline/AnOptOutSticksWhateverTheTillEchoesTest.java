package io.winback.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.chain.Channel;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.local.LocalSystem;
import io.winback.messages.UnsubscribeTokens;
import io.winback.time.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A customer who unsubscribed stays unsubscribed when the till keeps sending {@code "consent":{"email":true}} on
 * every receipt, as most tills do; only consent stated after the withdrawal, with the text version and the moment it
 * was given, gives the channel back. Through the local system: the signed webhook, the stream, the one-click
 * unsubscribe with a real token, the consent ledger over HTTP. Before, the next receipt re-subscribed her.
 */
class AnOptOutSticksWhateverTheTillEchoesTest {
    private static final String SECRET = "opt-out-unsubscribe-secret";
    private final HttpClient http = HttpClient.newHttpClient();
    /** Where the system's clock stands: now, so the webhook's signature check passes, and then only moved by hand. */
    private final ManualClock clock = new ManualClock(Instant.now());
    private LocalSystem system;
    private WinbackClient client;

    @AfterEach
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aTillsEchoDoesNotResubscribeButAConsentStatedAfterTheWithdrawalDoes() throws Exception {
        start();
        Instant start = clock.instant();

        // 1. A receipt says yes to email.
        receipt("R-1", start.minus(Duration.ofDays(3)), "true");
        assertEquals(true, consent().at("/consent/email").asBoolean());

        // 2. She clicks the one-click unsubscribe in an email (a token as the chain worker signs it).
        clock.advance(Duration.ofMinutes(1));
        String token = new UnsubscribeTokens(List.of(SECRET), clock).issue("C-7", Channel.EMAIL);
        HttpResponse<String> clicked = http.send(HttpRequest.newBuilder(
                        system.baseUrl().resolve("/v1/unsubscribe?token=" + token))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, clicked.statusCode(), clicked.body());
        Instant withdrawnAt = clock.instant();
        assertEquals(false, consent().at("/consent/email").asBoolean());

        // 3. Her next purchase: the till echoes the flag it has on file, twice.
        clock.advance(Duration.ofSeconds(30));
        receipt("R-2", clock.instant(), "true");
        clock.advance(Duration.ofSeconds(30));
        receipt("R-3", clock.instant(), "true");

        JsonNode after = consent();
        assertEquals(false, after.at("/consent/email").asBoolean(), "the echo does not re-subscribe her");
        assertEquals(withdrawnAt.toString(), after.at("/withdrawn/email").asText());
        List<JsonNode> email = emailHistory(after);
        assertEquals(List.of("sale:false", "unsubscribe_link:true", "sale:true"), email.stream()
                        .map(change -> change.get("source").asText() + ":" + change.get("applied").asBoolean()).toList(),
                "newest first: one refused echo (not one per receipt), the click, the first receipt: " + email);
        JsonNode refused = email.getFirst();
        assertEquals(true, refused.get("granted").asBoolean());
        assertTrue(refused.get("note").asText().contains("withdrew consent on " + withdrawnAt), refused.toString());
        assertEquals(false, email.get(1).get("granted").asBoolean());

        // 4. A statement given at the till after the withdrawal, with the consent text's version, gives it back.
        clock.advance(Duration.ofSeconds(30));
        Instant givenAt = clock.instant().minusSeconds(30);
        receipt("R-4", clock.instant(), "{\"granted\":true,\"textVersion\":\"2026-01\",\"givenAt\":\""
                + givenAt.atOffset(ZoneOffset.ofHours(3)) + "\"}");

        JsonNode given = consent();
        assertEquals(true, given.at("/consent/email").asBoolean());
        assertFalse(given.at("/withdrawn").has("email"), given.toString());
        JsonNode statement = emailHistory(given).getFirst();
        assertEquals("sale", statement.get("source").asText());
        assertEquals(true, statement.get("applied").asBoolean());
        assertEquals(true, statement.get("granted").asBoolean());
        assertEquals("2026-01", statement.get("textVersion").asText());
        assertEquals(givenAt.toString(), statement.get("at").asText());
        assertEquals(4, emailHistory(given).size(), "the refused echo stays in the ledger: " + given);
    }

    @Test
    void aStatementGivenBeforeTheWithdrawalIsRefusedAndAnInvalidOneIsRefusedAtTheWebhook() throws Exception {
        start();
        Instant before = clock.instant().minus(Duration.ofHours(1));
        receipt("R-1", clock.instant().minus(Duration.ofDays(1)), "true");
        clock.advance(Duration.ofMinutes(1));
        String token = new UnsubscribeTokens(List.of(SECRET), clock).issue("C-7", Channel.EMAIL);
        assertEquals(200, http.send(HttpRequest.newBuilder(system.baseUrl().resolve("/v1/unsubscribe?token=" + token))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode());

        clock.advance(Duration.ofSeconds(30));
        receipt("R-2", clock.instant(), "{\"granted\":true,\"textVersion\":\"2025-06\",\"givenAt\":\""
                + before.atOffset(ZoneOffset.UTC) + "\"}");
        JsonNode after = consent();
        assertEquals(false, after.at("/consent/email").asBoolean(), after.toString());
        // Filed at the moment it says it was given, before the withdrawal, and refused.
        JsonNode refused = emailHistory(after).get(1);
        assertEquals(before.toString(), refused.get("at").asText());
        assertEquals(false, refused.get("applied").asBoolean(), after.toString());
        assertTrue(refused.get("note").asText().contains("not after the withdrawal"), refused.toString());

        WinbackClient.Answer invalid = client.postSales(sale("R-3", clock.instant(),
                "{\"granted\":\"yes\",\"givenAt\":\"yesterday\"}"));
        assertEquals(400, invalid.status(), String.valueOf(invalid.body()));
        List<String> fields = new ArrayList<>();
        invalid.body().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("customer.consent.email.granted", "customer.consent.email.textVersion",
                "customer.consent.email.givenAt"), fields, invalid.body().toString());
    }

    @Test
    void anUnsubscribeWinsOverAReceiptStampedAheadByATillsFastClock() throws Exception {
        start();
        // The till's clock runs ten minutes fast: its receipt says yes "after" the click that follows it.
        receipt("R-1", clock.instant().plus(Duration.ofMinutes(10)), "true");
        clock.advance(Duration.ofMinutes(1));
        String token = new UnsubscribeTokens(List.of(SECRET), clock).issue("C-7", Channel.EMAIL);
        assertEquals(200, http.send(HttpRequest.newBuilder(system.baseUrl().resolve("/v1/unsubscribe?token=" + token))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode());

        assertEquals(false, consent().at("/consent/email").asBoolean(), "she clicked unsubscribe: no more email");
        receipt("R-2", clock.instant().plus(Duration.ofMinutes(12)), "true");
        assertEquals(false, consent().at("/consent/email").asBoolean(), "nor does the fast till's next echo undo it");
    }

    private void start() throws java.io.IOException {
        Map<String, String> env = ScenarioSettings.freshTables(getClass());
        env.put(WinbackConfig.UNSUBSCRIBE_SECRETS, SECRET);
        system = new LocalSystem(Backend.dynamoDbLocal().dynamo(), Backend.dynamoDbLocal().streams(),
                WinbackConfig.from(env), clock, CapacityMeter.NONE, 0, UnaryOperator.identity(), null);
        client = new WinbackClient(system.baseUrl());
    }

    private void receipt(String saleId, Instant at, String emailConsent) {
        WinbackClient.Answer answer = client.postSales(sale(saleId, at, emailConsent));
        assertEquals(200, answer.status(), String.valueOf(answer.body()));
        drain();
    }

    private static String sale(String saleId, Instant at, String emailConsent) {
        OffsetDateTime occurredAt = at.atOffset(ZoneOffset.ofHours(3));
        return """
                {"saleId":"%s","storeId":"store-1","occurredAt":"%s",
                 "customer":{"id":"C-7","email":"olga@example.com","consent":{"email":%s}},"total":500.00}"""
                .formatted(saleId, occurredAt, emailConsent);
    }

    private void drain() {
        try {
            HttpResponse<String> drained = http.send(HttpRequest.newBuilder(system.baseUrl().resolve(URI.create(
                    "/local/drain"))).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, drained.statusCode(), drained.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode consent() {
        WinbackClient.Answer answer = client.getAuthorized("/v1/customers/C-7/consent");
        assertEquals(200, answer.status(), String.valueOf(answer.body()));
        return answer.body();
    }

    private static List<JsonNode> emailHistory(JsonNode consent) {
        List<JsonNode> email = new ArrayList<>();
        consent.get("history").forEach(change -> {
            if (change.get("channel").asText().equals("email")) {
                email.add(change);
            }
        });
        return email;
    }
}
