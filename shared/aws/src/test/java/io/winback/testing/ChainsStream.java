package io.winback.testing;

import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.KeptFiguresStream;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Chains table's stream on DynamoDB Local, read for tests as Lambda reads it for the kept figures: every record
 * written since the last read of that table, shard by shard in order, in batches of {@link #BATCH}. Where a test
 * reads the campaign report, it first has the stream counted ({@link #countKeptFigures}), as the deployed reader does
 * within a second of each write.
 */
public final class ChainsStream {
    /** template.yaml: the kept-figures function's BatchSize. */
    public static final int BATCH = 100;
    /** Per table and shard, the last sequence number read. */
    private static final Map<String, Map<String, String>> READ = new ConcurrentHashMap<>();

    private ChainsStream() {
    }

    /** Counts every record written to {@code table} since the last count into its kept figures. */
    public static void countKeptFigures(String table, Clock clock) {
        KeptFiguresStream reader = new KeptFiguresStream(LocalDynamo.client(), table, CapacityMeter.NONE, "test",
                clock);
        for (List<KeptFiguresStream.Change> all : newChanges(table)) {
            // As the function's filter lets only episodes through.
            List<KeptFiguresStream.Change> shard = all.stream().filter(KeptFiguresStream.Change::isEpisode).toList();
            for (int from = 0; from < shard.size(); from += BATCH) {
                reader.apply(shard.subList(from, Math.min(shard.size(), from + BATCH)));
            }
        }
    }

    /** The records written to {@code table} since the last read, one list per shard, in the shard's order. */
    public static synchronized List<List<KeptFiguresStream.Change>> newChanges(String table) {
        var dynamo = LocalDynamo.client();
        var streams = LocalDynamo.streams();
        String arn = dynamo.describeTable(b -> b.tableName(table)).table().latestStreamArn();
        if (arn == null) {
            throw new IllegalStateException(table + " has no stream");
        }
        Map<String, String> read = READ.computeIfAbsent(table, t -> new ConcurrentHashMap<>());
        List<List<KeptFiguresStream.Change>> shards = new ArrayList<>();
        List<Shard> all = streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards();
        for (Shard shard : all) {
            String last = read.get(shard.shardId());
            String iterator = streams.getShardIterator(b -> {
                b.streamArn(arn).shardId(shard.shardId());
                if (last == null) {
                    b.shardIteratorType(ShardIteratorType.TRIM_HORIZON);
                } else {
                    b.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber(last);
                }
            }).shardIterator();
            List<KeptFiguresStream.Change> changes = new ArrayList<>();
            while (iterator != null) {
                String at = iterator;
                var page = streams.getRecords(b -> b.shardIterator(at));
                if (page.records().isEmpty()) {
                    break;
                }
                for (Record record : page.records()) {
                    changes.add(KeptFiguresStream.Change.of(record));
                    read.put(shard.shardId(), record.dynamodb().sequenceNumber());
                }
                iterator = page.nextShardIterator();
            }
            shards.add(changes);
        }
        return shards;
    }
}
