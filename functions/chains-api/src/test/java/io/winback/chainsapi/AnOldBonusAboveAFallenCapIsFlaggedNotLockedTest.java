package io.winback.chainsapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winback.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.winback.chainsapi.ChainsApiFixture.bonusStep;
import static io.winback.chainsapi.ChainsApiFixture.errors;
import static io.winback.chainsapi.ChainsApiFixture.json;
import static io.winback.chainsapi.ChainsApiFixture.oneStep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bonus of 180 stored while the shop's average check was 900 (cap 180); the average then falls to 750 (cap 150).
 * A marketer who edits something else is not refused for a bonus they did not touch: GET flags it and the worker
 * grants 150. A request that sets a bonus (a changed amount, or a new chain or step) is checked.
 */
class AnOldBonusAboveAFallenCapIsFlaggedNotLockedTest {
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @BeforeEach
    void aBonusOf180StoredUnderACapOf180ThenTheAverageFalls() {
        fixture.shopTotals(100, "90000.00");
        assertEquals(200, fixture.put(oneStep("null", bonusStep("180"))).getStatusCode());
        fixture.shopTotals(200, "150000.00");
    }

    @Test
    void getFlagsTheBonusWithWhatIsGrantedAndWhy() {
        JsonNode bonus = json(fixture.get()).at("/chains/0/steps/0/bonus");

        assertEquals(new BigDecimal("180"), bonus.get("amount").decimalValue());
        assertEquals(new BigDecimal("150.00"), bonus.at("/capped/amount").decimalValue(), bonus.toString());
        String reason = bonus.at("/capped/reason").asText();
        assertTrue(reason.startsWith("180 is above the bonus cap 150.00 = average check 750.00 × margin 0.40 × share"
                + " 0.50; the average check is the shop's own over 200 purchases"), reason);
        assertTrue(reason.endsWith("until then 150.00 is granted and named in the message"), reason);
    }

    @Test
    void aPutThatLeavesTheBonusAsItIsIsStoredAndStillFlagged() {
        ObjectNode edited = (ObjectNode) json(fixture.get());
        ((ObjectNode) edited.at("/chains/0/steps/0/messages/sms/ru")).put("text", "Ждем вас: {amount} до {until}");

        var stored = fixture.put(Json.write(edited));

        assertEquals(200, stored.getStatusCode(), stored.getBody());
        assertEquals("Ждем вас: {amount} до {until}", json(fixture.get()).at("/chains/0/steps/0/messages/sms/ru/text")
                .asText());
        assertEquals(new BigDecimal("150.00"), json(stored).at("/chains/0/steps/0/bonus/capped/amount").decimalValue());
    }

    @Test
    void aPutThatChangesTheAmountIsCheckedEvenWhenItLowersIt() {
        ObjectNode edited = (ObjectNode) json(fixture.get());
        ((ObjectNode) edited.at("/chains/0/steps/0/bonus")).put("amount", 170);

        assertEquals(1, errors(fixture.put(Json.write(edited))).size());
        assertTrue(errors(fixture.put(Json.write(edited))).getFirst().startsWith(
                "chains[0].steps[0].bonus.amount: 170 is above the bonus cap 150.00"));

        ((ObjectNode) edited.at("/chains/0/steps/0/bonus")).put("amount", 150);
        var lowered = fixture.put(Json.write(edited));
        assertEquals(200, lowered.getStatusCode(), lowered.getBody());
        assertNull(json(lowered).at("/chains/0/steps/0/bonus").get("capped"), "150 is under the cap: no flag");
    }

    @Test
    void theSameAmountInAStepThatIsNewIsSetByTheRequestAndChecked() {
        String twoSteps = bonusStep("180") + ", " + bonusStep("180").replace("\"offsetDays\": 0", "\"offsetDays\": 7");

        var refused = fixture.put(oneStep("null", twoSteps));

        assertEquals(1, errors(refused).size(), refused.getBody());
        assertTrue(errors(refused).getFirst().startsWith("chains[0].steps[1].bonus.amount: 180 is above the bonus cap"),
                refused.getBody());
    }
}
