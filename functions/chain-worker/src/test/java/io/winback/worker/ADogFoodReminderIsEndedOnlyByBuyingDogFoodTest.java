package io.winback.worker;

import io.winback.chain.BonusOffer;
import io.winback.chain.Chain;
import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.Trigger;
import io.winback.domain.Sale;
import io.winback.messages.MessageContent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A dog food reminder (two SMS a week apart, each with a bonus valid 7 days), started by the refill engine: only a
 * purchase with dog food in it ends the episode, through the real stats function as it is applied and through the real worker before a step;
 * a coffee neither converts nor ends it, so the second reminder still goes out.
 */
class ADogFoodReminderIsEndedOnlyByBuyingDogFoodTest {
    private static final Trigger.Replenishment DOG_FOOD = new Trigger.Replenishment("dogfood",
            new BigDecimal("0.75"), 60);
    private final Shop shop = Shop.storingChains(Map.of());

    private static Chain reminders() {
        return new Chain("dogfood-refill", DOG_FOOD, null, List.of(sms(0), sms(7)));
    }

    private static ChainStep sms(int offsetDays) {
        return new ChainStep(offsetDays, new BonusOffer(new BigDecimal("200"), 7),
                Map.of(Channel.SMS, Map.of("ru", MessageContent.sms("{name}, корм заканчивается? Ждём вас!"))),
                List.of(Channel.SMS), null, ChainStep.DEFAULT_CONVERSION_WINDOW_DAYS);
    }

    /**
     * The customer bought dog food on 15 January; the refill engine starts their reminder, and it goes out, on
     * 1 March (0.75 of the chain's 60 days: too few customers here for a learned cycle).
     */
    private void firstReminderTo(String customerKey) {
        shop.storeChains(reminders());
        buyAt(customerKey, "2027-01-15", "dogfood");
        shop.checkOn("2027-03-01");
        assertEquals(List.of("replenishment:dogfood/2027-01-15@2027-03-01"),
                shop.episodes(customerKey).stream().map(Episode::id).toList());
    }

    private void buyAt(String customerKey, String day, String... groups) {
        shop.clock.set(OffsetDateTime.parse(day + "T13:00:00+03:00").toInstant());
        shop.buysThroughTheStream(customerKey, day, "1500", groups);
    }

    @Test
    void coffeeLeavesTheReminderRunningAndDogFoodConvertsItAtOnce() {
        firstReminderTo("R-1");
        assertEquals(1, shop.smsTo("R-1").size(), "the first reminder");

        buyAt("R-1", "2027-03-03", "coffee");
        assertEquals(EpisodeStatus.ACTIVE, shop.episodes("R-1").getFirst().status(), "coffee does not end it");
        shop.checkOn("2027-03-08");
        assertEquals(2, shop.smsTo("R-1").size(), "the second reminder still goes out");

        buyAt("R-1", "2027-03-09", "coffee", "dogfood");

        Episode episode = shop.episodes("R-1").getFirst();
        assertEquals(EpisodeStatus.CONVERTED, episode.status(), "ended by the stats function as the sale is applied");
        assertEquals(1, episode.conversion().step());
        assertEquals("R-1-2027-03-09-1500", episode.conversion().saleId());
        assertEquals(Set.of(), shop.customer("R-1").openEpisodes(), "the mark is cleared");
    }

    @Test
    void theWorkerCreditsTheDogFoodNotTheCoffeeBeforeIt() {
        firstReminderTo("R-2");
        // Both receipts stored, neither applied yet by the stats function (stream lag): the worker judges them.
        Sale coffee = storedOnly("R-2", "2027-03-02", "300", "coffee");
        Sale dogFood = storedOnly("R-2", "2027-03-04", "1500", "dogfood");

        shop.checkOn("2027-03-08");

        Episode episode = shop.episodes("R-2").getFirst();
        assertEquals(EpisodeStatus.CONVERTED, episode.status());
        assertEquals(dogFood.saleId(), episode.conversion().saleId(), "not " + coffee.saleId());
        assertEquals(1, shop.smsTo("R-2").size(), "no second reminder");
        assertEquals(Set.of(), shop.customer("R-2").openEpisodes());
    }

    private Sale storedOnly(String customerKey, String day, String total, String group) {
        Sale sale = Shop.ofGroups(customerKey, day, total, group);
        shop.sales.record(sale, shop.clock.instant());
        return sale;
    }
}
