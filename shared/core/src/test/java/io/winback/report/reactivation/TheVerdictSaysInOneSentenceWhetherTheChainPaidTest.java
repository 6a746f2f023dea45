package io.winback.report.reactivation;

import io.winback.chain.Conversion;
import io.winback.report.ReportLanguage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The sentence the dashboard opens with: paid off, brings customers back but has not paid yet, did not pay, or
 * cannot tell yet with how many more holdout customers it would take; each count with its noun in the right form.
 */
class TheVerdictSaysInOneSentenceWhetherTheChainPaidTest {
    private static final Economics FREE_MESSAGES = new Economics(null, null, new MessagePrices(BigDecimal.ZERO,
            BigDecimal.ZERO), Economics.DEFAULT_MIN_HOLDOUT);

    @Test
    void aChainWhoseCustomersWereWorthMoreThanTheirBonusesPaidOff() {
        Payback payback = payback(1000, 300, 500, 50, "300", "10");
        assertEquals(Verdict.POSITIVE, payback.verdict());
        // 0.3 − 0.1 = 0.2 × 1000 = 200 won back × 300 − 300 × 10 of bonus = 57 000.
        assertEquals("Цепочка окупилась: ≈ 200 клиентов вернулись сверх контрольной группы и принесли ≈ 57 000 ₽ "
                + "после бонусов и сообщений.", payback.sentence(ReportLanguage.RU, "RUB"));
        assertEquals("The chain paid off: ≈ 200 customers came back over the holdout and brought ≈ RUB 57,000 after "
                + "bonuses and messages.", payback.sentence(ReportLanguage.EN, "RUB"));
    }

    @Test
    void aChainWhoseBonusesCostMoreThanTheCustomersWereWorthBringsThemBackButHasNotPaid() {
        Payback payback = payback(1000, 300, 500, 50, "10", "100");
        assertEquals("Цепочка возвращает клиентов, но пока не окупилась: ≈ 200 клиентов сверх контрольной группы, "
                + "после бонусов и сообщений ≈ -28 000 ₽.", payback.sentence(ReportLanguage.RU, "RUB"));
    }

    @Test
    void aGainWhoseIntervalReachesALossIsNotYetPaidOff() {
        // 200 × 300 − 300 × 180 = 6 000; at the interval's low end (≈ 160 won back) ≈ −6 000.
        Payback payback = payback(1000, 300, 500, 50, "300", "180");
        assertEquals(-1, payback.netLow().signum());
        assertEquals("Цепочка возвращает клиентов, но окупилась ли она, пока не ясно: ≈ 200 клиентов сверх "
                + "контрольной группы, после бонусов и сообщений ≈ 6 000 ₽, но может оказаться и убыток.",
                payback.sentence(ReportLanguage.RU, "RUB"));
    }

    @Test
    void fewerBackWithTheChainThanWithoutDidNotPay() {
        assertEquals("Цепочка не окупилась: с ней вернулось меньше клиентов, чем в контрольной группе.",
                payback(1000, 100, 500, 150, "300", "10").sentence(ReportLanguage.RU, "RUB"));
    }

    @Test
    void aSmallHoldoutSaysHowManyMoreItNeeds() {
        // p₀ = 0.1, d = 0.1, 30 treated, 20 held out: n₀ = 7.849 × 0.09 × (1 + 20/30) / 0.01 = 117.7 → 118, 98 more.
        Payback payback = payback(30, 6, 20, 2, "300", "0");
        assertEquals(98L, payback.holdoutNeeded());
        assertEquals("Пока не видно, работает ли цепочка: нужно ещё ≈ 98 клиентов в контрольной группе.",
                payback.sentence(ReportLanguage.RU, "RUB"));
        assertEquals("≈ 3 клиента (от " + Math.round(payback.wonBackInterval().low()) + " до "
                + Math.round(payback.wonBackInterval().high()) + ")", payback.wonBackWords(ReportLanguage.RU));
        assertNull(payback(30, 2, 20, 2, "300", "0").holdoutNeeded(), "no uplift seen: more would tell nothing");
        assertEquals(1, HoldoutNeeded.roundedUp(1));
        assertEquals(98, HoldoutNeeded.roundedUp(98));
        assertEquals(390, HoldoutNeeded.roundedUp(384));
        assertEquals(13_000, HoldoutNeeded.roundedUp(12_345));
    }

    private static Payback payback(int treated, int treatedBack, int holdout, int holdoutBack, String value,
                                   String bonus) {
        GroupTally t = group(treated, treatedBack, value, new BigDecimal(bonus));
        GroupTally h = group(holdout, holdoutBack, value, null);
        return Payback.of(Comparison.of(t, h, FREE_MESSAGES), Economics.DEFAULT_MIN_HOLDOUT);
    }

    private static GroupTally group(int entered, int back, String value, BigDecimal bonus) {
        GroupTally group = new GroupTally();
        for (int i = 0; i < entered; i++) {
            Conversion conversion = i < back ? new Conversion("t", 0, "s-" + i, Instant.EPOCH,
                    new BigDecimal("1000"), bonus) : null;
            group.enter(conversion, false, new BigDecimal(value));
        }
        return group;
    }
}
