package io.winback.worker;

import io.winback.chain.WorkItem;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoKeptFigures;
import io.winback.dynamo.DynamoStartedEpisodes;
import io.winback.report.reactivation.GroupTally;
import io.winback.report.reactivation.ReactivationTally;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The campaign report reads figures kept as episodes enter, touches settle and purchases convert, not the rows. Here
 * 60 customers fall asleep, a fifth held out; every work item of every run is delivered twice, by two workers at
 * the same moment; some come back within the bonus window (one buys twice, the stream batch of each purchase is
 * delivered twice), one in the holdout; the second step goes out a week later the same way. The figures kept then
 * equal, counter for counter, a full recount of the episodes and touches stored, the table's stream counted with every
 * batch delivered more than once.
 */
class TheKeptCampaignFiguresEqualAFullRecountWhateverRetriesTest {
    private static final int CUSTOMERS = 60;
    private final Shop shop = new Shop(Map.of(WinbackConfig.HOLDOUT_PERCENT, "20"));

    @Test
    void keptFiguresEqualTheRecountAfterRedeliveriesConcurrentWorkersAndConversions() throws Exception {
        for (int i = 0; i < CUSTOMERS; i++) {
            shop.buys("K-" + i, "2026-09-30", "900");
        }
        runTwiceAtOnce("2026-12-05");
        for (int i = 0; i < CUSTOMERS; i += 7) {
            shop.clock.set(Shop.at("2026-12-08"));
            var sale = shop.buysThroughTheStream("K-" + i, "2026-12-08", "1250");
            shop.throughTheStream(sale);
        }
        shop.buysThroughTheStream("K-7", "2026-12-09", "400");
        runTwiceAtOnce("2026-12-12");

        Map<String, Map<String, BigDecimal>> counted = counters(recountOfDecember());
        assertTrue(counted.get("sleep-1/treated/all").get("cv").intValue() >= 5, "conversions were counted: " + counted);
        assertTrue(counted.get("sleep-1/holdout/all").get("n").intValue() >= 5, "a holdout entered: " + counted);
        assertTrue(counted.containsKey("sleep-1/treated/1"), "the second step was taken: " + counted.keySet());
        assertEquals(counted, counters(keptOfDecember()));
    }

    /**
     * A new episode is stored once its first step is taken: a worker that dies right before that write has sent the
     * SMS and granted the bonus of a step no episode records yet. The redelivered item finds the touch, sends and
     * grants nothing again, stores the episode, and the kept figures count it once.
     */
    @Test
    void aWorkerDyingBeforeItStoresANewEpisodeLeavesItCountedOnceByTheRetry() {
        for (int i = 0; i < 10; i++) {
            shop.buys("D-" + i, "2026-09-30", "900");
        }
        var dying = io.winback.testing.InterceptedDynamo.of(LocalDynamo.client(), (request, real) -> {
            if (writesAnEpisode(request)) {
                throw new EachTouchGoesOutAtMostOnceWhateverRetriesTest.WorkerDied();
            }
            return real.call();
        });
        var worker = new ChainWorkerHandler(dying, shop.config, shop.clock, new PlaybookConfigurations(),
                shop.outbox, shop.outbox, (key, channel) -> "http://localhost:8080/v1/unsubscribe?token=t",
                CapacityMeter.NONE);
        shop.clock.set(Shop.at("2026-12-05"));
        shop.check.handleRequest(Map.of("scheduledTime", "2026-12-05" + Shop.MOSCOW_10AM), null);
        List<WorkItem> once = List.copyOf(shop.queue);
        shop.queue.clear();
        for (WorkItem item : once) {
            assertThrows(EachTouchGoesOutAtMostOnceWhateverRetriesTest.WorkerDied.class, () -> worker.handleRequest(
                    io.winback.sqs.SqsEvents.ofWorkItems(List.of(item), item.customerKey()), null));
        }
        int sent = shop.outbox.messages().size();
        assertTrue(sent >= 7, "the steps went out before the workers died: " + sent);
        for (int i = 0; i < 10; i++) {
            assertTrue(shop.episodes("D-" + i).isEmpty(), "no episode stored yet");
        }

        deliver(once);

        assertEquals(sent, shop.outbox.messages().size(), "nothing sent again");
        for (int i = 0; i < 10; i++) {
            assertEquals(1, shop.episodes("D-" + i).getFirst().nextStep(), "stored with its first step taken");
            assertTrue(shop.customer("D-" + i).bonuses().grants().size() <= 1, "granted at most once");
        }
        Map<String, Map<String, BigDecimal>> counted = counters(recountOfDecember());
        assertEquals(10, counted.get("sleep-1/treated/all").get("n").intValue()
                + counted.getOrDefault("sleep-1/holdout/all", Map.of("n", BigDecimal.ZERO)).get("n").intValue());
        assertEquals(counted, counters(keptOfDecember()));
    }

    /** December's episodes and touches counted again from the stored items. */
    private ReactivationTally recountOfDecember() {
        ReactivationTally recount = new ReactivationTally(null, null);
        new DynamoStartedEpisodes(LocalDynamo.client(), shop.config.chains().chainsTable(), CapacityMeter.NONE, "test")
                .forEach(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"), recount::add);
        return recount;
    }

    /**
     * December's kept figures, as the campaign report reads them, once the stream is counted: each shard's records in
     * batches as Lambda delivers them, every batch delivered again, the first time cut short (a batch that failed
     * after its write, delivered again from the same record with more behind it).
     */
    private ReactivationTally keptOfDecember() {
        String table = shop.config.chains().chainsTable();
        var reader = new io.winback.dynamo.KeptFiguresStream(LocalDynamo.client(), table, CapacityMeter.NONE, "test",
                shop.clock);
        for (var shard : io.winback.testing.ChainsStream.newChanges(table)) {
            for (int from = 0; from < shard.size(); from += io.winback.testing.ChainsStream.BATCH) {
                var batch = shard.subList(from, Math.min(shard.size(), from + io.winback.testing.ChainsStream.BATCH));
                reader.apply(batch.subList(0, (batch.size() + 1) / 2));
                reader.apply(batch);
                reader.apply(batch);
            }
        }
        ReactivationTally kept = new ReactivationTally(null, null);
        new DynamoKeptFigures(LocalDynamo.client(), shop.config.chains().chainsTable(), CapacityMeter.NONE, "test")
                .forEach(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"), kept::addKept);
        return kept;
    }

    /** A write (or a transaction holding one) of an episode item. */
    private static boolean writesAnEpisode(Object request) {
        if (request instanceof software.amazon.awssdk.services.dynamodb.model.PutItemRequest put) {
            return isEpisode(put.item());
        }
        return request instanceof software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest transaction
                && transaction.transactItems().stream().anyMatch(write -> write.put() != null
                && isEpisode(write.put().item()));
    }

    private static boolean isEpisode(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
        var sortKey = item.get("sk");
        return sortKey != null && sortKey.s() != null && sortKey.s().startsWith("episode#");
    }

    /** The check of {@code day}, its work items delivered twice, one copy each to two workers at the same moment. */
    private void runTwiceAtOnce(String day) throws Exception {
        shop.clock.set(Shop.at(day));
        shop.check.handleRequest(Map.of("scheduledTime", day + Shop.MOSCOW_10AM), null);
        List<WorkItem> once = List.copyOf(shop.queue);
        shop.queue.clear();
        var a = CompletableFuture.runAsync(() -> deliver(once));
        var b = CompletableFuture.runAsync(() -> deliver(once.reversed()));
        a.get();
        b.get();
        deliver(once);
    }

    private void deliver(List<WorkItem> items) {
        for (WorkItem item : items) {
            shop.worker.handleRequest(io.winback.sqs.SqsEvents.ofWorkItems(List.of(item), item.customerKey()), null);
        }
    }

    /** Every group's counters by chain, group and step ({@code all} for the whole chain), decimals compared by value. */
    private static Map<String, Map<String, BigDecimal>> counters(ReactivationTally tally) {
        Map<String, Map<String, BigDecimal>> all = new TreeMap<>();
        tally.chains().forEach((chain, groups) -> {
            put(all, chain + "/treated/all", groups.treated());
            put(all, chain + "/holdout/all", groups.holdout());
            for (int step : groups.steps()) {
                put(all, chain + "/treated/" + step, groups.treatedAt(step));
                put(all, chain + "/holdout/" + step, groups.holdoutAt(step));
            }
        });
        return all;
    }

    private static void put(Map<String, Map<String, BigDecimal>> all, String name, GroupTally group) {
        Map<String, BigDecimal> counters = new TreeMap<>();
        group.counters().forEach((counter, n) -> counters.put(counter, n.stripTrailingZeros()));
        all.put(name, counters);
    }
}
