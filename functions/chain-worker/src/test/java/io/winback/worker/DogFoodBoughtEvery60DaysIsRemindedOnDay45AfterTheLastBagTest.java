package io.winback.worker;

import io.winback.chain.BonusOffer;
import io.winback.chain.Chain;
import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.chain.Episode;
import io.winback.chain.Trigger;
import io.winback.messages.MessageContent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forty regulars buy a bag of dog food every 60 days (four bags each, their first bags a day apart), so the shop
 * learns a 60-day cycle from 120 intervals; a refill chain at 0.75 of the cycle reminds each one on day 45 after
 * their own last bag, once, through the real stats function, check and worker, the daily check run every day. One
 * who buys a bag early (day 40 of the cycle) is reminded 45 days after that bag instead; one who buys every 30 days
 * is reminded near day 23; a group with too little evidence and no cycleDays reminds nobody.
 */
class DogFoodBoughtEvery60DaysIsRemindedOnDay45AfterTheLastBagTest {
    private static final String TEXT = "{name}, {group} заканчивается? Ждём вас!";
    private final Shop shop = Shop.storingChains(Map.of());

    private static Chain refill(String id, String group, String remindAt) {
        return new Chain(id, new Trigger.Replenishment(group, new BigDecimal(remindAt), null), null, List.of(
                new ChainStep(0, new BonusOffer(new BigDecimal("150"), 10),
                        Map.of(Channel.SMS, Map.of("ru", MessageContent.sms(TEXT))), List.of(Channel.SMS), null,
                        ChainStep.DEFAULT_CONVERSION_WINDOW_DAYS)));
    }

    private record Bag(String customerKey, LocalDate day, String group) {
    }

    private void buy(List<Bag> bags) {
        bags.stream().sorted(Comparator.comparing(Bag::day)).forEach(bag -> {
            shop.clock.set(OffsetDateTime.parse(bag.day() + "T13:00:00+03:00").toInstant());
            shop.buysThroughTheStream(bag.customerKey(), bag.day().toString(), "1200", bag.group());
        });
    }

    private static List<Bag> every(String customerKey, String group, LocalDate first, int days, int bags) {
        List<Bag> out = new ArrayList<>();
        for (int i = 0; i < bags; i++) {
            out.add(new Bag(customerKey, first.plusDays((long) days * i), group));
        }
        return out;
    }

    @Test
    void eachRegularIsRemindedOnTheirOwnDay45Once() {
        shop.storeChains(refill("dogfood-refill", "dogfood", "0.75"), refill("catfood-refill", "catfood", "0.75"));
        LocalDate start = LocalDate.parse("2027-01-04");
        List<Bag> bags = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            bags.addAll(every("D-" + i, "dogfood", start.plusDays(i), 60, 4));
        }
        bags.addAll(every("EARLY", "dogfood", start, 60, 3));
        bags.add(new Bag("EARLY", start.plusDays(120 + 40), "dogfood"));
        bags.addAll(every("TWO-DOGS", "dogfood", start, 30, 5));
        bags.addAll(every("CAT-1", "catfood", start, 30, 3));
        bags.addAll(every("CAT-2", "catfood", start, 30, 3));
        buy(bags);

        LocalDate lastOfAll = start.plusDays(39 + 180);
        for (LocalDate day = start.plusDays(120 + 20); !day.isAfter(lastOfAll.plusDays(50)); day = day.plusDays(1)) {
            shop.checkOn(day.toString());
        }

        for (int i = 0; i < 40; i++) {
            String key = "D-" + i;
            LocalDate lastBag = start.plusDays(i + 180);
            List<Episode> episodes = shop.episodes(key);
            assertEquals(1, episodes.size(), key + ": one reminder per cycle");
            assertEquals("replenishment:dogfood/" + lastBag + "@" + lastBag.plusDays(45), episodes.getFirst().id(),
                    key + ": on day 45 after their own last bag");
            if (!episodes.getFirst().holdout()) {
                assertEquals(1, shop.smsTo(key).size(), key);
                assertTrue(shop.smsTo(key).getFirst().text().contains("dogfood заканчивается"),
                        shop.smsTo(key).getFirst().text());
            } else {
                assertEquals(List.of(), shop.smsTo(key), key + " is held back");
            }
        }
        LocalDate earlyBag = start.plusDays(160);
        assertEquals(List.of("replenishment:dogfood/" + earlyBag + "@" + earlyBag.plusDays(45)),
                shop.episodes("EARLY").stream().map(Episode::id).toList(),
                "the bag bought on day 40 moved the reminder: none on day 45 of the cycle before");
        LocalDate twoDogsLast = start.plusDays(120);
        List<Episode> twoDogs = shop.episodes("TWO-DOGS");
        assertEquals(1, twoDogs.size());
        long day = LocalDate.parse(twoDogs.getFirst().id().substring(twoDogs.getFirst().id().indexOf('@') + 1))
                .toEpochDay() - twoDogsLast.toEpochDay();
        assertTrue(day >= 22 && day <= 24, "their own four 30-day intervals dominate: day " + day);
        assertEquals(List.of(), shop.episodes("CAT-1"), "catfood: 4 intervals from 2 customers, no cycleDays");
        assertEquals(List.of(), shop.episodes("CAT-2"));
    }
}
