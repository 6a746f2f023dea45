package io.winback.chain;

import io.winback.shop.ShopAverageCheck;
import io.winback.shop.AverageCheckInForce;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TheBonusCapIsTheLesserOfMaxBonusAndTheShopsBudgetTest {
    private static final BigDecimal MAX_BONUS = new BigDecimal("1000");
    private static final BudgetCap CONFIGURED_900 = new BudgetCap(new BigDecimal("900"), new BigDecimal("0.40"),
            new BigDecimal("0.50"));

    private static Optional<ShopAverageCheck> shop(String check, long purchases) {
        return Optional.of(new ShopAverageCheck(new BigDecimal(check), purchases));
    }

    @Test
    void theCapIsAverageCheckTimesMarginTimesShare() {
        assertEquals(new BigDecimal("180.00"), BonusCap.of(BudgetCap.DEFAULT, shop("900", 500), MAX_BONUS).amount());
    }

    @Test
    void from100PurchasesTheShopsOwnAverageRulesOverAConfiguredOne() {
        BonusCap cap = BonusCap.of(CONFIGURED_900, shop("500", AverageCheckInForce.REAL_CHECK_FROM_PURCHASES),
                MAX_BONUS);

        assertEquals(new BigDecimal("100.00"), cap.amount());
        assertEquals(AverageCheckInForce.Source.SHOP, cap.check().source());
    }

    @Test
    void before100PurchasesAConfiguredAverageStandsIn() {
        BonusCap cap = BonusCap.of(CONFIGURED_900, shop("500", 99), MAX_BONUS);

        assertEquals(new BigDecimal("180.00"), cap.amount());
        assertEquals(AverageCheckInForce.Source.CONFIGURED, cap.check().source());
        assertEquals(99, cap.check().purchases());
    }

    @Test
    void returnsThatTakeTheShopsAverageToZeroOrBelowNeverMakeANegativeCap() {
        for (String check : new String[]{"0.00", "-1250.40"}) {
            BonusCap cap = BonusCap.of(BudgetCap.DEFAULT, shop(check, 500), MAX_BONUS);

            assertTrue(cap.amount().signum() > 0, check + " gave a cap of " + cap.amount());
            assertEquals(AverageCheckInForce.Source.NONE, cap.check().source());
        }
        assertEquals(new BigDecimal("180.00"), BonusCap.of(CONFIGURED_900, shop("-5", 500), MAX_BONUS).amount(),
                "a configured figure stands in for an average that makes no sense");
    }

    @Test
    void withNothingConfiguredAFewPurchasesAreNoAverageYetAndOnlyMaxBonusCaps() {
        BonusCap cap = BonusCap.of(BudgetCap.DEFAULT, shop("500", 99), MAX_BONUS);

        assertEquals(MAX_BONUS, cap.amount());
        assertEquals(AverageCheckInForce.Source.NONE, cap.check().source());
        assertTrue(cap.reasonAbove(new BigDecimal("1000.01")).orElseThrow().contains("above MaxBonus 1000"));
    }

    @Test
    void maxBonusHoldsWhateverTheAverageCheckAndWithNoneAtAll() {
        BudgetCap billion = new BudgetCap(new BigDecimal("1000000000"), new BigDecimal("0.40"), new BigDecimal("0.50"));

        assertEquals(MAX_BONUS, BonusCap.of(billion, Optional.empty(), MAX_BONUS).amount());
        assertEquals(MAX_BONUS, BonusCap.of(BudgetCap.DEFAULT, Optional.empty(), MAX_BONUS).amount());
        assertEquals(new BigDecimal("1000"), BonusCap.of(billion, Optional.empty(), MAX_BONUS)
                .limit(new BigDecimal("100000000")));
    }

    @Test
    void aBonusUnderTheCapIsGrantedWholeAndHasNoReason() {
        BonusCap cap = BonusCap.of(BudgetCap.DEFAULT, shop("900", 500), MAX_BONUS);

        assertEquals(new BigDecimal("100"), cap.limit(new BigDecimal("100")));
        assertFalse(cap.isAbove(new BigDecimal("180")));
        assertTrue(cap.reasonAbove(new BigDecimal("180")).isEmpty());
        assertTrue(cap.isAbove(new BigDecimal("180.01")));
    }
}
