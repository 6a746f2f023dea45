package io.winback.dynamo;

import io.winback.chain.Episode;
import io.winback.chain.Episodes;
import io.winback.report.reactivation.EpisodeFigures;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Episodes in the Chains table, in the customer's partition beside their touches, so "this customer's story" is one
 * Query; the due index is sparse, so the daily check reads only what is due. An episode's figures for the campaign
 * report are counted from the table's stream ({@link KeptFiguresStream}): every write here is one conditional write
 * of the episode (a transaction only when a conversion moves another episode's credit), and the item says whether it
 * counts ({@code tallied}) and whether its purchase is credited to it, which is all the stream's reader needs.
 */
public final class DynamoEpisodes implements Episodes {
    /**
     * On an episode whose figures were added to the kept figures in the transaction that wrote it (before the stream
     * counted them): its writes are not counted again from the stream, and it counts as counted.
     */
    static final String KEPT = "kept";
    /** On an episode the stream's reader counts: each write's change of its figures is added from the stream. */
    static final String TALLIED = "tallied";
    /** On an episode copied under an erased customer's pseudonym: already counted under its first key. */
    static final String CARRIED = "carried";
    /** On a counted episode whose purchase is credited to another it entered before: counted as not converted. */
    static final String UNCREDITED = "uncredited";
    private final MeteredChainsTable chains;
    private final ShardedDayIndex dueIndex;

    public DynamoEpisodes(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
        this.dueIndex = new ShardedDayIndex(dynamo, table, ChainsTable.BY_DUE, ChainsTable.DUE_SHARD,
                ChainsTable.DUE_ON, ChainsTable.DUE_SHARDS, meter, purpose);
    }

    @Override
    public Optional<Episode> episode(String customerKey, String episodeId) {
        return chains.get(EpisodeItems.key(customerKey, episodeId)).map(EpisodeItems::episode);
    }

    @Override
    public List<Episode> episodesOf(String customerKey) {
        return chains.partition(customerKey, EpisodeItems.PREFIX, false).stream().map(EpisodeItems::episode).toList();
    }

    /**
     * A new episode (no step taken yet) is stored counted. One stored with a past (a step taken, an end: an import, a
     * test's rows) is stored uncounted, as if before figures were kept: its touches come after it, and
     * {@link #countIfUncounted} or its next save counts it whole.
     */
    @Override
    public boolean start(Episode episode) {
        if (episode.nextStep() > 0 || !episode.isActive()) {
            return chains.putIfAbsent(EpisodeItems.item(episode, 1));
        }
        return chains.putIfAbsent(tallied(EpisodeItems.item(episode, 1)));
    }

    @Override
    public boolean startWithSteps(Episode episode) {
        if (episode.nextStep() == 0 && episode.isActive()) {
            return start(episode);
        }
        return writeCounted(episode, tallied(EpisodeItems.item(episode, 1)), null);
    }

    @Override
    public boolean saveIfUnchanged(Episode episode) {
        AttributeValue read = AttributeValue.fromN(Long.toString(episode.version()));
        return writeCounted(episode, tallied(EpisodeItems.item(episode, episode.version() + 1)), read);
    }

    /**
     * Writes {@code item}, the episode {@code after}, if it is still at the version {@code read} (null: if absent),
     * marked credited or not; when that moves the credit of the customer's other counted episodes (one purchase, one
     * episode), their marks move in the same transaction.
     */
    private boolean writeCounted(Episode after, Map<String, AttributeValue> item, AttributeValue read) {
        Credits credits = credits(after);
        if (!credits.credited(after)) {
            item.put(UNCREDITED, AttributeValue.fromBool(true));
        }
        List<TransactWriteItem> others = credits.recredit(after);
        if (others.isEmpty()) {
            return read == null ? chains.putIfAbsent(item) : chains.putIfStill(item, EpisodeItems.VERSION, read);
        }
        List<TransactWriteItem> changes = new ArrayList<>();
        changes.add(read == null
                ? put(item, "attribute_not_exists(#pk)", Map.of("#pk", ChainsTable.PK), Map.of())
                : put(item, "#v = :v", Map.of("#v", EpisodeItems.VERSION), Map.of(":v", read)));
        changes.addAll(others);
        return chains.transactIf(changes);
    }

    /**
     * Stores {@code copy} (an erased customer's episode under its pseudonym) unless it is there already, without
     * counting it again: it carries over whether {@code original} was counted, marked as carried so the stream's
     * reader does not count it a second time, and the original is then deleted without being taken back (the reader
     * takes nothing back for a deletion), so the figures do not move.
     */
    @Override
    public boolean keepAs(Episode original, Episode copy) {
        Map<String, AttributeValue> item = EpisodeItems.item(copy, Math.max(1, copy.version()));
        chains.get(EpisodeItems.key(original.customerKey(), original.id())).filter(DynamoEpisodes::isCounted)
                .ifPresent(stored -> {
                    tallied(item);
                    item.put(CARRIED, AttributeValue.fromBool(true));
                    if (isUncredited(stored)) {
                        item.put(UNCREDITED, AttributeValue.fromBool(true));
                    }
                });
        return chains.putIfAbsent(item);
    }

    /**
     * Marks the stored episode counted if it is not yet (stored before figures were kept), so the stream's reader
     * counts it whole: the one-time backfill's step, safe to repeat and to run beside the workers (conditional on the
     * version read and on not being counted). True if this call marked it.
     */
    public boolean countIfUncounted(String customerKey, String episodeId) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Optional<Map<String, AttributeValue>> stored = chains.get(EpisodeItems.key(customerKey, episodeId));
            if (stored.isEmpty() || isCounted(stored.get())) {
                return false;
            }
            Episode episode = EpisodeItems.episode(stored.get());
            Credits credits = credits(episode);
            TransactWriteItem mark = TransactWriteItem.builder().update(u -> u.tableName(chains.table())
                    .key(EpisodeItems.key(customerKey, episodeId))
                    .updateExpression("SET #t = :true, #u = :uncredited")
                    .conditionExpression("#v = :v AND attribute_not_exists(#k) AND attribute_not_exists(#t)")
                    .expressionAttributeNames(Map.of("#k", KEPT, "#t", TALLIED, "#v", EpisodeItems.VERSION,
                            "#u", UNCREDITED))
                    .expressionAttributeValues(Map.of(":true", AttributeValue.fromBool(true),
                            ":uncredited", AttributeValue.fromBool(!credits.credited(episode)),
                            ":v", stored.get().get(EpisodeItems.VERSION)))).build();
            List<TransactWriteItem> changes = new ArrayList<>(List.of(mark));
            changes.addAll(credits.recredit(episode));
            if (chains.transactIf(changes)) {
                return true;
            }
        }
        throw new IllegalStateException("episode kept changing while it was counted");
    }

    @Override
    public List<DueEpisode> dueBy(LocalDate day) {
        return dueIndex.upTo(day, keys -> {
            String pk = keys.get(ChainsTable.PK).s();
            return new DueEpisode(pk.substring(pk.indexOf('#') + 1),
                    keys.get(ChainsTable.SK).s().substring(EpisodeItems.PREFIX.length()));
        });
    }

    @Override
    public void deleteEpisode(String customerKey, String episodeId) {
        chains.delete(EpisodeItems.key(customerKey, episodeId));
    }

    /**
     * One purchase, one episode: the customer's other counted episodes, read when the episode holds a conversion, to
     * tell whether its purchase is credited to it (no episode entered before it converted with the same sale) and
     * which later ones' credit it moves ({@link Credits#recredit}). An episode's conversion is set as it ends and an
     * ended episode is not saved again, so a save never takes a conversion away.
     */
    private Credits credits(Episode after) {
        if (after.conversion() == null) {
            return new Credits(List.of());
        }
        List<Map<String, AttributeValue>> items = chains.partition(after.customerKey(), EpisodeItems.PREFIX, false)
                .stream().filter(item -> !EpisodeItems.episode(item).id().equals(after.id())).toList();
        return new Credits(items);
    }

    private final class Credits {
        private final List<Map<String, AttributeValue>> others;

        Credits(List<Map<String, AttributeValue>> others) {
            this.others = others;
        }

        boolean credited(Episode episode) {
            return EpisodeFigures.credited(episode, others.stream().map(EpisodeItems::episode).toList());
        }

        /**
         * A conditional update of each counted episode entered after {@code saved} whose credit the saved state moves
         * (it now holds, or no longer holds, the same purchase): marked so, its version moved on (a save of it in
         * between reads again); the stream's reader moves its conversion's figures with the mark.
         */
        List<TransactWriteItem> recredit(Episode saved) {
            List<TransactWriteItem> changes = new ArrayList<>();
            for (Map<String, AttributeValue> item : others) {
                Episode other = EpisodeItems.episode(item);
                if (!isCounted(item) || other.conversion() == null || !EpisodeFigures.enteredBefore(saved, other)) {
                    continue;
                }
                List<Episode> view = new ArrayList<>(others.stream().map(EpisodeItems::episode)
                        .filter(e -> !e.id().equals(other.id())).toList());
                view.add(saved);
                boolean now = EpisodeFigures.credited(other, view);
                if (now == !isUncredited(item)) {
                    continue;
                }
                changes.add(TransactWriteItem.builder().update(u -> u.tableName(chains.table())
                        .key(EpisodeItems.key(other.customerKey(), other.id()))
                        .updateExpression("SET #u = :u, #v = :next")
                        .conditionExpression("#v = :v")
                        .expressionAttributeNames(Map.of("#u", UNCREDITED, "#v", EpisodeItems.VERSION))
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromBool(!now),
                                ":v", item.get(EpisodeItems.VERSION),
                                ":next", AttributeValue.fromN(Long.toString(other.version() + 1))))).build());
            }
            return changes;
        }
    }

    static boolean isUncredited(Map<String, AttributeValue> item) {
        return isTrue(item, UNCREDITED);
    }

    /** Counted, by the stream's reader or (before it) by the transaction that wrote it. */
    static boolean isCounted(Map<String, AttributeValue> item) {
        return isTrue(item, KEPT) || isTrue(item, TALLIED);
    }

    static boolean isTrue(Map<String, AttributeValue> item, String attribute) {
        AttributeValue mark = item.get(attribute);
        return mark != null && Boolean.TRUE.equals(mark.bool());
    }

    private static Map<String, AttributeValue> tallied(Map<String, AttributeValue> item) {
        item.put(TALLIED, AttributeValue.fromBool(true));
        return item;
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition, Map<String, String> names,
                                  Map<String, AttributeValue> values) {
        return TransactWriteItem.builder().put(p -> {
            p.tableName(chains.table()).item(item).conditionExpression(condition).expressionAttributeNames(names);
            if (!values.isEmpty()) {
                p.expressionAttributeValues(values);
            }
        }).build();
    }
}
