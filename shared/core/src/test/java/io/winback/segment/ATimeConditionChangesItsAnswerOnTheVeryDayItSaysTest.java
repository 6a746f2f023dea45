package io.winback.segment;

import io.winback.domain.Standing;
import io.winback.segment.GeneratedCustomers.Generated;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static io.winback.segment.GeneratedCustomers.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Each condition that changes with time, for made-up customers over two years: evaluated on every day, the answer
 * changes exactly on the day {@code nextFlip} named the day before it (never later, never earlier), and not at all
 * after a null. Bonus expiry is the exception: the facts know the shop's day, not its zone, so its flip may come a
 * day early (and a grant may end and another start between two noons), so it is checked never late; so is a
 * combination, which flips when a part does.
 */
class ATimeConditionChangesItsAnswerOnTheVeryDayItSaysTest {
    private static final List<Generated> CUSTOMERS = GeneratedCustomers.make(120, 7);
    private static final LocalDate END = DAY.plusDays(800);

    /** From before the first purchase of anyone, so that purchase days come into windows too. */
    private static final LocalDate START = DAY.minusDays(450);

    /**
     * @param mayBeEarly a bonus expiry is known to the instant and the shop's day of it only to within a day; and
     *                   a combination flips when a part does
     * @param flipsAtAll false for what never changes by time (a period; a window of a year always holds a birthday)
     */
    private record Case(String name, Condition condition, boolean mayBeEarly, boolean flipsAtAll) {
        Case(String name, Condition condition, boolean mayBeEarly) {
            this(name, condition, mayBeEarly, true);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyDayOfTwoYearsTheAnswerChangesOnlyOnTheFlipDay() {
        return Stream.of(
                new Case("daysSinceLastPurchase >= 60", new Condition.DaysSinceLastPurchase(Comparison.AT_LEAST, 60), false),
                new Case("daysSinceLastPurchase > 60", new Condition.DaysSinceLastPurchase(Comparison.MORE_THAN, 60), false),
                new Case("daysSinceLastPurchase <= 90", new Condition.DaysSinceLastPurchase(Comparison.AT_MOST, 90), false),
                new Case("daysSinceLastPurchase < 90", new Condition.DaysSinceLastPurchase(Comparison.LESS_THAN, 90), false),
                new Case("daysSinceLastPurchase = 100", new Condition.DaysSinceLastPurchase(Comparison.EQUAL, 100), false),
                new Case("daysSinceLastPurchase != 100", new Condition.DaysSinceLastPurchase(Comparison.NOT_EQUAL, 100), false),
                new Case("standing sleeping", new Condition.StandingIn(Set.of(Standing.SLEEPING)), false),
                new Case("standing active or sleeping", new Condition.StandingIn(Set.of(Standing.ACTIVE, Standing.SLEEPING)), false),
                new Case("standing lost", new Condition.StandingIn(Set.of(Standing.LOST)), false),
                new Case("bought coffee within 30 days", Condition.Bought.within(GeneratedCustomers.COFFEE, 30), false),
                new Case("bought coffee today", Condition.Bought.within(GeneratedCustomers.COFFEE, 0), false),
                new Case("bought the SKU in a period", Condition.Bought.between(GeneratedCustomers.BEANS,
                        LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31")), false, false),
                new Case("birthday within 30 days", new Condition.BirthdayWithinDays(30), false),
                new Case("birthday today", new Condition.BirthdayWithinDays(0), false),
                new Case("birthday within 365 days", new Condition.BirthdayWithinDays(365), false, false),
                new Case("bonusBalance >= 150", new Condition.BonusBalance(Comparison.AT_LEAST, new BigDecimal("150")), true),
                new Case("bonusBalance = 0", new Condition.BonusBalance(Comparison.EQUAL, BigDecimal.ZERO), true),
                new Case("not (lapsed and no coffee within 30 days)", new Condition.Not(new Condition.All(List.of(
                        new Condition.DaysSinceLastPurchase(Comparison.AT_LEAST, 60),
                        new Condition.Not(Condition.Bought.within(GeneratedCustomers.COFFEE, 30))))), true))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    int flips = 0;
                    for (Generated g : CUSTOMERS) {
                        flips += walk(c, g);
                    }
                    if (c.flipsAtAll()) {
                        assertTrue(flips > 0, c.name() + " never flipped for anyone: the walk proves nothing");
                    } else {
                        assertEquals(0, flips, c.name());
                    }
                }));
    }

    /** Walks from flip to flip; answers how many flips it checked. */
    private static int walk(Case c, Generated g) {
        int flips = 0;
        LocalDate day = START;
        while (day.isBefore(END)) {
            boolean answer = c.condition().holds(g.factsOn(day));
            LocalDate flip = c.condition().nextFlip(g.factsOn(day));
            if (flip != null) {
                assertTrue(flip.isAfter(day), c.name() + ": a flip after the day, " + g.customer().key() + " " + day);
            }
            LocalDate stop = flip == null || flip.isAfter(END) ? END : flip;
            for (LocalDate d = day.plusDays(1); d.isBefore(stop); d = d.plusDays(1)) {
                if (c.condition().holds(g.factsOn(d)) != answer) {
                    fail(c.name() + ": " + g.customer().key() + " changed on " + d + ", after the flip said on "
                            + day + " (" + flip + ")");
                }
            }
            if (flip == null || flip.isAfter(END)) {
                if (flip == null) {
                    assertEquals(answer, c.condition().holds(g.factsOn(END)), c.name() + " " + g.customer().key());
                }
                return flips;
            }
            boolean onFlip = c.condition().holds(g.factsOn(flip));
            if (onFlip == answer) {
                assertTrue(c.mayBeEarly(), c.name() + ": " + g.customer().key() + " did not change on " + flip);
            } else {
                flips++;
            }
            day = flip;
        }
        return flips;
    }
}
