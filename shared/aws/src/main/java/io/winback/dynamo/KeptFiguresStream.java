package io.winback.dynamo;

import io.winback.chain.Episode;
import io.winback.chain.Touch;
import io.winback.report.reactivation.EpisodeFigures;
import io.winback.report.reactivation.KeptFigure;
import io.winback.retry.Backoff;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the campaign report's figures from the Chains table's stream: each write of a counted episode
 * ({@link DynamoEpisodes}) adds what its new state counts and takes away what its old one did ({@link EpisodeFigures},
 * the touches of the steps it moved past read back, final by then), so the workers write one item per change and no
 * transaction, and a batch's changes land on the few figures they touch in one transaction. Exactly once: the
 * transaction also puts a marker named by the batch's first record, holding the last sequence number it covers; a
 * batch delivered again (a retry, a bisected half, a longer one after a timeout) finds the marker and adds only the
 * records after it. A stream's records of one shard come in order, and a batch is one shard's.
 */
public final class KeptFiguresStream {
    /** The markers' partition; each expires two days on, when no record it names can be delivered any more. */
    static final String MARKERS = "kept#applied";
    private static final String LAST = "last";
    private static final Duration MARKER_KEPT = Duration.ofDays(2);
    /** TransactWriteItems takes 100 writes: the marker and at most this many figures. */
    private static final int FIGURES_PER_WRITE = 99;
    private static final int ATTEMPTS = 40;

    private final MeteredChainsTable chains;
    private final Clock clock;

    public KeptFiguresStream(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose, Clock clock) {
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
        this.clock = clock;
    }

    /**
     * One record of the stream: its event id and sequence number, {@code INSERT}, {@code MODIFY} or {@code REMOVE},
     * and the item before and after (null where there is none).
     */
    public record Change(String eventId, String sequenceNumber, String eventName, Map<String, AttributeValue> oldImage,
                         Map<String, AttributeValue> newImage) {
        /** A record as DynamoDB Streams' own API returns it (a test or the bench reading the stream itself). */
        public static Change of(software.amazon.awssdk.services.dynamodb.model.Record record) {
            var data = record.dynamodb();
            return new Change(record.eventID(), data.sequenceNumber(), record.eventNameAsString(),
                    data.hasOldImage() ? data.oldImage() : null, data.hasNewImage() ? data.newImage() : null);
        }

        public boolean isEpisode() {
            Map<String, AttributeValue> image = newImage != null ? newImage : oldImage;
            AttributeValue sk = image == null ? null : image.get(ChainsTable.SK);
            return sk != null && sk.s() != null && sk.s().startsWith(EpisodeItems.PREFIX);
        }
    }

    /** Adds one batch's changes (one shard's, in order) to the kept figures, once however often it is delivered. */
    public void apply(List<Change> batch) {
        int from = 0;
        while (from < batch.size()) {
            Map<KeptFigure.Key, Map<String, BigDecimal>> figures = new HashMap<>();
            int to = from;
            while (to < batch.size()) {
                Map<KeptFigure.Key, Map<String, BigDecimal>> change = changeOf(batch.get(to));
                // Counted before adding: a figure the record brings to zero still counts, so a write may hold fewer
                // than it could, never more.
                long added = change.keySet().stream().filter(key -> !figures.containsKey(key)).count();
                if (figures.size() + added > FIGURES_PER_WRITE && to > from) {
                    break;
                }
                EpisodeFigures.plus(figures, change, false);
                EpisodeFigures.tidy(figures);
                to++;
            }
            from = write(batch, from, to, figures);
        }
    }

    /**
     * Writes records {@code from} (inclusive) to {@code to} (exclusive) as counted, with their figures; where an
     * earlier delivery wrote them already, nothing. Returns where the next write starts.
     */
    private int write(List<Change> batch, int from, int to, Map<KeptFigure.Key, Map<String, BigDecimal>> figures) {
        Change first = batch.get(from);
        Change last = batch.get(to - 1);
        Map<String, AttributeValue> marker = new HashMap<>(Map.of(
                ChainsTable.PK, AttributeValue.fromS(MARKERS),
                ChainsTable.SK, AttributeValue.fromS(first.eventId()),
                LAST, AttributeValue.fromS(last.sequenceNumber()),
                DynamoAppliedSaleMarkers.EXPIRES_AT, AttributeValue.fromN(Long.toString(
                        clock.instant().plus(MARKER_KEPT).getEpochSecond()))));
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(p -> p.tableName(chains.table()).item(marker)
                .conditionExpression("attribute_not_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk", ChainsTable.PK))).build());
        figures.forEach((key, counters) -> writes.add(KeptFigureItems.add(key, counters, chains.table())));
        for (int attempt = 1; ; attempt++) {
            try {
                var response = chains.dynamo().transactWriteItems(b -> b.transactItems(writes)
                        .returnConsumedCapacity(chains.meter().perIndex()));
                if (response.hasConsumedCapacity()) {
                    response.consumedCapacity().forEach(consumed -> chains.meter().recordWrite(chains.purpose(),
                            consumed));
                }
                return to;
            } catch (TransactionCanceledException cancelled) {
                List<String> codes = cancelled.hasCancellationReasons() ? cancelled.cancellationReasons().stream()
                        .map(CancellationReason::code).toList() : List.of();
                if (!codes.isEmpty() && "ConditionalCheckFailed".equals(codes.getFirst())) {
                    return after(batch, from, coveredBy(first));
                }
                if (codes.stream().noneMatch("TransactionConflict"::equals) || attempt >= ATTEMPTS) {
                    throw cancelled;
                }
                Backoff.pause(attempt, 5, "adding a stream batch to the kept figures");
            }
        }
    }

    /** The last sequence number the marker of an earlier delivery, named by {@code first}, covers. */
    private BigInteger coveredBy(Change first) {
        Map<String, AttributeValue> marker = chains.get(Map.of(ChainsTable.PK, AttributeValue.fromS(MARKERS),
                ChainsTable.SK, AttributeValue.fromS(first.eventId())))
                .orElseThrow(() -> new IllegalStateException("a kept-figures marker vanished while it was read"));
        return new BigInteger(marker.get(LAST).s());
    }

    /** The first record from {@code from} on that comes after {@code covered}. */
    private static int after(List<Change> batch, int from, BigInteger covered) {
        int next = from;
        while (next < batch.size() && new BigInteger(batch.get(next).sequenceNumber()).compareTo(covered) <= 0) {
            next++;
        }
        return next;
    }

    /**
     * What one record changes: the new state's figures less the old one's, each counted if the item says so. Nothing
     * for a deletion (an erasure deletes an episode it has kept, counted, under the pseudonym), for a copy carried
     * to a pseudonym, for a write that is not an episode's, and for a write whose transaction counted it itself (an
     * episode written before the stream counted them).
     */
    private Map<KeptFigure.Key, Map<String, BigDecimal>> changeOf(Change change) {
        if (!change.isEpisode() || "REMOVE".equals(change.eventName()) || change.newImage() == null) {
            return Map.of();
        }
        Map<String, AttributeValue> after = change.newImage();
        Map<String, AttributeValue> before = change.oldImage();
        boolean countedByItsWriter = DynamoEpisodes.isTrue(after, DynamoEpisodes.KEPT)
                && !DynamoEpisodes.isTrue(after, DynamoEpisodes.TALLIED);
        if (countedByItsWriter || before == null && DynamoEpisodes.isTrue(after, DynamoEpisodes.CARRIED)) {
            return Map.of();
        }
        Episode was = before != null && DynamoEpisodes.isCounted(before) ? EpisodeItems.episode(before) : null;
        Episode is = DynamoEpisodes.isTrue(after, DynamoEpisodes.TALLIED) ? EpisodeItems.episode(after) : null;
        if (was == null && is == null) {
            return Map.of();
        }
        int steps = Math.max(was == null ? 0 : was.nextStep(), is == null ? 0 : is.nextStep());
        Episode any = is != null ? is : was;
        return EpisodeFigures.change(was, was == null || !DynamoEpisodes.isUncredited(before), is,
                is == null || !DynamoEpisodes.isUncredited(after), touchesOf(any, steps));
    }

    /** The episode's touches, read only when it has moved past a step (none count before). */
    private List<Touch> touchesOf(Episode episode, int steps) {
        if (steps <= 0) {
            return List.of();
        }
        return chains.partition(episode.customerKey(), TouchItems.PREFIX + episode.id() + "#", false).stream()
                .map(TouchItems::touch).toList();
    }
}
