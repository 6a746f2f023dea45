package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.bonus.BonusGrant;
import io.winback.chain.BonusValidity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import static io.winback.api.CustomerApiFixture.anna;
import static io.winback.api.CustomerApiFixture.errorField;
import static io.winback.api.CustomerApiFixture.json;
import static io.winback.api.CustomerApiFixture.purchase;
import static io.winback.api.CustomerApiFixture.redeeming;
import static io.winback.api.CustomerApiFixture.routed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anna (C-1001) got three bonuses from reactivation touches, asked at {@link CustomerApiFixture#NOW}, 2025-11-20
 * 14:06 Moscow: 70.00 that expired on 7 Oct, 100.00 valid until 23 Nov of which she spent 30.00 on 18 Nov, and
 * 50.00 valid until 14 Dec.
 */
class CustomerSeesTheirBonusesAndWhenTheyExpireTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    private static BonusGrant grant(String id, String amount, String grantedAt, int validDays) {
        Instant granted = Instant.parse(grantedAt);
        return new BonusGrant(id, new BigDecimal(amount), granted, BonusValidity.until(granted, validDays, MOSCOW),
                "reactivation");
    }

    private void annaWithThreeGrantsOneHalfSpent() {
        fixture.grant("C-1001", grant("touch-old", "70.00", "2025-10-01T09:00:00Z", 7));
        fixture.grant("C-1001", grant("touch-a", "100.00", "2025-11-10T09:00:00Z", 14));
        fixture.grant("C-1001", grant("touch-b", "50.00", "2025-11-15T09:00:00Z", 30));
        fixture.seed("C-1001", redeeming(purchase("s-bonus", anna(), "2025-11-18T12:00:00+03:00", "500.00"), "30.00"));
    }

    @Test
    void theBalanceCountsWhatIsLeftOfValidGrantsAndNamesTheOneExpiringFirst() {
        annaWithThreeGrantsOneHalfSpent();

        APIGatewayV2HTTPResponse response = fixture.bonuses("C-1001");

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode bonuses = json(response);
        assertEquals("120.00", bonuses.get("balance").decimalValue().toPlainString(), "70.00 left of touch-a + 50.00");
        assertEquals("touch-a", bonuses.at("/nearestExpiry/grantId").asText());
        assertEquals("70.00", bonuses.at("/nearestExpiry/remaining").decimalValue().toPlainString());
        assertEquals("2025-11-23T20:59:00Z", bonuses.at("/nearestExpiry/validUntil").asText(), "23:59 Moscow");
        assertEquals("2025-11-23", bonuses.at("/nearestExpiry/lastValidDay").asText());
        assertEquals("0.00", bonuses.get("overdraft").decimalValue().toPlainString());
    }

    @Test
    void eachGrantShowsWhatIsLeftUntilWhenAndWhetherItExpired() {
        annaWithThreeGrantsOneHalfSpent();

        JsonNode grants = json(fixture.bonuses("C-1001")).get("grants");

        assertEquals(3, grants.size());
        JsonNode old = grants.get(0);
        assertEquals("touch-old", old.get("id").asText());
        assertTrue(old.get("expired").asBoolean());
        assertEquals("70.00", old.get("remaining").decimalValue().toPlainString(), "unspent, but no longer spendable");
        assertEquals("2025-10-07", old.get("lastValidDay").asText());
        JsonNode halfSpent = grants.get(1);
        assertEquals("touch-a", halfSpent.get("id").asText());
        assertEquals("100.00", halfSpent.get("amount").decimalValue().toPlainString());
        assertEquals("70.00", halfSpent.get("remaining").decimalValue().toPlainString());
        assertEquals("2025-11-10T09:00:00Z", halfSpent.get("validFrom").asText());
        assertEquals("2025-11-23T20:59:00Z", halfSpent.get("validUntil").asText());
        assertEquals("reactivation", halfSpent.get("reason").asText());
        assertFalse(halfSpent.get("expired").asBoolean());
        assertEquals("2025-12-14", grants.get(2).get("lastValidDay").asText());
    }

    @Test
    void aRedemptionSaysWhichGrantsPaidForIt() {
        annaWithThreeGrantsOneHalfSpent();

        JsonNode redemptions = json(fixture.bonuses("C-1001")).get("redemptions");

        assertEquals(1, redemptions.size());
        JsonNode r = redemptions.get(0);
        assertEquals("s-bonus", r.get("saleId").asText());
        assertEquals("2025-11-18T09:00:00Z", r.get("at").asText());
        assertEquals("30.00", r.get("amount").decimalValue().toPlainString());
        assertEquals(1, r.get("fromGrants").size(), "the soonest-expiring valid grant paid it all");
        assertEquals("30.00", r.at("/fromGrants/touch-a").decimalValue().toPlainString());
        assertEquals("0.00", r.get("overdraft").decimalValue().toPlainString());
    }

    @Test
    void theCustomerCardShowsTheSameBalance() {
        annaWithThreeGrantsOneHalfSpent();

        assertEquals("120.00", json(fixture.get("C-1001")).get("bonusBalance").decimalValue().toPlainString());
    }

    @Test
    void theBalanceIsFiguredAtTheTimeOfTheRequest() {
        annaWithThreeGrantsOneHalfSpent();
        Instant dayAfterTouchAExpired = Instant.parse("2025-11-24T06:00:00Z");
        CustomerApiHandler later = fixture.handlerAt(dayAfterTouchAExpired);

        JsonNode bonuses = json(later.handleRequest(routed("GET", Routes.CUSTOMER_BONUSES, "C-1001", null, null,
                CustomerApiFixture.TOKEN), null));
        JsonNode card = json(later.handleRequest(routed("GET", Routes.CUSTOMER, "C-1001", null, null,
                CustomerApiFixture.TOKEN), null));

        assertEquals("50.00", bonuses.get("balance").decimalValue().toPlainString());
        assertEquals("touch-b", bonuses.at("/nearestExpiry/grantId").asText());
        assertTrue(bonuses.at("/grants/1/expired").asBoolean(), "touch-a ran out at 23:59 on the 23rd");
        assertEquals("50.00", card.get("bonusBalance").decimalValue().toPlainString());
    }

    @Test
    void spendingMoreThanIsValidIsReportedAsOverdraft() {
        fixture.grant("C-1001", grant("touch-a", "100.00", "2025-11-10T09:00:00Z", 14));
        fixture.seed("C-1001", redeeming(purchase("s-big", anna(), "2025-11-18T12:00:00+03:00", "900.00"), "130.00"));

        JsonNode bonuses = json(fixture.bonuses("C-1001"));

        assertEquals("0.00", bonuses.get("balance").decimalValue().toPlainString());
        assertTrue(bonuses.at("/nearestExpiry").isMissingNode(), "nothing left to expire");
        assertEquals("30.00", bonuses.get("overdraft").decimalValue().toPlainString());
        assertEquals("30.00", bonuses.at("/redemptions/0/overdraft").decimalValue().toPlainString());
        assertEquals("100.00", bonuses.at("/redemptions/0/fromGrants/touch-a").decimalValue().toPlainString());
        assertEquals("0.00", bonuses.at("/grants/0/remaining").decimalValue().toPlainString());
    }

    @Test
    void aCustomerWithoutBonusesHasAZeroBalanceAndEmptyLists() {
        JsonNode bonuses = json(fixture.bonuses("C-1001"));

        assertEquals("0.00", bonuses.get("balance").decimalValue().toPlainString());
        assertEquals(0, bonuses.get("grants").size());
        assertEquals(0, bonuses.get("redemptions").size());
        assertTrue(bonuses.at("/nearestExpiry").isMissingNode());
        assertEquals("0.00", json(fixture.get("C-1001")).get("bonusBalance").decimalValue().toPlainString());
    }

    @Test
    void anUnknownCustomerHasNoBonusesToShow() {
        APIGatewayV2HTTPResponse response = fixture.bonuses("nobody");

        assertEquals(404, response.getStatusCode());
        assertEquals("customerId", errorField(response));
    }
}
