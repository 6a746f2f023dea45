package io.winback.worker;

import io.winback.chain.Touch;
import io.winback.config.WinbackConfig;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The playbook's first bonus is 100. A shop whose own average check is 250 over 200 purchases has a cap of
 * 250 × 0.40 × 0.50 = 50; a deployment with MaxBonus 60 caps every bonus at 60. The chain is not stopped: the step
 * grants the cap, the SMS names what is granted, and the touch records both the amount and what the SMS cost.
 */
class AStoredBonusAboveTodaysCapIsGrantedAtTheCapAndTheSmsSaysSoTest {

    @Test
    void theShopsFallenAverageCheckHoldsTheBonusDownTo50() {
        Shop shop = new Shop();
        shop.shopTotals(200, "50000");
        shop.buys("C-1", "2026-09-30", "250");

        shop.checkOn("2026-12-05");

        assertEquals("Дарим вам 50 рублей на покупки до 11.12. Ждем вас за покупкой!",
                shop.smsTo("C-1").getFirst().text());
        assertEquals(0, new BigDecimal("50").compareTo(shop.customer("C-1").bonuses().grants().getFirst().amount()));
        Touch touch = shop.touches("C-1").getFirst();
        assertEquals(0, new BigDecimal("50").compareTo(touch.bonusAmount()));
        assertEquals(1, touch.charge().parts(), "one UCS-2 part");
        assertEquals(0, new BigDecimal("4.00").compareTo(touch.charge().cost()), "at SMS_PRICE");
        var figures = shop.episodes("C-1").getFirst().figures();
        assertEquals(0, new BigDecimal("250").compareTo(figures.averageCheck()), "the check in force at the start");
        assertEquals(0, new BigDecimal("0.40").compareTo(figures.margin()));
    }

    @Test
    void maxBonusHoldsTheBonusDownWhenTheShopHasNoFigureAtAll() {
        Shop shop = new Shop(Map.of(WinbackConfig.MAX_BONUS, "60"));
        shop.buys("C-2", "2026-09-30", "900");

        shop.checkOn("2026-12-05");

        assertEquals("Дарим вам 60 рублей на покупки до 11.12. Ждем вас за покупкой!",
                shop.smsTo("C-2").getFirst().text());
        assertEquals(0, new BigDecimal("60").compareTo(shop.customer("C-2").bonuses().grants().getFirst().amount()));
    }
}
