package io.winback.chainsapi;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.winback.chainsapi.ChainsApiFixture.bonusStep;
import static io.winback.chainsapi.ChainsApiFixture.errors;
import static io.winback.chainsapi.ChainsApiFixture.json;
import static io.winback.chainsapi.ChainsApiFixture.oneStep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The request a cap limits cannot lift it: {@code MaxBonus} is a deployment parameter, and a configured average check
 * stands in only until the shop has 100 purchases of its own.
 */
class APutCannotRaiseTheBonusCapItIsCheckedAgainstTest {
    private static final String MAX_BONUS_1000 = "chains[0].steps[0].bonus.amount: 100000000 is above MaxBonus 1000,"
            + " the most any bonus may be in this deployment whatever the average check; lower the amount to 1000 or"
            + " less (MaxBonus is a parameter of the stack, MAX_BONUS for ./winback local: no API call changes it)";
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @Test
    void aBillionAverageCheckDoesNotLetAHundredMillionBonusThrough() {
        String budget = "{\"averageCheck\": 1000000000, \"margin\": 0.40, \"share\": 0.50}";

        var refused = fixture.put(oneStep(budget, bonusStep("100000000")));

        assertEquals(400, refused.getStatusCode());
        assertEquals(List.of(MAX_BONUS_1000), errors(refused));
        assertEquals(List.of(), fixture.storedVersions(), "nothing stored");
    }

    @Test
    void aShopWithNoSalesYetIsStillCappedAtMaxBonus() {
        String shopsOwn = "{\"averageCheck\": null, \"margin\": 0.40, \"share\": 0.50}";

        assertEquals(400, fixture.put(oneStep(shopsOwn, bonusStep("1000.01"))).getStatusCode());
        assertEquals(200, fixture.put(oneStep(shopsOwn, bonusStep("1000"))).getStatusCode());
    }

    @Test
    void onceTheShopHas100PurchasesItsOwnAverageRulesOverTheConfiguredOne() {
        String configured900 = "{\"averageCheck\": 900, \"margin\": 0.40, \"share\": 0.50}";
        fixture.shopTotals(100, "50000.00");

        assertEquals(List.of("chains[0].steps[0].bonus.amount: 180 is above the bonus cap 100.00 = average check"
                        + " 500.00 × margin 0.40 × share 0.50; the average check is the shop's own over 100 purchases"
                        + " (from 100 purchases on the shop's own average rules and budget.averageCheck is not used);"
                        + " lower the amount to 100.00 or less, or change budget.margin or budget.share"),
                errors(fixture.put(oneStep(configured900, bonusStep("180")))));
        assertEquals(200, fixture.put(oneStep(configured900, bonusStep("100"))).getStatusCode());
    }

    @Test
    void before100PurchasesTheConfiguredAverageStandsIn() {
        String configured900 = "{\"averageCheck\": 900, \"margin\": 0.40, \"share\": 0.50}";
        fixture.shopTotals(99, "9900.00");

        assertEquals(200, fixture.put(oneStep(configured900, bonusStep("180"))).getStatusCode());
        assertTrue(errors(fixture.put(oneStep(configured900, bonusStep("181")))).getFirst()
                .contains("budget.averageCheck, used until the shop has 100 purchases (it has 99)"));
    }

    @Test
    void maxBonusComesFromTheDeploymentAndHoldsWhateverTheAverageCheck() {
        ChainsApiFixture lowCeiling = new ChainsApiFixture(Map.of("MAX_BONUS", "150"));
        String configured900 = "{\"averageCheck\": 900, \"margin\": 0.40, \"share\": 0.50}";

        assertTrue(errors(lowCeiling.put(oneStep(configured900, bonusStep("160")))).getFirst()
                .contains("160 is above MaxBonus 150"));
        assertEquals(200, lowCeiling.put(oneStep(configured900, bonusStep("150"))).getStatusCode());
        var cap = json(lowCeiling.get()).get("bonusCap");
        assertEquals("150", cap.get("amount").decimalValue().toPlainString(), cap.toString());
        assertEquals("150", cap.get("maxBonus").decimalValue().toPlainString());
        assertEquals("configured", cap.get("averageCheckSource").asText());
    }
}
