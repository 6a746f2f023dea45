package io.winback.dynamo;

import io.winback.chain.Episode;
import io.winback.chain.Touch;
import io.winback.report.reactivation.StartedEpisode;
import io.winback.report.reactivation.StartedEpisodes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The episodes of a period through the sparse byStart index of the Chains table: one Query per shard over the sort
 * keys {@code <from>} to {@code <to>#…}, never a Scan, so the reads follow the episodes of the period and not the
 * table. Within a shard the items come sorted by day, customer and item key, so a customer's episodes of a day arrive
 * together; their touches are then read from the customer's partition (one Query for the customer's touches). Touches
 * are not filed in the index: a touch's entry there cost a write unit on every touch, for readers (the sent log, the
 * dashboard's campaign panel) that ask far less often than touches are written. Touches filed by earlier versions are
 * passed over in the index and read from the partition like the others.
 */
public final class DynamoStartedEpisodes implements StartedEpisodes {
    private final DynamoDbClient dynamo;
    private final String table;
    private final CapacityMeter meter;
    private final String purpose;
    private final MeteredChainsTable chains;

    public DynamoStartedEpisodes(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.dynamo = dynamo;
        this.table = table;
        this.meter = meter;
        this.purpose = purpose;
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
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
        CustomerDay group = new CustomerDay(visit, chains);
        for (var page : pages) {
            meter.recordRead(purpose, page.consumedCapacity());
            page.items().forEach(group::add);
        }
        group.flush();
    }

    /** The episodes of one customer and day, handed over with their touches when the next group begins. */
    private static final class CustomerDay {
        private final Consumer<StartedEpisode> visit;
        private final MeteredChainsTable chains;
        private final Map<String, Episode> episodes = new LinkedHashMap<>();
        private String key;

        CustomerDay(Consumer<StartedEpisode> visit, MeteredChainsTable chains) {
            this.visit = visit;
            this.chains = chains;
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
            }
        }

        void flush() {
            if (episodes.isEmpty()) {
                return;
            }
            Map<String, List<Touch>> touches = new HashMap<>();
            String customerKey = episodes.values().iterator().next().customerKey();
            for (Map<String, AttributeValue> item : chains.partition(customerKey, TouchItems.PREFIX, false)) {
                Touch touch = TouchItems.touch(item);
                if (episodes.containsKey(touch.episodeId())) {
                    touches.computeIfAbsent(touch.episodeId(), id -> new ArrayList<>()).add(touch);
                }
            }
            episodes.forEach((id, episode) -> visit.accept(new StartedEpisode(episode, touches.getOrDefault(id,
                    List.of()))));
            episodes.clear();
        }
    }
}
