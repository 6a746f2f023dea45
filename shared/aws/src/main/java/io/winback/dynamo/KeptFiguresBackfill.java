package io.winback.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one-time backfill of the kept figures for a shop whose episodes were stored before figures were kept: every
 * episode that entered from {@code from} to {@code to} (the byStart index, its 16 shards at once, keys only) not yet
 * counted is marked counted ({@link DynamoEpisodes#countIfUncounted}), and the stream's reader
 * ({@link KeptFiguresStream}) counts it whole. Each episode is counted once whatever happens: a second run, or a run
 * beside the workers (whose next save of an uncounted episode marks it too), marks nothing twice, so an interrupted
 * run is simply run again.
 */
public final class KeptFiguresBackfill {
    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoEpisodes episodes;

    public KeptFiguresBackfill(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.dynamo = dynamo;
        this.table = table;
        this.episodes = new DynamoEpisodes(dynamo, table, meter, purpose);
    }

    /** Counts the period's uncounted episodes; how many this run counted. */
    public int count(LocalDate from, LocalDate to) {
        AtomicInteger counted = new AtomicInteger();
        StartShards.eachAtOnce(shard -> countShard(shard, from, to, counted), "counting the period's episodes");
        return counted.get();
    }

    private void countShard(String shardKey, LocalDate from, LocalDate to, AtomicInteger counted) {
        // '$' follows '#': every key of the last day sorts below "<to>$".
        var pages = dynamo.queryPaginator(b -> b.tableName(table).indexName(ChainsTable.BY_START)
                .keyConditionExpression("#shard = :shard AND #sort BETWEEN :from AND :to")
                .filterExpression("begins_with(#sk, :episode)")
                .projectionExpression("#pk, #sk")
                .expressionAttributeNames(Map.of("#shard", ChainsTable.START_SHARD, "#sort", ChainsTable.START_SORT,
                        "#pk", ChainsTable.PK, "#sk", ChainsTable.SK))
                .expressionAttributeValues(Map.of(":shard", AttributeValue.fromS(shardKey),
                        ":from", AttributeValue.fromS(from.toString()), ":to", AttributeValue.fromS(to + "$"),
                        ":episode", AttributeValue.fromS(EpisodeItems.PREFIX))));
        for (var page : pages) {
            for (Map<String, AttributeValue> keys : page.items()) {
                String pk = keys.get(ChainsTable.PK).s();
                String customerKey = pk.substring(pk.indexOf('#') + 1);
                String episodeId = keys.get(ChainsTable.SK).s().substring(EpisodeItems.PREFIX.length());
                if (episodes.countIfUncounted(customerKey, episodeId)) {
                    counted.incrementAndGet();
                }
            }
        }
    }
}
