package io.winback.worker;

import io.winback.chain.TouchStatus;
import io.winback.messages.SendResult;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The SMS gateway holds an SMS back at SNS's monthly spend limit (io.winback.sns.SnsSmsGateway answers
 * ChannelPaused with this reason, on moto in AnSmsPastTheMonthlySpendLimitWaitsInsteadOfGoingOutTest): the worker
 * sends nothing, loses nothing, counts the deferral on the episode, and sends the step the next day once the limit
 * has room.
 */
class AnSmsStepHeldBackAtTheSpendLimitGoesOutTheNextDayTest {

    @Test
    void theStepWaitsADayAndGoesOutOnce() {
        Shop shop = new Shop();
        shop.buys("C-1", "2026-09-30", "900");
        shop.outbox.answerWith(touchId -> new SendResult.ChannelPaused("SNS monthly SMS spend limit: spent 0.99 of 1 USD"));

        shop.checkOn("2026-12-05");

        assertEquals(0, shop.smsTo("C-1").size(), "nothing published past the limit");
        var episode = shop.episodes("C-1").getFirst();
        assertEquals(LocalDate.parse("2026-12-06"), episode.dueOn(), "deferred to the next day");
        assertEquals(Map.of(0, Map.of("channel_paused", 1)), episode.deferrals().byStep());
        assertEquals(TouchStatus.CLAIMED, shop.touches("C-1").getFirst().status(), "the touch waits, not marked sent");

        shop.outbox.answerWith(touchId -> null); // the limit raised, or a new month
        shop.checkOn("2026-12-06");
        shop.checkOn("2026-12-06");

        assertEquals(1, shop.smsTo("C-1").size(), "sent once, the next day");
        assertEquals(TouchStatus.SENT, shop.touches("C-1").getFirst().status());
    }
}
