package io.winback.chain;

import io.winback.cycles.GroupPurchases;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pure rules of a cross-sell offer, on the purchase days the sales stream keeps: a purchase is returned whole when
 * none of its receipts holds the group any more; half a return, a record not written yet, or a day older than a
 * truncated record keeps are not; the offered group bought the same day, since, or within the days before stops it.
 */
class ACrossSellOfferGoesByTheCustomersPurchaseDaysOfBothGroupsTest {
    private static final LocalDate MARCH_1 = LocalDate.parse("2027-03-01");
    private static final Trigger.Bought CAMERA_LENS = new Trigger.Bought("camera", "lens", 3, 365);

    @Test
    void aPurchaseIsReturnedWholeOnlyWhenNoneOfItsReceiptsHoldsTheGroup() {
        GroupPurchases twoCameras = GroupPurchases.none("camera").withPurchase("S-1", MARCH_1, BigDecimal.ONE).after()
                .withPurchase("S-2", MARCH_1, BigDecimal.ONE).after();
        GroupPurchases oneBack = twoCameras.withReturn("S-1", BigDecimal.ONE).after();
        GroupPurchases bothBack = oneBack.withReturn("S-2", BigDecimal.ONE).after();

        assertFalse(CrossSellConditions.returnedWhole(twoCameras, MARCH_1, List.of("S-1", "S-2")));
        assertFalse(CrossSellConditions.returnedWhole(oneBack, MARCH_1, List.of("S-1", "S-2")), "S-2 is kept");
        assertTrue(CrossSellConditions.returnedWhole(oneBack, MARCH_1, List.of("S-1")), "the offer's receipt went back");
        assertTrue(CrossSellConditions.returnedWhole(bothBack, MARCH_1, List.of("S-1", "S-2")));
        assertTrue(CrossSellConditions.returnedWhole(bothBack, MARCH_1, List.of()), "no receipt left on the day");
        GroupPurchases halfBack = GroupPurchases.none("camera").withPurchase("S-3", MARCH_1, new BigDecimal("2"))
                .after().withReturn("S-3", BigDecimal.ONE).after();
        assertFalse(CrossSellConditions.returnedWhole(halfBack, MARCH_1, List.of("S-3")), "one of two cameras kept");
        assertFalse(CrossSellConditions.returnedWhole(null, MARCH_1, List.of("S-1")),
                "no record yet: the stream has not recorded the purchase, nothing says it went back");
        GroupPurchases forgotten = new GroupPurchases("camera", new TreeMap<>(Map.of(LocalDate.parse("2027-03-10"),
                Map.of("S-9", BigDecimal.ONE))), true, 7L);
        assertFalse(CrossSellConditions.returnedWhole(forgotten, MARCH_1, List.of("S-1")), "a forgotten day says nothing");
    }

    @Test
    void theOfferedGroupBoughtSinceOrWithinTheDaysBeforeStopsTheOffer() {
        assertFalse(CrossSellConditions.offerBoughtAlready(CAMERA_LENS, null, MARCH_1), "never bought a lens");
        assertTrue(CrossSellConditions.offerBoughtAlready(CAMERA_LENS, lensOn("2027-03-01"), MARCH_1), "same receipt");
        assertTrue(CrossSellConditions.offerBoughtAlready(CAMERA_LENS, lensOn("2027-03-02"), MARCH_1), "the day after");
        assertTrue(CrossSellConditions.offerBoughtAlready(CAMERA_LENS, lensOn("2026-03-01"), MARCH_1), "365 days before");
        assertFalse(CrossSellConditions.offerBoughtAlready(CAMERA_LENS, lensOn("2026-02-28"), MARCH_1), "366 before");
        assertFalse(CrossSellConditions.offerBoughtAlready(new Trigger.Bought("camera", "lens", 3, 0),
                lensOn("2027-02-28"), MARCH_1), "unlessBoughtWithinDays 0: only since the camera counts");
    }

    @Test
    void theCheckReadsEachGroupAndAfterDaysOnceAndTheWorkerFindsTheChainsDue() {
        Chain lens = chain("camera-lens", CAMERA_LENS, null);
        Chain lensVip = chain("camera-lens-vip", CAMERA_LENS, io.winback.domain.PurchaseBand.VIP);
        Chain bag = chain("camera-bag", new Trigger.Bought("camera", "bag", 3, 365), null);
        Chain strap = chain("camera-strap", new Trigger.Bought("camera", "strap", 10, 365), null);
        var configuration = new ChainConfiguration(4, List.of(lens, lensVip, bag, strap), BudgetCap.DEFAULT);

        assertEquals(List.of(new CrossSellCalendar.PurchaseDayRead("camera", 3),
                        new CrossSellCalendar.PurchaseDayRead("camera", 10)),
                List.copyOf(CrossSellCalendar.readsInForce(configuration)));
        assertEquals(List.of(CAMERA_LENS, bag.trigger()),
                CrossSellCalendar.dueOn(configuration, "camera", MARCH_1, LocalDate.parse("2027-03-04")));
        assertEquals(List.of(strap.trigger()),
                CrossSellCalendar.dueOn(configuration, "camera", MARCH_1, LocalDate.parse("2027-03-11")));
        assertEquals(List.of(), CrossSellCalendar.dueOn(configuration, "tyres", MARCH_1, LocalDate.parse("2027-03-04")));
    }

    private static GroupPurchases lensOn(String day) {
        return GroupPurchases.none("lens").withPurchase("L-" + day, LocalDate.parse(day), BigDecimal.ONE).after();
    }

    private static Chain chain(String id, Trigger trigger, io.winback.domain.PurchaseBand band) {
        return new Chain(id, trigger, band, List.of(new ChainStep(0, null, Map.of(Channel.SMS,
                Map.of("ru", io.winback.messages.MessageContent.sms("{name}, вам пригодится {group}"))),
                List.of(Channel.SMS), null, ChainStep.DEFAULT_CONVERSION_WINDOW_DAYS)));
    }
}
