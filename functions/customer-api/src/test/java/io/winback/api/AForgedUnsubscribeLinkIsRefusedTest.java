package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.chain.Channel;
import io.winback.domain.Customer;
import io.winback.messages.UnsubscribeTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import static io.winback.api.CustomerApiFixture.NOW;
import static io.winback.api.CustomerApiFixture.unrouted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Somebody edits their own link to unsubscribe C-1001, or makes one up: the link is refused on a page that says so
 * in both languages (who the link was for is not known), and nothing is written.
 */
class AForgedUnsubscribeLinkIsRefusedTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    @Test
    void aLinkSignedWithAnotherSecretIsRefused() {
        String forged = new UnsubscribeTokens(List.of("guessed-secret"), Clock.fixed(NOW, ZoneOffset.UTC))
                .issue("C-1001", Channel.EMAIL);

        assertRefusedAndNothingWritten(forged);
    }

    @Test
    void anotherCustomersLinkEditedToNameC1001IsRefused() {
        String theirs = fixture.linkToken("C-1002", Channel.EMAIL);
        // The sealed key cannot be read, but a stream cipher's byte can be flipped where the key's last character
        // sits (right before the 16-byte tag): '2' becomes '1'. The seal must notice.
        byte[] bytes = Base64.getUrlDecoder().decode(theirs);
        bytes[bytes.length - 16 - 1] ^= ('2' ^ '1');
        String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

        assertRefusedAndNothingWritten(edited);
    }

    @Test
    void aLinkCutShortOrMadeUpIsRefused() {
        String token = fixture.linkToken("C-1001", Channel.EMAIL);

        assertRefusedAndNothingWritten(token.substring(0, token.length() - 3));
        assertRefusedAndNothingWritten("not-a-token");
        assertRefusedAndNothingWritten("");
    }

    @Test
    void aLinkWithoutATokenIsRefused() {
        Customer before = fixture.stored("C-1001");

        APIGatewayV2HTTPResponse post = fixture.handler.handleRequest(
                unrouted("POST", Routes.UNSUBSCRIBE, null, "List-Unsubscribe=One-Click", null), null);
        APIGatewayV2HTTPResponse get = fixture.handler.handleRequest(
                unrouted("GET", Routes.UNSUBSCRIBE, "tok=x", null, null), null);

        assertEquals(400, post.getStatusCode(), post.getBody());
        assertEquals(400, get.getStatusCode(), get.getBody());
        assertEquals(before, fixture.stored("C-1001"));
        assertEquals(List.of(), fixture.ledger.history("C-1001"));
    }

    private void assertRefusedAndNothingWritten(String token) {
        Customer before = fixture.stored("C-1001");

        for (String method : List.of("POST", "GET")) {
            APIGatewayV2HTTPResponse response = fixture.followLink(method, token, null, null);

            assertEquals(400, response.getStatusCode(), method + " " + token + " -> " + response.getBody());
            assertEquals("text/html; charset=utf-8", response.getHeaders().get("content-type"));
            String page = response.getBody();
            assertTrue(page.contains("Ссылка для отписки недействительна."), page);
            assertTrue(page.contains("<div lang=\"en\">\n<h2>This unsubscribe link is not valid.</h2>"), page);
            assertFalse(page.contains("<form"), "nothing to confirm");
        }
        assertEquals(before, fixture.stored("C-1001"), "same version: no write");
        assertEquals(List.of(), fixture.ledger.history("C-1001"));
    }
}
