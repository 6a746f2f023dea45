package io.winback.worker;

import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.messages.SendResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A retry, a re-run, two runs at once, a worker dying after the claim or after the send, a provider throttling
 * or failing: every touch goes out at most once, and only an answer that proves nothing was sent is retried.
 */
class EachTouchGoesOutAtMostOnceWhateverRetriesTest {
    private final Shop shop = new Shop();

    /** What a Lambda instance dying mid-invocation looks like to the code: nothing after this line runs. */
    static final class WorkerDied extends Error {
    }

    @Test
    void theCheckRunTwiceForOneTimeSendsOnce() {
        shop.buys("C-1", "2026-09-30", "900");
        shop.checkOn("2026-12-05");
        shop.checkOn("2026-12-05");
        shop.checkAt("2026-12-05T10:00:00+03:00");
        assertEquals(1, shop.smsTo("C-1").size());
        assertEquals(1, shop.customer("C-1").bonuses().grants().size());
    }

    @Test
    void twoRunsAtOnceSendOnce() throws Exception {
        for (int i = 0; i < 20; i++) {
            shop.buys("C-" + i, "2026-09-30", "900");
        }
        shop.check.handleRequest(java.util.Map.of("scheduledTime", "2026-12-05T10:00:00+03:00"), null);
        List<io.winback.chain.WorkItem> once = List.copyOf(shop.queue);
        shop.queue.addAll(once);
        List<io.winback.chain.WorkItem> twice = List.copyOf(shop.queue);
        shop.queue.clear();
        // Two workers take the same items at the same moment.
        var a = CompletableFuture.runAsync(() -> deliver(twice.subList(0, once.size())));
        var b = CompletableFuture.runAsync(() -> deliver(twice.subList(once.size(), twice.size())));
        a.get();
        b.get();
        assertEquals(20, shop.outbox.messages().size(), "one SMS per customer");
        for (int i = 0; i < 20; i++) {
            assertEquals(1, shop.customer("C-" + i).bonuses().grants().size());
        }
    }

    @Test
    void aWorkerDyingAfterTheSendLeavesTheTouchUnknownAndNeverResends() {
        shop.buys("C-1", "2026-09-30", "900");
        AtomicInteger calls = new AtomicInteger();
        shop.outbox.answerWith(touchId -> {
            calls.incrementAndGet();
            throw new WorkerDied();
        });
        assertThrows(WorkerDied.class, () -> shop.checkOn("2026-12-05"));
        shop.outbox.answerWith(touchId -> null);

        shop.checkOn("2026-12-05");
        assertEquals(TouchStatus.SENDING, shop.touches("C-1").getFirst().status(),
                "a minute later its worker may still be in the call: left alone");
        shop.checkAt("2026-12-05T10:00:00+03:00", java.time.Duration.ofMinutes(3));

        assertEquals(1, calls.get());
        assertEquals(0, shop.outbox.messages().size(), "maybe sent: never sent again");
        Touch touch = shop.touches("C-1").getFirst();
        assertEquals(TouchStatus.UNKNOWN, touch.status());
        assertEquals(1, shop.episodes("C-1").getFirst().nextStep(), "the chain goes on");
    }

    @Test
    void aWorkerDyingAfterTheClaimSendsOnTheRetry() {
        shop.buys("C-1", "2026-09-30", "900");
        shop.outbox.answerWith(touchId -> {
            throw new WorkerDied();
        });
        assertThrows(WorkerDied.class, () -> shop.checkOn("2026-12-05"));
        shop.outbox.answerWith(touchId -> null);
        // Back to where a worker that died right after claiming would have left it.
        Touch sending = shop.touches("C-1").getFirst();
        shop.touchStore.advance(sending.with(TouchStatus.CLAIMED, null, null), TouchStatus.SENDING);

        shop.checkOn("2026-12-05");

        assertEquals(1, shop.smsTo("C-1").size());
        assertEquals(TouchStatus.SENT, shop.touches("C-1").getFirst().status());
        assertEquals(1, shop.customer("C-1").bonuses().grants().size(), "the grant is not repeated");
    }

    @Test
    void throttlingIsRetriedAndNothingGoesTwice() {
        shop.buys("C-1", "2026-09-30", "900");
        AtomicInteger calls = new AtomicInteger();
        shop.outbox.answerWith(touchId -> calls.incrementAndGet() <= TouchSender.THROTTLE_ATTEMPTS
                ? new SendResult.NotSent("Throttling", true) : null);

        List<String> failed = shop.checkOn("2026-12-05");
        assertEquals(1, failed.size(), "still throttled: the item goes back to the queue");
        assertEquals(TouchStatus.CLAIMED, shop.touches("C-1").getFirst().status());

        shop.checkOn("2026-12-05");
        assertEquals(1, shop.smsTo("C-1").size());
        assertEquals(TouchSender.THROTTLE_ATTEMPTS + 1, calls.get());
    }

    @Test
    void anAmbiguousFailureIsUnknownAndAPermanentOneIsFailed() {
        shop.buys("C-1", "2026-09-30", "900");
        shop.buys("C-2", "2026-09-30", "900");
        AtomicInteger calls = new AtomicInteger();
        shop.outbox.answerWith(touchId -> {
            calls.incrementAndGet();
            return touchId.startsWith(shop.refOf("C-1") + "/")
                    ? new SendResult.Unknown("SocketTimeoutException") : new SendResult.NotSent("InvalidParameter", false);
        });
        shop.checkOn("2026-12-05");
        shop.checkOn("2026-12-05");
        assertEquals(2, calls.get(), "one call per touch, no retries");
        assertEquals(TouchStatus.UNKNOWN, shop.touches("C-1").getFirst().status());
        assertEquals(TouchStatus.FAILED, shop.touches("C-2").getFirst().status());
    }

    private void deliver(List<io.winback.chain.WorkItem> items) {
        for (var item : items) {
            shop.worker.handleRequest(io.winback.sqs.SqsEvents.ofWorkItems(List.of(item), item.customerKey()), null);
        }
    }
}
