package io.winback.dynamo;

import io.winback.chain.Episode;
import io.winback.chain.Episodes;
import io.winback.chain.Touch;
import io.winback.report.reactivation.EpisodeFigures;
import io.winback.report.reactivation.KeptFigure;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Episodes in the Chains table, in the customer's partition beside their touches, so "this customer's story" is one
 * Query; the due index is sparse, so the daily check reads only what is due. Every start and save that changes what
 * the campaign report counts adds the difference to the kept figures in the same transaction
 * ({@link EpisodeFigures}, {@link KeptFigureWrites}); the item then carries {@code kept}, so an episode stored before
 * figures were kept is counted whole at its first save or by {@link #countIfUncounted}, and never twice.
 */
public final class DynamoEpisodes implements Episodes {
    /** On an episode whose figures are in the kept figures. */
    static final String KEPT = "kept";
    /** On a counted episode whose purchase is credited to another it entered before: counted as not converted. */
    static final String UNCREDITED = "uncredited";
    private final MeteredChainsTable chains;
    private final ShardedDayIndex dueIndex;
    private final KeptFigureWrites kept;

    public DynamoEpisodes(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
        this.dueIndex = new ShardedDayIndex(dynamo, table, ChainsTable.BY_DUE, ChainsTable.DUE_SHARD,
                ChainsTable.DUE_ON, ChainsTable.DUE_SHARDS, meter, purpose);
        this.kept = new KeptFigureWrites(chains);
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
     * A new episode (no step taken yet) is counted as it is stored. One stored with a past (a step taken, an end: an
     * import, a test's rows) is stored uncounted, as if before figures were kept: its touches come after it, and
     * {@link #countIfUncounted} or its next save counts it whole.
     */
    @Override
    public boolean start(Episode episode) {
        if (episode.nextStep() > 0 || !episode.isActive()) {
            return chains.putIfAbsent(EpisodeItems.item(episode, 1));
        }
        Map<String, AttributeValue> item = counted(EpisodeItems.item(episode, 1));
        var figures = EpisodeFigures.change(null, episode, List.of());
        if (figures.isEmpty()) {
            return chains.putIfAbsent(item);
        }
        return kept.write(List.of(put(item, "attribute_not_exists(#pk)", Map.of("#pk", ChainsTable.PK), Map.of())),
                figures);
    }

    @Override
    public boolean startWithSteps(Episode episode) {
        if (episode.nextStep() == 0 && episode.isActive()) {
            return start(episode);
        }
        return writeCounted(null, true, episode, episode.nextStep(), counted(EpisodeItems.item(episode, 1)), null);
    }

    @Override
    public boolean saveIfUnchanged(Episode episode) {
        Optional<Map<String, AttributeValue>> stored = chains.get(EpisodeItems.key(episode.customerKey(), episode.id()));
        AttributeValue read = AttributeValue.fromN(Long.toString(episode.version()));
        if (stored.isEmpty() || !read.equals(stored.get().get(EpisodeItems.VERSION))) {
            return false;
        }
        Episode before = isCounted(stored.get()) ? EpisodeItems.episode(stored.get()) : null;
        int steps = Math.max(episode.nextStep(), before == null ? 0 : before.nextStep());
        return writeCounted(before, before == null || !isUncredited(stored.get()), episode, steps,
                counted(EpisodeItems.item(episode, episode.version() + 1)), read);
    }

    /**
     * Writes {@code item}, the episode {@code after}, if it is still at the version {@code read} (null: if absent),
     * with what replacing {@code before} (null: nothing counted yet) by it adds to the kept figures (its touches read
     * up to step {@code steps}) and the credit it moves on the customer's other episodes, all in one transaction; a
     * plain conditional put when nothing moves.
     */
    private boolean writeCounted(Episode before, boolean beforeCredited, Episode after, int steps,
                                 Map<String, AttributeValue> item, AttributeValue read) {
        Credits credits = credits(before, after);
        boolean credited = credits.credited(after);
        var figures = EpisodeFigures.change(before, beforeCredited, after, credited, touchesOf(after, steps));
        if (!credited) {
            item.put(UNCREDITED, AttributeValue.fromBool(true));
        }
        List<TransactWriteItem> changes = new ArrayList<>();
        changes.add(read == null
                ? put(item, "attribute_not_exists(#pk)", Map.of("#pk", ChainsTable.PK), Map.of())
                : put(item, "#v = :v", Map.of("#v", EpisodeItems.VERSION), Map.of(":v", read)));
        credits.recredit(after, changes, figures);
        if (changes.size() == 1 && EpisodeFigures.tidy(figures).isEmpty()) {
            return read == null ? chains.putIfAbsent(item) : chains.putIfStill(item, EpisodeItems.VERSION, read);
        }
        return kept.write(changes, figures);
    }

    /**
     * Stores {@code copy} (an erased customer's episode under its pseudonym) unless it is there already, without
     * counting it again: it carries over whether {@code original} was counted, and the original is then deleted
     * without being taken back, so the figures do not move.
     */
    @Override
    public boolean keepAs(Episode original, Episode copy) {
        Map<String, AttributeValue> item = EpisodeItems.item(copy, Math.max(1, copy.version()));
        chains.get(EpisodeItems.key(original.customerKey(), original.id())).filter(DynamoEpisodes::isCounted)
                .ifPresent(stored -> counted(item));
        return chains.putIfAbsent(item);
    }

    /**
     * Counts the stored episode into the kept figures if it is not yet (stored before figures were kept): the one-time
     * backfill's step, safe to repeat and to run beside the workers (conditional on the version read and on not being
     * counted). True if this call counted it.
     */
    public boolean countIfUncounted(String customerKey, String episodeId) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Optional<Map<String, AttributeValue>> stored = chains.get(EpisodeItems.key(customerKey, episodeId));
            if (stored.isEmpty() || isCounted(stored.get())) {
                return false;
            }
            Episode episode = EpisodeItems.episode(stored.get());
            Credits credits = credits(null, episode);
            boolean credited = credits.credited(episode);
            var figures = EpisodeFigures.change(null, true, episode, credited,
                    touchesOf(episode, episode.nextStep()));
            TransactWriteItem mark = TransactWriteItem.builder().update(u -> u.tableName(chains.table())
                    .key(EpisodeItems.key(customerKey, episodeId))
                    .updateExpression("SET #k = :true, #u = :credited")
                    .conditionExpression("#v = :v AND attribute_not_exists(#k)")
                    .expressionAttributeNames(Map.of("#k", KEPT, "#v", EpisodeItems.VERSION, "#u", UNCREDITED))
                    .expressionAttributeValues(Map.of(":true", AttributeValue.fromBool(true),
                            ":credited", AttributeValue.fromBool(!credited),
                            ":v", stored.get().get(EpisodeItems.VERSION)))).build();
            List<TransactWriteItem> changes = new ArrayList<>(List.of(mark));
            credits.recredit(episode, changes, figures);
            if (kept.write(changes, figures)) {
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

    /** The episode's touches, read only when it has moved past a step (none count before). */
    private List<Touch> touchesOf(Episode episode, int steps) {
        if (steps <= 0) {
            return List.of();
        }
        return chains.partition(episode.customerKey(), TouchItems.PREFIX + episode.id() + "#", false).stream()
                .map(TouchItems::touch).toList();
    }

    /**
     * One purchase, one episode: the customer's other counted episodes, read when a conversion is in play, to tell
     * whether the episode's purchase is credited to it (no episode entered before it converted with the same sale)
     * and which later ones' credit its change moves ({@link #recredit}).
     */
    private Credits credits(Episode before, Episode after) {
        if (after.conversion() == null && (before == null || before.conversion() == null)) {
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
         * Each counted episode entered after {@code saved} whose credit the saved state moves (it now holds, or no
         * longer holds, the same purchase) is marked so, its version moved on (a save of it in between reads again),
         * and its conversion's figures moved with it, in the same transaction.
         */
        void recredit(Episode saved, List<TransactWriteItem> changes, Map<KeptFigure.Key, Map<String, BigDecimal>> figures) {
            for (Map<String, AttributeValue> item : others) {
                Episode other = EpisodeItems.episode(item);
                if (!isCounted(item) || other.conversion() == null || !EpisodeFigures.enteredBefore(saved, other)) {
                    continue;
                }
                List<Episode> view = new ArrayList<>(others.stream().map(EpisodeItems::episode)
                        .filter(e -> !e.id().equals(other.id())).toList());
                view.add(saved);
                boolean now = EpisodeFigures.credited(other, view);
                boolean was = !isUncredited(item);
                if (now == was) {
                    continue;
                }
                List<Touch> touches = touchesOf(other, other.nextStep());
                EpisodeFigures.plus(figures, EpisodeFigures.of(other, touches, now), false);
                EpisodeFigures.plus(figures, EpisodeFigures.of(other, touches, was), true);
                changes.add(TransactWriteItem.builder().update(u -> u.tableName(chains.table())
                        .key(EpisodeItems.key(other.customerKey(), other.id()))
                        .updateExpression("SET #u = :u, #v = :next")
                        .conditionExpression("#v = :v")
                        .expressionAttributeNames(Map.of("#u", UNCREDITED, "#v", EpisodeItems.VERSION))
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromBool(!now),
                                ":v", item.get(EpisodeItems.VERSION),
                                ":next", AttributeValue.fromN(Long.toString(other.version() + 1))))).build());
            }
        }
    }

    private static boolean isUncredited(Map<String, AttributeValue> item) {
        AttributeValue mark = item.get(UNCREDITED);
        return mark != null && Boolean.TRUE.equals(mark.bool());
    }

    private static boolean isCounted(Map<String, AttributeValue> item) {
        AttributeValue mark = item.get(KEPT);
        return mark != null && Boolean.TRUE.equals(mark.bool());
    }

    private static Map<String, AttributeValue> counted(Map<String, AttributeValue> item) {
        item.put(KEPT, AttributeValue.fromBool(true));
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
