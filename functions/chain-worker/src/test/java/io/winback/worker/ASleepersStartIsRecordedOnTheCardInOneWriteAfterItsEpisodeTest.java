package io.winback.worker;

import io.winback.chain.EpisodeStatus;
import io.winback.domain.SleepDecision;
import io.winback.dynamo.CapacityMeter;
import io.winback.testing.InterceptedDynamo;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sleeper's start costs the card one write: once the episode is stored with its first step taken, the card gets the
 * sleep decision, the episode's mark and the first step's bonus together (not a mark before, a grant, and a decision
 * after); a worker dying before that write leaves it all to the retry. A purchase applied in the
 * moment between the episode and that write finds no mark; the episode still ends at its next step, with nothing more
 * sent. The writes are read off the DynamoDB requests the real worker makes.
 */
class ASleepersStartIsRecordedOnTheCardInOneWriteAfterItsEpisodeTest {
    private final Shop shop = new Shop();
    private final io.winback.dynamo.DynamoBonusHistory history = new io.winback.dynamo.DynamoBonusHistory(
            LocalDynamo.client(), shop.config.chains().chainsTable(), CapacityMeter.NONE, "test");

    @Test
    void theDecisionAndTheMarkAreWrittenTogetherOnceTheEpisodeIsStored() {
        shop.buys("anna", "2026-09-30", "1000");
        List<String> writes = Collections.synchronizedList(new ArrayList<>());
        var worker = workerOn(InterceptedDynamo.of(LocalDynamo.client(), (request, real) -> {
            Object answer = real.call();
            describe(request).ifPresent(writes::add);
            return answer;
        }));

        runTheCheck(worker, "2026-12-05");

        String episodeId = shop.episodes("anna").getFirst().id();
        assertEquals(List.of("episode stored", "card decided, marked and granted"), writes,
                "no card write for the mark alone nor for the bonus alone: " + writes);
        var card = shop.customer("anna");
        assertEquals(SleepDecision.STARTED, card.sleepDecision().outcome());
        assertEquals(java.util.Set.of(episodeId), card.openEpisodes());
        assertEquals(1, card.bonuses().grants().size(), "the first step's bonus is on the ledger");
        assertEquals(1, shop.smsTo("anna").size());
    }

    @Test
    void aWorkerDyingBeforeTheCardsWriteLeavesTheDecisionAndTheBonusToTheRetry() {
        shop.buys("vera", "2026-09-30", "1000");
        var dying = workerDyingAtTheCardsWriteAfterTheEpisode();
        org.junit.jupiter.api.Assertions.assertThrows(EachTouchGoesOutAtMostOnceWhateverRetriesTest.WorkerDied.class,
                () -> runTheCheck(dying, "2026-12-05"));
        assertEquals(1, shop.episodes("vera").size(), "the episode was stored");
        assertEquals(0, shop.customer("vera").bonuses().grants().size(), "the card was not written");

        shop.checkOn("2026-12-06");

        var card = shop.customer("vera");
        assertEquals(SleepDecision.STARTED, card.sleepDecision().outcome(), "the next day's check listed it again");
        assertEquals(java.util.Set.of(shop.episodes("vera").getFirst().id()), card.openEpisodes());
        assertEquals(1, card.bonuses().grants().size(), "the bonus read back from the step's touch, granted once");
        assertEquals(1, shop.smsTo("vera").size(), "nothing sent again");
    }

    @Test
    void aWorkerDyingBeforeTheCardsWriteThenAPurchaseStillLeavesTheBonusOnTheLedger() {
        shop.buys("gleb", "2026-09-30", "1000");
        var dying = workerDyingAtTheCardsWriteAfterTheEpisode();
        var item = workOfTheCheck("2026-12-05");
        org.junit.jupiter.api.Assertions.assertThrows(EachTouchGoesOutAtMostOnceWhateverRetriesTest.WorkerDied.class,
                () -> dying.handleRequest(item, null));
        // The SMS did its work: the customer comes back before the queue delivers the work item again (the next
        // day's check no longer lists them: the purchase moved their sleep day).
        shop.buys("gleb", "2026-12-05", "700");

        shop.worker.handleRequest(item, null);
        shop.checkOn("2026-12-06");

        theBonusTheSmsNamedIsOnTheLedgerOnce("gleb");
    }

    @Test
    void aStepTakenByAWorkerThatDiedBeforeTheEpisodeIsGrantedWhateverIsDecidedLater() {
        shop.buys("dina", "2026-09-30", "1000");
        var dying = workerDyingAtTheEpisodesWrite();
        org.junit.jupiter.api.Assertions.assertThrows(EachTouchGoesOutAtMostOnceWhateverRetriesTest.WorkerDied.class,
                () -> runTheCheck(dying, "2026-12-05"));
        assertEquals(1, shop.smsTo("dina").size(), "the step went out");

        // The next run comes when the day is past the catch-up window: lost, no episode; the bonus is owed all the same.
        shop.checkOn("2027-02-01");

        assertEquals(SleepDecision.LOST, shop.customer("dina").sleepDecision().outcome());
        theBonusTheSmsNamedIsOnTheLedgerOnce("dina");
    }

    @Test
    void aRetryThatFindsAPurchaseEndsTheEpisodeAndStillGrantsTheBonusTheSmsNamed() {
        shop.buys("eva", "2026-09-30", "1000");
        var item = workOfTheCheck("2026-12-05");
        var dying = workerDyingAtTheEpisodesWrite();
        org.junit.jupiter.api.Assertions.assertThrows(EachTouchGoesOutAtMostOnceWhateverRetriesTest.WorkerDied.class,
                () -> dying.handleRequest(item, null));
        // Her receipt is stored; the stats have not applied it yet when the queue delivers the item again.
        shop.buysUnseenByTheStats("eva", "2026-12-05", "700");

        shop.worker.handleRequest(item, null);

        assertNotEquals(EpisodeStatus.ACTIVE, shop.episodes("eva").getFirst().status(), "the purchase ended it");
        theBonusTheSmsNamedIsOnTheLedgerOnce("eva");
    }

    @Test
    void aLaterStepsBonusLeftByADeadWorkerIsGrantedWhenThePurchaseEndsTheEpisode() {
        laterStepLeftByADeadWorkerThen("fyodor", () -> shop.buysUnseenByTheStats("fyodor", "2026-12-12", "700"));
    }

    @Test
    void aLaterStepsBonusLeftByADeadWorkerIsGrantedWhenTheStatsEndedTheEpisodeFirst() {
        // The usual order: the receipt reaches the stats function within a second, the work item minutes later.
        laterStepLeftByADeadWorkerThen("galina", () -> shop.buysThroughTheStream("galina", "2026-12-12", "700"));
        assertEquals(java.util.Set.of(), shop.customer("galina").openEpisodes(), "ended by the stats, unmarked");
    }

    /** Step 2 sent, the worker dies before its grant, then {@code purchase}, then the item is delivered again. */
    private void laterStepLeftByADeadWorkerThen(String customer, Runnable purchase) {
        shop.buys(customer, "2026-09-30", "1000");
        shop.checkOn("2026-12-05");
        var item = workOfTheCheck("2026-12-12");
        AtomicBoolean secondSent = new AtomicBoolean();
        var dying = workerOn(InterceptedDynamo.of(LocalDynamo.client(), (request, real) -> {
            if (secondSent.get() && describe(request).filter(w -> w.startsWith("card")).isPresent()) {
                throw new EachTouchGoesOutAtMostOnceWhateverRetriesTest.WorkerDied(); // before the grant
            }
            Object answer = real.call();
            if (request instanceof PutItemRequest put && put.item().get("sk") != null
                    && put.item().get("sk").s().endsWith("#1") && put.item().get("status") != null
                    && put.item().get("status").s().equals("sent")) {
                secondSent.set(true);
            }
            return answer;
        }));
        org.junit.jupiter.api.Assertions.assertThrows(EachTouchGoesOutAtMostOnceWhateverRetriesTest.WorkerDied.class,
                () -> dying.handleRequest(item, null));
        assertEquals(2, shop.smsTo(customer).size());
        assertEquals(1, shop.customer(customer).bonuses().grants().size(), "the second step's bonus not granted yet");
        purchase.run();

        shop.worker.handleRequest(item, null);

        assertNotEquals(EpisodeStatus.ACTIVE, shop.episodes(customer).getFirst().status(), "the purchase ended it");
        assertEquals(2, shop.customer(customer).bonuses().grants().size(), "both steps' bonuses on the ledger");
        assertEquals(2, shop.smsTo(customer).size(), "nothing sent again");
    }

    @Test
    void aPurchaseBetweenTheEpisodeAndTheCardsWriteEndsTheEpisodeAtItsNextStep() {
        shop.buys("boris", "2026-09-30", "1000");
        AtomicBoolean bought = new AtomicBoolean();
        var worker = workerOn(InterceptedDynamo.of(LocalDynamo.client(), (request, real) -> {
            Object answer = real.call();
            if (writesAnEpisode(request) && bought.compareAndSet(false, true)) {
                // The purchase is applied to the card right after the episode is stored, before the worker records it.
                shop.buys("boris", "2026-12-04", "700");
            }
            return answer;
        }));

        runTheCheck(worker, "2026-12-05");

        assertTrue(bought.get());
        var card = shop.customer("boris");
        assertNotEquals(SleepDecision.STARTED, card.sleepDecision() == null ? null : card.sleepDecision().outcome(),
                "the purchase started a new silence: the old day's decision is not recorded over it");
        assertEquals(java.util.Set.of(shop.episodes("boris").getFirst().id()), card.openEpisodes(),
                "the episode is marked all the same");
        assertEquals(1, shop.smsTo("boris").size());

        shop.checkOn("2026-12-19");

        assertEquals(1, shop.smsTo("boris").size(), "nothing more after the purchase");
        assertNotEquals(EpisodeStatus.ACTIVE, shop.episodes("boris").getFirst().status());
        assertEquals(java.util.Set.of(), shop.customer("boris").openEpisodes(), "the mark cleared with the end");
    }

    /** The one SMS went out once, and the bonus it named is on the ledger once, as the bonus history names it. */
    private void theBonusTheSmsNamedIsOnTheLedgerOnce(String customerKey) {
        var card = shop.customer(customerKey);
        assertEquals(1, card.bonuses().grants().size(), "the bonus the SMS named is on the ledger");
        assertEquals(List.of(card.bonuses().grants().getFirst()), history.of(customerKey).grants(),
                "the ledger and the history name it alike");
        assertEquals(1, shop.smsTo(customerKey).size(), "nothing sent again");
    }

    /** A worker that takes the first step, then dies as it stores the episode. */
    private ChainWorkerHandler workerDyingAtTheEpisodesWrite() {
        return workerOn(InterceptedDynamo.of(LocalDynamo.client(), (request, real) -> {
            if (writesAnEpisode(request)) {
                throw new EachTouchGoesOutAtMostOnceWhateverRetriesTest.WorkerDied();
            }
            return real.call();
        }));
    }

    /** A worker that stores the episode, then dies as it writes the card (decision, mark and bonus). */
    private ChainWorkerHandler workerDyingAtTheCardsWriteAfterTheEpisode() {
        AtomicBoolean stored = new AtomicBoolean();
        return workerOn(InterceptedDynamo.of(LocalDynamo.client(), (request, real) -> {
            if (stored.get() && describe(request).filter(w -> w.startsWith("card")).isPresent()) {
                throw new EachTouchGoesOutAtMostOnceWhateverRetriesTest.WorkerDied();
            }
            Object answer = real.call();
            if (writesAnEpisode(request)) {
                stored.set(true);
            }
            return answer;
        }));
    }

    /** The work the daily check of {@code day} queues, as one SQS delivery (to deliver again after a worker died). */
    private com.amazonaws.services.lambda.runtime.events.SQSEvent workOfTheCheck(String day) {
        shop.clock.set(Shop.at(day));
        shop.check.handleRequest(Map.of("scheduledTime", day + Shop.MOSCOW_10AM), null);
        var item = io.winback.sqs.SqsEvents.ofWorkItems(List.copyOf(shop.queue), "m-");
        shop.queue.clear();
        return item;
    }

    private ChainWorkerHandler workerOn(software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamo) {
        return new ChainWorkerHandler(dynamo, shop.config, shop.clock, new PlaybookConfigurations(), shop.outbox,
                shop.outbox, (key, channel) -> "http://localhost:8080/v1/unsubscribe?token=t", CapacityMeter.NONE);
    }

    private void runTheCheck(ChainWorkerHandler worker, String day) {
        shop.clock.set(Shop.at(day));
        shop.check.handleRequest(Map.of("scheduledTime", day + Shop.MOSCOW_10AM), null);
        List<io.winback.chain.WorkItem> items = List.copyOf(shop.queue);
        shop.queue.clear();
        worker.handleRequest(io.winback.sqs.SqsEvents.ofWorkItems(items, "m-"), null);
    }

    /** An episode's first write, or a write of the Customers table and what it records; nothing for other writes. */
    private java.util.Optional<String> describe(Object request) {
        if (writesAnEpisode(request)) {
            return java.util.Optional.of("episode stored");
        }
        Map<String, AttributeValue> card;
        if (request instanceof PutItemRequest put && put.tableName().equals(shop.config.customersTable())) {
            card = put.item();
        } else if (request instanceof UpdateItemRequest update
                && update.tableName().equals(shop.config.customersTable())) {
            return java.util.Optional.of("card written");
        } else {
            return java.util.Optional.empty();
        }
        List<String> what = new ArrayList<>();
        if (card.containsKey("sleepOutcome")) {
            what.add("decided");
        }
        if (card.containsKey("openEpisodes")) {
            what.add("marked");
        }
        if (card.containsKey("bonusGrants")) {
            what.add("granted");
        }
        return java.util.Optional.of(what.isEmpty() ? "card written" : "card " + String.join(", ", what)
                .replaceFirst(", (\\w+)$", " and $1"));
    }

    private static boolean writesAnEpisode(Object request) {
        if (request instanceof PutItemRequest put) {
            return isEpisode(put.item());
        }
        return request instanceof TransactWriteItemsRequest transaction
                && transaction.transactItems().stream().anyMatch(write -> write.put() != null
                && isEpisode(write.put().item()));
    }

    private static boolean isEpisode(Map<String, AttributeValue> item) {
        AttributeValue sortKey = item.get("sk");
        return sortKey != null && sortKey.s() != null && sortKey.s().startsWith("episode#");
    }
}
