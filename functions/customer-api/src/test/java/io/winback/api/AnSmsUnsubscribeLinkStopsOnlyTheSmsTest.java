package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.chain.Channel;
import io.winback.consent.ConsentChange;
import io.winback.domain.CustomerProfile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.winback.api.CustomerApiFixture.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An SMS carries a link too, signed for the SMS channel: it withdraws SMS consent and leaves email as it was. */
class AnSmsUnsubscribeLinkStopsOnlyTheSmsTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    @Test
    void theSmsLinkWithdrawsSmsConsentOnly() {
        String token = fixture.linkToken("C-1001", Channel.SMS);

        APIGatewayV2HTTPResponse response = fixture.followLink("POST", token, null, null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertTrue(response.getBody().contains("Вы отписались от рассылки. Больше мы не будем присылать вам SMS."),
                response.getBody());
        CustomerProfile stored = fixture.stored("C-1001").profile();
        assertEquals(false, stored.consentSms());
        assertEquals(true, stored.consentEmail());
        assertEquals(List.of(new ConsentChange("C-1001", Channel.SMS, false, NOW, "unsubscribe_link", null)),
                fixture.ledger.history("C-1001"));
    }

    @Test
    void anEnglishSpeakingCustomerIsToldNoMoreTexts() {
        fixture.patch("C-1001", "{\"properties\":{\"locale\":{\"type\":\"string\",\"value\":\"en\"}}}");

        APIGatewayV2HTTPResponse response = fixture.followLink("POST", fixture.linkToken("C-1001", Channel.SMS),
                null, null);

        assertTrue(response.getBody().contains("You have been unsubscribed. We will not text you again."),
                response.getBody());
    }
}
