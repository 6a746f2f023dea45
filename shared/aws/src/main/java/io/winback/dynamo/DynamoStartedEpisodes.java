package io.winback.dynamo;

import io.winback.chain.Episode;
import io.winback.chain.Touch;
import io.winback.report.reactivation.StartedEpisode;
import io.winback.report.reactivation.StartedEpisodes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The episodes of a period through the sparse byStart index of the Chains table: one Query per shard over the sort
 * keys {@code <from>} to {@code <to>#…}, never a Scan, so the reads follow the episodes and touches of the period and
 * not the table. Within a shard the items come sorted by day, customer and item key, so a customer's episodes of a
 * day arrive right before their touches: only that one customer's items are held at a time.
 */
public final class DynamoStartedEpisodes implements StartedEpisodes {
    private final DynamoDbClient dynamo;
    private final String table;
    private final CapacityMeter meter;
    private final String purpose;

    public DynamoStartedEpisodes(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.dynamo = dynamo;
        this.table = table;
        this.meter = meter;
        this.purpose = purpose;
    }

    /**
     * The shards are read at once (a report of a busy period is I/O-bound, 16 Queries one after another took most of
     * the API's time limit on a large period), each on its own thread; {@code visit} is called by one thread at a
     * time, and a customer's items all live in one shard, so their episodes still come in the order they entered.
     */
    @Override
    public void forEach(LocalDate from, LocalDate to, Consumer<StartedEpisode> visit) {
        Object oneAtATime = new Object();
        Consumer<StartedEpisode> serialised = episode -> {
            synchronized (oneAtATime) {
                visit.accept(episode);
            }
        };
        StartShards.eachAtOnce(shard -> readShard(shard, from, to, serialised), "reading the period's episodes");
    }

    private void readShard(String shardKey, LocalDate from, LocalDate to, Consumer<StartedEpisode> visit) {
        // '$' follows '#': every key of the last day sorts below "<to>$".
        var pages = dynamo.queryPaginator(b -> b.tableName(table).indexName(ChainsTable.BY_START)
                .keyConditionExpression("#shard = :shard AND #sort BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#shard", ChainsTable.START_SHARD, "#sort", ChainsTable.START_SORT))
                .expressionAttributeValues(Map.of(":shard", AttributeValue.fromS(shardKey),
                        ":from", AttributeValue.fromS(from.toString()), ":to", AttributeValue.fromS(to + "$")))
                .returnConsumedCapacity(meter.total()));
        CustomerDay group = new CustomerDay(visit);
        for (var page : pages) {
            meter.recordRead(purpose, page.consumedCapacity());
            page.items().forEach(group::add);
        }
        group.flush();
    }

    /** The items of one customer and day, handed over as episodes with their touches when the next group begins. */
    private static final class CustomerDay {
        private final Consumer<StartedEpisode> visit;
        private final Map<String, Episode> episodes = new LinkedHashMap<>();
        private final Map<String, List<Touch>> touches = new LinkedHashMap<>();
        private String key;

        CustomerDay(Consumer<StartedEpisode> visit) {
            this.visit = visit;
        }

        void add(Map<String, AttributeValue> item) {
            String sort = item.get(ChainsTable.START_SORT).s();
            String sk = item.get(ChainsTable.SK).s();
            String groupKey = sort.substring(0, sort.length() - sk.length());
            if (!groupKey.equals(key)) {
                flush();
                key = groupKey;
            }
            if (sk.startsWith(EpisodeItems.PREFIX)) {
                Episode episode = EpisodeItems.episode(item);
                episodes.put(episode.id(), episode);
            } else if (sk.startsWith(TouchItems.PREFIX)) {
                Touch touch = TouchItems.touch(item);
                touches.computeIfAbsent(touch.episodeId(), id -> new ArrayList<>()).add(touch);
            }
        }

        void flush() {
            episodes.forEach((id, episode) -> visit.accept(new StartedEpisode(episode, touches.getOrDefault(id,
                    List.of()))));
            episodes.clear();
            touches.clear();
        }
    }
}
