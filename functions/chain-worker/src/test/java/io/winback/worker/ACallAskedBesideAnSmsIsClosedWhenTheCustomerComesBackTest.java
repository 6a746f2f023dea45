package io.winback.worker;

import io.winback.chain.Chain;
import io.winback.chain.ChainStep;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.Trigger;
import io.winback.tasks.CallTask;
import io.winback.tasks.CallTaskRule;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A step may send an SMS and ask staff to call as well: its touch ends `sent`, not `call_task`. When the customer
 * comes back, that call is closed as came_back too, so nobody phones a customer who has just bought.
 */
class ACallAskedBesideAnSmsIsClosedWhenTheCustomerComesBackTest {
    private final Shop shop = Shop.storingChains(Map.of());

    /** On the day: an SMS with a bonus and a call for staff within two days. */
    private static Chain greetAndCall() {
        ChainStep sms = BirthdayGreetings.smsStep(3, "300", 7);
        return new Chain("birthday", new Trigger.Birthday(3), null, List.of(new ChainStep(sms.offsetDays(),
                sms.bonus(), sms.messages(), sms.channels(), new CallTaskRule(2), sms.conversionWindowDays())));
    }

    @Test
    void theCustomerWhoBuysAfterTheSmsIsNotCalled() {
        shop.storeChains(greetAndCall(), BirthdayGreetings.sleepChain(7));
        BirthdayGreetings.buysBornOn(shop, "C-1", "2027-01-15", "1990-03-10");
        BirthdayGreetings.buysBornOn(shop, "C-2", "2027-01-15", "1990-03-10");
        shop.checkOn("2027-03-07");
        shop.checkOn("2027-03-10");
        assertEquals(2, shop.smsTo("C-1").size() + shop.smsTo("C-2").size(), "both greeted");
        assertEquals(2, shop.callTasks.openTasks(null, 10, null).tasks().size(), "staff are asked to call both");

        shop.clock.set(OffsetDateTime.parse("2027-03-11T13:00:00+03:00").toInstant());
        shop.buysThroughTheStream("C-1", "2027-03-11", "1500", "coffee");

        assertEquals(EpisodeStatus.CONVERTED, shop.episodes("C-1").getFirst().status());
        assertEquals(1, shop.callTasks.openTasks(null, 10, null).tasks().size(), "C-2's call stays");
        var done = shop.callTasks.tasks(CallTask.DONE, null, 10, null).tasks();
        assertEquals(1, done.size(), "C-1's call is closed");
        assertEquals("came_back", done.getFirst().outcome());
    }
}
