package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.chain.Channel;
import io.winback.consent.ConsentChange;
import io.winback.consent.Consent;
import io.winback.domain.Customer;
import io.winback.domain.CustomerProfile;
import io.winback.domain.SaleCustomer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.winback.api.CustomerApiFixture.NOW;
import static io.winback.api.CustomerApiFixture.PHONE;
import static io.winback.api.CustomerApiFixture.purchase;
import static io.winback.api.CustomerApiFixture.unrouted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anna (C-1001) consented to email at the till. Her mail client shows "Unsubscribe" next to a Winback email; a click
 * sends the one-click POST of RFC 8058 to the link in the List-Unsubscribe header, with no API token.
 */
class OneClickUnsubscribeStopsTheEmailsTest {
    private static final String ONE_CLICK_BODY = "List-Unsubscribe=One-Click";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final ConsentChange WITHDRAWN_BY_LINK =
            new ConsentChange("C-1001", Channel.EMAIL, false, NOW, "unsubscribe_link", null);

    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();
    private final String token = fixture.linkToken("C-1001", Channel.EMAIL);

    @Test
    void theOneClickFormPostWithdrawsEmailConsentAndRecordsItOnce() {
        APIGatewayV2HTTPResponse response = fixture.followLink("POST", token, FORM, ONE_CLICK_BODY);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("text/html; charset=utf-8", response.getHeaders().get("content-type"));
        assertTrue(response.getBody().contains("<html lang=\"ru\">"), response.getBody());
        assertTrue(response.getBody().contains(
                "Вы отписались от рассылки. Больше мы не будем присылать вам письма."), response.getBody());
        CustomerProfile stored = fixture.stored("C-1001").profile();
        assertEquals(false, stored.consentEmail());
        assertEquals(true, stored.consentSms(), "the email link leaves SMS alone");
        assertEquals(CustomerProfile.asOfToken(NOW.toEpochMilli(), "api"), stored.asOf().get("consentEmail"),
                "stamped now, so a receipt from before the click cannot give the consent back");
        assertEquals(List.of(WITHDRAWN_BY_LINK), fixture.ledger.history("C-1001"));
    }

    @Test
    void aPostWithAnEmptyBodyOrAnyOtherBodyWorksTheSame() {
        for (String body : new String[]{null, "", "{\"email\":true}", "\u0000garbage"}) {
            CustomerApiFixture another = new CustomerApiFixture().withCustomerC1001();

            APIGatewayV2HTTPResponse response = another.followLink("POST", another.linkToken("C-1001", Channel.EMAIL),
                    body == null ? null : "text/plain", body);

            assertEquals(200, response.getStatusCode(), body + " -> " + response.getBody());
            assertEquals(false, another.stored("C-1001").profile().consentEmail(), String.valueOf(body));
            assertEquals(List.of(WITHDRAWN_BY_LINK), another.ledger.history("C-1001"), String.valueOf(body));
        }
    }

    @Test
    void aSecondPostRecordsNothingNewAndStillAnswersSuccess() {
        fixture.followLink("POST", token, FORM, ONE_CLICK_BODY);
        Customer afterFirst = fixture.stored("C-1001");

        // The mail client retries a minute later; the customer also presses the page's button.
        APIGatewayV2HTTPResponse again = fixture.handlerAt(NOW.plusSeconds(60)).handleRequest(
                unrouted("POST", Routes.UNSUBSCRIBE, "token=" + token, null, null), null);

        assertEquals(200, again.getStatusCode(), again.getBody());
        assertTrue(again.getBody().contains("Больше мы не будем присылать вам письма."), again.getBody());
        assertEquals(List.of(WITHDRAWN_BY_LINK), fixture.ledger.history("C-1001"));
        assertEquals(afterFirst, fixture.stored("C-1001"), "same version: not written again");
    }

    @Test
    void aCustomerWhoseReceiptAlreadySaidNoStillHasTheirClickRecordedOnce() {
        fixture.statsApply("C-1001", purchase("s-4", new SaleCustomer("C-1001", PHONE, null, null, null, null, null,
                null, new Consent(null, false)), "2025-11-19T12:00:00+03:00", "10.00"));
        assertEquals(false, fixture.stored("C-1001").profile().consentEmail());

        fixture.followLink("POST", token, null, null);
        fixture.handlerAt(NOW.plusSeconds(5)).handleRequest(unrouted("POST", Routes.UNSUBSCRIBE, "token=" + token,
                null, null), null);

        assertEquals(List.of(WITHDRAWN_BY_LINK), fixture.ledger.history("C-1001"),
                "the receipt is not the customer's own statement; the click is, and it is kept once");
    }

    @Test
    void anOldLinkClickedAfterConsentWasGivenAgainWithdrawsItAgain() {
        Instant regranted = NOW.plusSeconds(3_600);
        Instant clickedAgain = NOW.plusSeconds(7_200);
        fixture.followLink("POST", token, FORM, ONE_CLICK_BODY);
        fixture.handlerAt(regranted).handleRequest(CustomerApiFixture.routed("POST", Routes.CUSTOMER_CONSENT,
                "C-1001", null, "{\"email\":true,\"source\":\"form\"}", CustomerApiFixture.TOKEN), null);
        assertEquals(true, fixture.stored("C-1001").profile().consentEmail());

        APIGatewayV2HTTPResponse response = fixture.handlerAt(clickedAgain).handleRequest(
                unrouted("POST", Routes.UNSUBSCRIBE, "token=" + token, ONE_CLICK_BODY, null), null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(false, fixture.stored("C-1001").profile().consentEmail());
        assertEquals(List.of(new ConsentChange("C-1001", Channel.EMAIL, false, clickedAgain, "unsubscribe_link", null),
                        new ConsentChange("C-1001", Channel.EMAIL, true, regranted, "form", null), WITHDRAWN_BY_LINK),
                fixture.ledger.history("C-1001"));
    }

    @Test
    void anEnglishSpeakingCustomerIsConfirmedInEnglish() {
        assertEquals(200, fixture.patch("C-1001",
                "{\"properties\":{\"locale\":{\"type\":\"string\",\"value\":\"en-GB\"}}}").getStatusCode());

        APIGatewayV2HTTPResponse response = fixture.followLink("POST", token, FORM, ONE_CLICK_BODY);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertTrue(response.getBody().contains("<html lang=\"en\">"), response.getBody());
        assertTrue(response.getBody().contains("You have been unsubscribed. We will not email you again."),
                response.getBody());
    }

    @Test
    void theLinkNeedsNoApiTokenWhileEveryOtherRouteStillDoes() {
        assertEquals(200, fixture.followLink("POST", token, FORM, ONE_CLICK_BODY).getStatusCode());
        assertEquals(200, fixture.followLink("GET", token, null, null).getStatusCode());

        assertEquals(401, fixture.call("GET", Routes.CUSTOMER, "C-1001", null, null, null).getStatusCode());
        assertEquals(401, fixture.call("POST", Routes.CUSTOMER_CONSENT, "C-1001", null, "{\"email\":true}", null)
                .getStatusCode());
        assertEquals(false, fixture.stored("C-1001").profile().consentEmail(), "the refused POST changed nothing");
        APIGatewayV2HTTPResponse delete = fixture.handler.handleRequest(
                unrouted("DELETE", Routes.UNSUBSCRIBE, "token=" + token, null, null), null);
        assertEquals(401, delete.getStatusCode(), "only the link's GET and POST go without the API token");
    }

    @Test
    void aLinkForACustomerNoLongerStoredIsAnsweredAsDoneAndCreatesNobody() {
        String gone = fixture.linkToken("C-2002", Channel.EMAIL);

        APIGatewayV2HTTPResponse response = fixture.followLink("POST", gone, FORM, ONE_CLICK_BODY);
        APIGatewayV2HTTPResponse known = fixture.followLink("POST", token, FORM, ONE_CLICK_BODY);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(known.getBody(), response.getBody(), "the page does not tell whether someone is a customer");
        assertTrue(fixture.customers.find("C-2002").isEmpty(), "not created");
        assertEquals(List.of(), fixture.ledger.history("C-2002"));
    }
}
