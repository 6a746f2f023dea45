package io.winback.chain;

import io.winback.domain.PurchaseBand;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A customer asleep, with a birthday ahead, due dog food and offered a lens on one day: the occasions go in the order
 * of their chains' priorities, the triggers' own by default (refill, cross-sell, birthday, asleep), the marketer's
 * where set; a refill of a group no chain reminds of, or a chain's band of its own, goes by the chains in force.
 */
class OfACustomersOccasionsOfADayTheLowestPriorityGoesFirstTest {
    private static final ChainStep SMS = new ChainStep(0, null, Map.of(), List.of(Channel.SMS), null, 7);
    private static final Instant RUN = Instant.parse("2027-03-11T07:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2027-03-11");
    private static final WorkItem ASLEEP = new WorkItem.DecideSleeper("C", DAY, RUN);
    private static final WorkItem BIRTHDAY = new WorkItem.DecideBirthday("C", DAY.plusDays(3), RUN);
    private static final WorkItem DOG_FOOD = new WorkItem.DecideRefill("C", "dogfood", DAY, RUN);
    private static final WorkItem CAT_FOOD = new WorkItem.DecideRefill("C", "catfood", DAY, RUN);
    private static final WorkItem LENS = new WorkItem.DecideCrossSell("C", "camera", DAY.minusDays(3), List.of("S"),
            RUN);

    private static ChainConfiguration chains(Chain... chains) {
        return new ChainConfiguration(1, List.of(chains), BudgetCap.DEFAULT);
    }

    private static Chain chain(String id, Trigger trigger, PurchaseBand band) {
        return new Chain(id, trigger, band, List.of(SMS));
    }

    private static Chain chain(String id, Trigger trigger, int priority) {
        return new Chain(id, trigger, null, List.of(SMS), priority);
    }

    private static final Trigger.Replenishment DOG_FOOD_REFILL = new Trigger.Replenishment("dogfood",
            new BigDecimal("0.75"), null);
    private static final Trigger.Bought CAMERA_LENS = new Trigger.Bought("camera", "lens", 3,
            Trigger.Bought.DEFAULT_UNLESS_BOUGHT_WITHIN_DAYS);

    @Test
    void byDefaultRefillThenCrossSellThenBirthdayThenAsleep() {
        ChainConfiguration configuration = chains(chain("sleep-1", new Trigger.FellAsleep(), PurchaseBand.ONE),
                chain("birthday", new Trigger.Birthday(3), null), chain("dogfood", DOG_FOOD_REFILL, null),
                chain("lens", CAMERA_LENS, null));

        assertEquals(List.of(DOG_FOOD, LENS, BIRTHDAY, ASLEEP),
                OccasionPriority.inOrder(List.of(ASLEEP, BIRTHDAY, LENS, DOG_FOOD), configuration));
    }

    @Test
    void theMarketersPriorityWinsAndEqualOnesKeepTheirOrder() {
        ChainConfiguration configuration = chains(new Chain("sleep-1", new Trigger.FellAsleep(), PurchaseBand.ONE,
                        List.of(SMS), 1),
                chain("birthday", new Trigger.Birthday(3), 1), chain("dogfood", DOG_FOOD_REFILL, 9));

        assertEquals(List.of(BIRTHDAY, ASLEEP, DOG_FOOD),
                OccasionPriority.inOrder(List.of(BIRTHDAY, DOG_FOOD, ASLEEP), configuration));
    }

    @Test
    void anOccasionNoChainServesGoesLast() {
        ChainConfiguration configuration = chains(chain("dogfood", DOG_FOOD_REFILL, null),
                chain("birthday", new Trigger.Birthday(3), null));

        assertEquals(Chain.MAX_PRIORITY, OccasionPriority.of(CAT_FOOD, configuration), "no catfood chain");
        assertEquals(List.of(DOG_FOOD, BIRTHDAY, CAT_FOOD),
                OccasionPriority.inOrder(List.of(CAT_FOOD, BIRTHDAY, DOG_FOOD), configuration));
    }
}
