package io.winback.worker;

import io.winback.chain.Chain;
import io.winback.chain.ChainStep;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.Trigger;
import io.winback.tasks.CallTaskRule;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A purchase ends an episode of any trigger as the stats function applies it, not when its next step comes due: the
 * card is marked when an episode starts, so the real stats function knows, from the card it reads anyway, whose
 * purchase to judge. A birthday chain asks staff to call 3 days before and greets by SMS on the day: the customer who
 * buys the next day is converted at once, staff's task closed as came_back, the mark cleared, and no greeting goes
 * out. A sleeping customer's chain is ended at once as before.
 */
class ABirthdayEpisodeIsEndedAtOnceByAPurchaseAsASleepersIsTest {
    private final Shop shop = Shop.storingChains(Map.of());

    /** A call 3 days before (a week for a purchase to convert), then an SMS with a bonus on the day. */
    private static Chain callThenGreet() {
        return new Chain("birthday", new Trigger.Birthday(3), null, List.of(
                new ChainStep(0, null, Map.of(), List.of(), new CallTaskRule(2), 7),
                BirthdayGreetings.smsStep(3, "300", 3)));
    }

    private void buyAt(String customerKey, String day) {
        shop.clock.set(OffsetDateTime.parse(day + "T13:00:00+03:00").toInstant());
        shop.buysThroughTheStream(customerKey, day, "1500", "coffee");
    }

    @Test
    void aBirthdayCustomerWhoBuysIsConvertedAtOnceAndTheirCallTaskClosed() {
        shop.storeChains(callThenGreet(), BirthdayGreetings.sleepChain(7));
        BirthdayGreetings.buysBornOn(shop, "C-1", "2027-01-15", "1990-03-10");
        BirthdayGreetings.buysBornOn(shop, "C-2", "2027-01-15", "1990-03-10");
        shop.checkOn("2027-03-07");
        assertEquals(2, shop.callTasks.openTasks(null, 10, null).tasks().size(), "staff are asked to call both");
        assertEquals(List.of("День рождения 10.03.2027", "День рождения 10.03.2027"), shop.callTasks
                        .openTasks(null, 10, null).tasks().stream().map(io.winback.tasks.CallTask::reason).toList(),
                "the reason is the birthday, not the last visit");
        assertEquals(Set.of("birthday@2027-03-10"), shop.customer("C-1").openEpisodes(), "the card is marked");

        buyAt("C-1", "2027-03-08");

        var episode = shop.episodes("C-1").getFirst();
        assertEquals(EpisodeStatus.CONVERTED, episode.status(), "ended by the stats function, before any worker run");
        assertEquals(0, episode.conversion().step());
        assertEquals(Set.of(), shop.customer("C-1").openEpisodes(), "the mark is cleared");
        var open = shop.callTasks.openTasks(null, 10, null).tasks();
        assertEquals(1, open.size(), "C-1's task is closed as came_back; C-2's stays");
        var done = shop.callTasks.tasks(io.winback.tasks.CallTask.DONE, null, 10, null).tasks();
        assertEquals(1, done.size());
        assertEquals("came_back", done.getFirst().outcome());

        shop.checkOn("2027-03-10");
        assertEquals(List.of(), shop.smsTo("C-1"), "nothing more after the purchase");
        assertEquals(1, shop.smsTo("C-2").size(), "who did not buy is greeted on the day");
    }

    @Test
    void aSleeperWhoBuysIsStillConvertedAtOnce() {
        shop.storeChains(callThenGreet(), BirthdayGreetings.sleepChain(7));
        shop.buys("S-1", "2026-12-31", "900");
        shop.checkOn("2027-03-07");
        assertEquals(1, shop.smsTo("S-1").size(), "day 66: the sleep SMS");

        buyAt("S-1", "2027-03-08");

        var episode = shop.episodes("S-1").getFirst();
        assertEquals("fell-asleep@2027-03-07", episode.id());
        assertEquals(EpisodeStatus.CONVERTED, episode.status(), "ended by the stats function, before any worker run");
        assertEquals(Set.of(), shop.customer("S-1").openEpisodes());
    }
}
