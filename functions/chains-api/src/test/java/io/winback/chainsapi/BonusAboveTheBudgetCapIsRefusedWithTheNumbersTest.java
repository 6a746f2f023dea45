package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.winback.chainsapi.ChainsApiFixture.bonusStep;
import static io.winback.chainsapi.ChainsApiFixture.errors;
import static io.winback.chainsapi.ChainsApiFixture.oneStep;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BonusAboveTheBudgetCapIsRefusedWithTheNumbersTest {
    private static final String CHECK_900 = "{\"averageCheck\": 900, \"margin\": 0.40, \"share\": 0.50}";
    private static final String SHOPS_CHECK = "{\"averageCheck\": null, \"margin\": 0.40, \"share\": 0.50}";
    private static final String CAP_180 = "is above the bonus cap 180.00 = average check 900.00 × margin 0.40 × share 0.50";
    private static final String CONFIGURED = "; the average check is budget.averageCheck, used until the shop has 100"
            + " purchases (it has 0); lower the amount to 180.00 or less, or change budget.averageCheck (used until the"
            + " shop has 100 purchases), budget.margin or budget.share";
    private static final String ABOVE_180 = "chains[0].steps[0].bonus.amount: 200 " + CAP_180 + CONFIGURED;
    private static final String SHOPS_OWN = "; the average check is the shop's own over 100 purchases (from 100"
            + " purchases on the shop's own average rules and budget.averageCheck is not used); lower the amount to"
            + " 180.00 or less, or change budget.margin or budget.share";
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @Test
    void withAConfiguredAverageCheckOf900ABonusOf180IsTheMost() {
        assertEquals(200, fixture.put(oneStep(CHECK_900, bonusStep("180"))).getStatusCode());

        APIGatewayV2HTTPResponse above = fixture.put(oneStep(CHECK_900, bonusStep("200")));

        assertEquals(400, above.getStatusCode());
        assertEquals(List.of(ABOVE_180), errors(above));
        assertEquals(List.of("chains#00000001"), fixture.storedVersions(), "the refused one is not stored");
    }

    @Test
    void everyBonusAboveTheCapIsNamedAlongWithOtherMistakes() {
        String steps = bonusStep("200") + ", " + bonusStep("180.01").replace("\"offsetDays\": 0", "\"offsetDays\": 0.5");

        assertEquals(List.of(ABOVE_180,
                "chains[0].steps[1].offsetDays: must be a whole number of days after the step before from 1 to 365",
                "chains[0].steps[1].bonus.amount: 180.01 " + CAP_180 + CONFIGURED),
                errors(fixture.put(oneStep(CHECK_900, steps))));
    }

    @Test
    void withoutAConfiguredCheckTheShopsRealAverageFromItsTotalsIsUsed() {
        fixture.shopTotals(100, "90000.00");

        assertEquals(List.of("chains[0].steps[0].bonus.amount: 200 " + CAP_180 + SHOPS_OWN),
                errors(fixture.put(oneStep(SHOPS_CHECK, bonusStep("200")))));
        assertEquals(200, fixture.put(oneStep(SHOPS_CHECK, bonusStep("180"))).getStatusCode());
    }

    @Test
    void theShopsAverageIsRoundedToKopecksBeforeTheCapIsComputed() {
        fixture.shopTotals(300, "100000.00");

        assertEquals(List.of("chains[0].steps[0].bonus.amount: 67 is above the bonus cap 66.67 = average check 333.33 "
                        + "× margin 0.40 × share 0.50; the average check is the shop's own over 300 purchases (from 100"
                        + " purchases on the shop's own average rules and budget.averageCheck is not used); lower the"
                        + " amount to 66.67 or less, or change budget.margin or budget.share"),
                errors(fixture.put(oneStep(SHOPS_CHECK, bonusStep("67")))));
    }

    @Test
    void aFewPurchasesAreNoAverageYetSoOnlyMaxBonusCapsUntilOneIsConfigured() {
        fixture.shopTotals(3, "300.00");

        assertEquals(200, fixture.put(oneStep(SHOPS_CHECK, bonusStep("500"))).getStatusCode(),
                "an average of 100 over 3 purchases would have capped it at 20");
        assertEquals(400, fixture.put(oneStep(CHECK_900, bonusStep("200"))).getStatusCode());
    }

    @Test
    void theDefaultBudgetIsUsedWhenTheDocumentHasNone() {
        fixture.shopTotals(100, "90000");

        assertEquals(List.of("chains[0].steps[0].bonus.amount: 200 " + CAP_180 + SHOPS_OWN),
                errors(fixture.put(oneStep("null", bonusStep("200")))));
    }
}
