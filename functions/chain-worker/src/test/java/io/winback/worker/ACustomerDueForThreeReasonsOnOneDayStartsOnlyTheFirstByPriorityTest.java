package io.winback.worker;

import io.winback.chain.BonusOffer;
import io.winback.chain.Chain;
import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.chain.Episode;
import io.winback.chain.Trigger;
import io.winback.domain.Sale;
import io.winback.domain.SleepDecision;
import io.winback.messages.MessageContent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Olga bought one bag of dog food on 4 January: on 11 March she falls asleep (one purchase: day 66), her dog food
 * runs low (0.75 of an 88-day cycle: day 66) and her birthday is 3 days ahead, all on one day. The check queues her
 * three occasions as one work item and the worker starts one episode, the chain of the lowest priority: by default
 * the refill; the birthday greeting and the sleep day, finding her in it, lapse. With the birthday chain set to
 * priority 1 and the refill to 5, the birthday starts instead, and the refill waits a day at a time until the
 * greeting's episode is over, then goes out within the week.
 */
class ACustomerDueForThreeReasonsOnOneDayStartsOnlyTheFirstByPriorityTest {
    private final Shop shop = Shop.storingChains(Map.of());

    private static Chain refill(int priority) {
        return new Chain("dogfood-refill", new Trigger.Replenishment("dogfood", new BigDecimal("0.75"), 88), null,
                List.of(sms("{name}, корм заканчивается?", null)), priority);
    }

    private static Chain birthday(int priority) {
        return new Chain("birthday", new Trigger.Birthday(3), null,
                List.of(sms("{name}, с днём рождения!", new BonusOffer(new BigDecimal("300"), 2))), priority);
    }

    private static ChainStep sms(String text, BonusOffer bonus) {
        return new ChainStep(0, bonus, Map.of(Channel.SMS, Map.of("ru", MessageContent.sms(text))),
                List.of(Channel.SMS), null, 2);
    }

    private void olgaBuysDogFood() {
        shop.clock.set(OffsetDateTime.parse("2027-01-04T13:00:00+03:00").toInstant());
        Sale bag = Shop.ofGroups("OLGA", "2027-01-04", "1400", "dogfood");
        shop.throughTheStream(new Sale(bag.saleId(), bag.type(), null, bag.storeId(), bag.occurredAt(),
                BirthdayGreetings.bornOn("OLGA", "1988-03-14"), bag.lines(), bag.total(), bag.currency(),
                bag.bonusRedeemed()));
    }

    private List<String> episodeIds() {
        return shop.episodes("OLGA").stream().map(Episode::id).sorted().toList();
    }

    @Test
    void byDefaultTheRefillStartsAndTheBirthdayAndTheSleepDayLapse() {
        // The triggers' own priorities: the chains are made without one.
        Chain refill = refill(Chain.MAX_PRIORITY);
        Chain birthday = birthday(Chain.MAX_PRIORITY);
        shop.storeChains(new Chain(refill.id(), refill.trigger(), null, refill.steps()),
                new Chain(birthday.id(), birthday.trigger(), null, birthday.steps()), BirthdayGreetings.sleepChain(14));
        olgaBuysDogFood();

        shop.checkOn("2027-03-11");
        shop.checkOn("2027-03-11");

        assertEquals(List.of("replenishment:dogfood/2027-01-04@2027-03-11"), episodeIds(),
                "one episode, the refill's; a re-run starts nothing more");
        assertEquals(1, shop.smsTo("OLGA").size());
        assertTrue(shop.smsTo("OLGA").getFirst().text().contains("корм"), shop.smsTo("OLGA").getFirst().text());
        assertEquals(new SleepDecision(LocalDate.parse("2027-03-11"), SleepDecision.IN_EPISODE),
                shop.customer("OLGA").sleepDecision(), "the sleep day lapsed, counted as in_episode");
    }

    @Test
    void aBirthdayChainOfPriorityOneGoesFirstAndTheRefillWaitsItsTurn() {
        shop.storeChains(refill(5), birthday(1), BirthdayGreetings.sleepChain(14));
        olgaBuysDogFood();

        shop.checkOn("2027-03-11");
        assertEquals(List.of("birthday@2027-03-14"), episodeIds());
        assertEquals(1, shop.smsTo("OLGA").size());

        for (String day : List.of("2027-03-12", "2027-03-13", "2027-03-14", "2027-03-15", "2027-03-16")) {
            shop.checkOn(day);
        }
        List<String> ids = episodeIds();
        assertEquals(2, ids.size(), ids.toString());
        String refillId = ids.get(1);
        assertTrue(refillId.startsWith("replenishment:dogfood/2027-01-04@"), refillId);
        assertTrue(refillId.compareTo("replenishment:dogfood/2027-01-04@2027-03-14") >= 0,
                "started once the greeting's episode (a 2-day bonus) was over: " + refillId);
    }
}
