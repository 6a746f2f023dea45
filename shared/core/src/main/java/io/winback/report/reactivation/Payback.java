package io.winback.report.reactivation;

import io.winback.report.ReportLanguage;
import io.winback.text.Noun;
import io.winback.text.ShopText;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a chain (or every chain together) came to in money, as the owner asks "did it pay?": the customers won back
 * over the holdout (uplift × treated, with its interval), the net effect with its interval (the same arithmetic at
 * the interval's ends: {@link NetEffect}), the revenue of the treated customers who came back, the bonuses they
 * spent and what the messages cost; and the answer in one sentence ({@link #sentence}).
 *
 * @param wonBack       customers won back over the holdout; null without an uplift
 * @param netEffect     null without an uplift or a value of a customer won back
 * @param holdoutNeeded more holdout customers it would take to tell ({@link HoldoutNeeded}); null when that says
 *                      nothing
 */
public record Payback(Double wonBack, Interval wonBackInterval, BigDecimal netEffect, BigDecimal netLow,
                      BigDecimal netHigh, BigDecimal revenue, BigDecimal bonusSpent, BigDecimal messageCost,
                      Verdict verdict, Long holdoutNeeded) {

    public static Payback of(Comparison c, int minHoldout) {
        long treated = c.treated().entered();
        Interval wonBack = c.upliftInterval() == null || c.uplift() == null ? null
                : c.upliftInterval().times(treated);
        BigDecimal bonus = c.treated().bonusSpent();
        BigDecimal low = wonBack == null ? null
                : NetEffect.of(wonBack.low(), c.valuePerCustomer(), bonus, c.messageCost());
        BigDecimal high = wonBack == null ? null
                : NetEffect.of(wonBack.high(), c.valuePerCustomer(), bonus, c.messageCost());
        return new Payback(c.incrementalCustomers(), wonBack, c.netEffect(), low, high, c.treated().revenue().sum(),
                bonus, c.messageCost(), c.verdict(), HoldoutNeeded.more(c, minHoldout));
    }

    /** "≈ 12 клиентов (от 5 до 19)", "≈ 12 customers (from 5 to 19)"; null without an uplift. */
    public String wonBackWords(ReportLanguage language) {
        if (wonBack == null) {
            return null;
        }
        long customers = whole(wonBack);
        return "≈ " + Noun.CUSTOMER.count(customers, language) + " (" + language.pick("от ", "from ")
                + ShopText.number(whole(wonBackInterval.low()), language) + language.pick(" до ", " to ")
                + ShopText.number(whole(wonBackInterval.high()), language) + ")";
    }

    /** "≈ 35 000 ₽ (от −1 200 ₽ до 71 000 ₽)", to whole units: an estimate; null without one. */
    public String netEffectWords(ReportLanguage language, String currency) {
        if (netEffect == null) {
            return null;
        }
        return "≈ " + estimate(netEffect, language, currency) + " (" + language.pick("от ", "from ")
                + estimate(netLow, language, currency) + language.pick(" до ", " to ")
                + estimate(netHigh, language, currency) + ")";
    }

    /**
     * The answer to "did it pay?" in one plain sentence: paid off only when the uplift's interval is above zero and
     * so is the whole net effect's; a gain whose interval reaches a loss is "not clear yet".
     */
    public String sentence(ReportLanguage language, String currency) {
        return switch (verdict) {
            case NO_HOLDOUT -> language.pick(
                    "Пока не видно, работает ли цепочка: не с чем сравнить, в контрольной группе никого нет.",
                    "Cannot tell yet whether the chain works: there is nobody in the holdout to compare with.");
            case HOLDOUT_TOO_SMALL, INCONCLUSIVE -> holdoutNeeded == null ? language.pick(
                    "Пока не видно, работает ли цепочка: с ней вернулось не больше клиентов, чем в контрольной группе.",
                    "Cannot tell yet whether the chain works: no more customers came back with it than in the holdout.")
                    : language.pick("Пока не видно, работает ли цепочка: нужно ещё ≈ "
                            + Noun.CUSTOMER.count(holdoutNeeded, language) + " в контрольной группе.",
                    "Cannot tell yet whether the chain works: ≈ " + Noun.CUSTOMER.count(holdoutNeeded, language)
                            + " more are needed in the holdout.");
            case NEGATIVE -> language.pick(
                    "Цепочка не окупилась: с ней вернулось меньше клиентов, чем в контрольной группе.",
                    "The chain did not pay: fewer customers came back with it than in the holdout.");
            case POSITIVE -> positive(language, currency);
        };
    }

    private String positive(ReportLanguage language, String currency) {
        String customers = "≈ " + Noun.CUSTOMER.count(whole(wonBack), language);
        if (netEffect == null) {
            return language.pick("Цепочка возвращает клиентов: " + customers + " сверх контрольной группы; "
                            + "окупилась ли она, не посчитать без среднего чека.",
                    "The chain brings customers back: " + customers + " over the holdout; whether it paid cannot "
                            + "be told without an average check.");
        }
        String net = estimate(netEffect, language, currency);
        if (netEffect.signum() > 0 && netLow != null && netLow.signum() <= 0) {
            // The point estimate is a gain, but its interval still reaches a loss: "paid off" would claim too much.
            return language.pick("Цепочка возвращает клиентов, но окупилась ли она, пока не ясно: " + customers
                            + " сверх контрольной группы, после бонусов и сообщений ≈ " + net
                            + ", но может оказаться и убыток.",
                    "The chain brings customers back, but whether it paid is not clear yet: " + customers
                            + " over the holdout, ≈ " + net + " after bonuses and messages, possibly a loss.");
        }
        return netEffect.signum() > 0
                ? language.pick("Цепочка окупилась: " + customers + " вернулись сверх контрольной группы и принесли "
                        + "≈ " + net + " после бонусов и сообщений.",
                "The chain paid off: " + customers + " came back over the holdout and brought ≈ " + net
                        + " after bonuses and messages.")
                : language.pick("Цепочка возвращает клиентов, но пока не окупилась: " + customers
                        + " сверх контрольной группы, после бонусов и сообщений ≈ " + net + ".",
                "The chain brings customers back but has not paid yet: " + customers + " over the holdout, ≈ "
                        + net + " after bonuses and messages.");
    }

    private static long whole(double value) {
        return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).longValue();
    }

    private static String estimate(BigDecimal amount, ReportLanguage language, String currency) {
        return ShopText.money(amount.setScale(0, RoundingMode.HALF_UP), currency, language);
    }
}
