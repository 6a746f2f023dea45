package io.winback.messages;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** SNS's monthly SMS spend limit, held to before each SMS with a margin of 5 % of the limit. */
class AnSmsThatWouldPassTheMonthlySpendLimitWaitsTest {
    private static final SmsSpendLimit ONE_DOLLAR = new SmsSpendLimit(SmsSpendLimit.AWS_DEFAULT_USD);

    @Test
    void anSmsGoesOutWhileTheMonthWithItStaysUnderTheLimitLessTheMargin() {
        assertEquals(0, new BigDecimal("0.95").compareTo(ONE_DOLLAR.stopAt()));
        assertInstanceOf(SmsSpendLimit.Verdict.Within.class, ONE_DOLLAR.check(BigDecimal.ZERO, usd("0.05")));
        assertInstanceOf(SmsSpendLimit.Verdict.Within.class, ONE_DOLLAR.check(usd("0.90"), usd("0.05")),
                "exactly at the stop");
    }

    @Test
    void anSmsThatWouldPassTheStopWaitsAndSaysWhatWasSpentOfWhat() {
        SmsSpendLimit.Verdict verdict = ONE_DOLLAR.check(usd("0.99"), usd("0.05"));

        SmsSpendLimit.Verdict.Reached reached = assertInstanceOf(SmsSpendLimit.Verdict.Reached.class, verdict);
        assertEquals("SNS monthly SMS spend limit: spent 0.99 of 1 USD", reached.reason());
        assertInstanceOf(SmsSpendLimit.Verdict.Reached.class, ONE_DOLLAR.check(usd("0.91"), usd("0.05")),
                "a cent past the stop");
    }

    @Test
    void aLongCyrillicSmsCostsEachOfItsParts() {
        String seventyOne = "а".repeat(71);

        assertEquals(0, usd("0.10").compareTo(SmsSpendLimit.costOf(seventyOne, usd("0.05"))));
        assertEquals(0, usd("0.05").compareTo(SmsSpendLimit.costOf("а".repeat(70), usd("0.05"))));
        // From 0.86, one part at 0.05 fits under the stop (0.95); two do not.
        assertInstanceOf(SmsSpendLimit.Verdict.Within.class,
                ONE_DOLLAR.check(usd("0.86"), SmsSpendLimit.costOf("а", usd("0.05"))));
        assertInstanceOf(SmsSpendLimit.Verdict.Reached.class,
                ONE_DOLLAR.check(usd("0.86"), SmsSpendLimit.costOf(seventyOne, usd("0.05"))));
    }

    @Test
    void aRaisedLimitKeepsItsOwnMargin() {
        SmsSpendLimit raised = new SmsSpendLimit(usd("1000"));

        assertInstanceOf(SmsSpendLimit.Verdict.Within.class, raised.check(usd("949.95"), usd("0.05")));
        assertInstanceOf(SmsSpendLimit.Verdict.Reached.class, raised.check(usd("949.96"), usd("0.05")));
    }

    @Test
    void aLimitOfZeroSendsNothing() {
        assertInstanceOf(SmsSpendLimit.Verdict.Reached.class,
                new SmsSpendLimit(BigDecimal.ZERO).check(BigDecimal.ZERO, usd("0.01")));
        assertThrows(IllegalArgumentException.class, () -> new SmsSpendLimit(usd("-1")));
    }

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }
}
