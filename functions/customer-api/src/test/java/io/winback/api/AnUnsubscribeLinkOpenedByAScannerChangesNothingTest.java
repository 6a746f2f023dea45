package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.chain.Channel;
import io.winback.domain.Customer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The footer link of an email is a GET, and mail scanners open every link before the customer does. Opening it
 * only asks; the button on the page posts back to the same URL.
 */
class AnUnsubscribeLinkOpenedByAScannerChangesNothingTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();
    private final String token = fixture.linkToken("C-1001", Channel.EMAIL);

    @Test
    void openingTheLinkShowsOneButtonAndWritesNothing() {
        Customer before = fixture.stored("C-1001");

        APIGatewayV2HTTPResponse response = fixture.followLink("GET", token, null, null);
        fixture.followLink("GET", token, null, null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("text/html; charset=utf-8", response.getHeaders().get("content-type"));
        String page = response.getBody();
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"ru\">"), page);
        assertTrue(page.contains("<form method=\"post\"><button type=\"submit\">Отписаться</button></form>"), page);
        assertEquals(1, page.split("<button", -1).length - 1, "one button");
        assertFalse(page.contains(token), "the form posts to its own URL; the token is not copied into the page");
        assertFalse(page.contains("http"), "nothing is loaded from elsewhere");
        assertEquals(before, fixture.stored("C-1001"), "same version: no write");
        assertEquals(true, fixture.stored("C-1001").profile().consentEmail());
        assertEquals(List.of(), fixture.ledger.history("C-1001"));
    }

    @Test
    void theQuestionIsAskedInTheCustomersLanguage() {
        fixture.patch("C-1001", "{\"properties\":{\"locale\":{\"type\":\"string\",\"value\":\"en\"}}}");

        String page = fixture.followLink("GET", token, null, null).getBody();

        assertTrue(page.contains("<html lang=\"en\">"), page);
        assertTrue(page.contains("<form method=\"post\"><button type=\"submit\">Unsubscribe</button></form>"), page);
        assertTrue(page.contains("Stop our emails?"), page);
    }

    @Test
    void anSmsLinkAsksAboutSms() {
        String page = fixture.followLink("GET", fixture.linkToken("C-1001", Channel.SMS), null, null).getBody();

        assertTrue(page.contains("Отписаться от SMS-рассылки?"), page);
        assertEquals(true, fixture.stored("C-1001").profile().consentSms());
    }

    @Test
    void thePageIsNeitherCachedNorAllowedToLoadAnything() {
        var headers = fixture.followLink("GET", token, null, null).getHeaders();

        assertEquals("no-store", headers.get("cache-control"));
        assertEquals("default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
                headers.get("content-security-policy"));
        assertEquals("no-referrer", headers.get("referrer-policy"));
        assertEquals("nosniff", headers.get("x-content-type-options"));
    }

    @Test
    void aLinkForACustomerNoLongerStoredShowsTheSamePage() {
        APIGatewayV2HTTPResponse gone = fixture.followLink("GET", fixture.linkToken("C-2002", Channel.EMAIL), null, null);

        assertEquals(200, gone.getStatusCode());
        assertEquals(fixture.followLink("GET", token, null, null).getBody(), gone.getBody());
        assertTrue(fixture.customers.find("C-2002").isEmpty());
    }
}
