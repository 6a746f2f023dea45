package io.winback.bench;

import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.KeptFiguresStream;
import io.winback.time.WallClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import java.util.ArrayList;
import java.util.List;

/**
 * The kept figures' reader run over everything the Chains table's stream holds, once the work it follows is done:
 * each shard's episode records in batches of 100 (the function's BatchSize in template.yaml; the filter there lets
 * only episodes through), so what the reader writes and reads per touch is measured with the worker's units.
 */
final class KeptFiguresCount {
    /** template.yaml: the kept-figures function's BatchSize. */
    static final int BATCH = 100;

    private KeptFiguresCount() {
    }

    /** Counts the stream of {@code table} into its kept figures; the records counted. */
    static int countAll(DynamoDbClient dynamo, DynamoDbStreamsClient streams, String table, CapacityMeter meter) {
        KeptFiguresStream reader = new KeptFiguresStream(dynamo, table, meter, "figures", WallClock.utc());
        String arn = dynamo.describeTable(b -> b.tableName(table)).table().latestStreamArn();
        int counted = 0;
        for (var shard : streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards()) {
            String iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            List<KeptFiguresStream.Change> batch = new ArrayList<>();
            while (iterator != null) {
                String from = iterator;
                var page = streams.getRecords(b -> b.shardIterator(from).limit(1000));
                if (page.records().isEmpty()) {
                    break;
                }
                for (var record : page.records()) {
                    var change = KeptFiguresStream.Change.of(record);
                    if (!change.isEpisode()) {
                        continue;
                    }
                    batch.add(change);
                    if (batch.size() == BATCH) {
                        reader.apply(batch);
                        counted += batch.size();
                        batch = new ArrayList<>();
                    }
                }
                iterator = page.nextShardIterator();
            }
            if (!batch.isEmpty()) {
                reader.apply(batch);
                counted += batch.size();
            }
        }
        return counted;
    }
}
