package io.winback.dynamo;

import io.winback.chain.Episode;
import io.winback.chain.Touch;
import io.winback.report.reactivation.StartedEpisode;
import io.winback.report.reactivation.StartedEpisodes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The episodes of a period through the sparse byStart index of the Chains table: one Query per shard over the sort
 * keys {@code <from>} to {@code <to>#…}, never a Scan, so the reads follow the episodes of the period and not the
 * table. Within a shard the items come sorted by day, customer and item key, so a customer's episodes of a day arrive
 * together; each page's touches are then read by their keys, known from the steps its episodes took. Touches are not
 * filed in the index: a touch's entry there cost a write unit on every touch, for readers (the sent log, the
 * dashboard's campaign panel) that ask far less often than touches are written. Touches filed by earlier versions are
 * passed over in the index and read by key like the others.
 */
public final class DynamoStartedEpisodes implements StartedEpisodes {
    private final MeteredChainsTable chains;

    public DynamoStartedEpisodes(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
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
        var pages = chains.dynamo().queryPaginator(b -> b.tableName(chains.table()).indexName(ChainsTable.BY_START)
                .keyConditionExpression("#shard = :shard AND #sort BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#shard", ChainsTable.START_SHARD, "#sort", ChainsTable.START_SORT))
                .expressionAttributeValues(Map.of(":shard", AttributeValue.fromS(shardKey),
                        ":from", AttributeValue.fromS(from.toString()), ":to", AttributeValue.fromS(to + "$")))
                .returnConsumedCapacity(chains.meter().total()));
        for (var page : pages) {
            chains.meter().recordRead(chains.purpose(), page.consumedCapacity());
            List<Episode> episodes = new ArrayList<>();
            for (Map<String, AttributeValue> item : page.items()) {
                if (item.get(ChainsTable.SK).s().startsWith(EpisodeItems.PREFIX)) {
                    episodes.add(EpisodeItems.episode(item));
                }
            }
            Map<String, List<Touch>> touches = touchesOf(episodes);
            episodes.forEach(episode -> visit.accept(new StartedEpisode(episode,
                    touches.getOrDefault(keyOf(episode.customerKey(), episode.id()), List.of()))));
        }
    }

    /**
     * The touches of the steps the episodes have taken, by their keys (an episode's step {@code n} is touch
     * {@code <episode>#n}), 100 a BatchGetItem; a step that left no touch is simply not found. A touch of the next
     * step is not yet the episode's: it is listed once the episode moves past it, the rule the kept figures count by
     * ({@code EpisodeFigures}), so the campaign report and a recount through this reader agree. (An episode ended by
     * a purchase between its touch's last write and the save that moves it past the step leaves that touch out of
     * both: a known gap, in docs/reports.md.)
     */
    private Map<String, List<Touch>> touchesOf(List<Episode> episodes) {
        // By customer and episode: an episode's id is the occasion's, the same for every customer it started for.
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (Episode episode : episodes) {
            for (int step = 0; step < episode.nextStep(); step++) {
                keys.add(TouchItems.key(episode.customerKey(), Touch.idOf(episode.id(), step)));
            }
        }
        Map<String, List<Touch>> touches = new HashMap<>();
        chains.batches().getAll(keys, null, false, "touches", item -> {
            Touch touch = TouchItems.touch(item);
            touches.computeIfAbsent(keyOf(touch.customerKey(), touch.episodeId()), id -> new ArrayList<>()).add(touch);
        });
        touches.values().forEach(list -> list.sort(Comparator.comparingInt(Touch::step)));
        return touches;
    }

    private static String keyOf(String customerKey, String episodeId) {
        return customerKey + "\u0000" + episodeId;
    }
}
