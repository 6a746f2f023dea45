package io.winback.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.winback.log.JsonLog;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Stands in for Lambda's DynamoDB event source mapping: reads every shard of a stream from TRIM_HORIZON, or from
 * where the checkpoint file says it stopped (a child shard only after its parent is exhausted), keeps the records the filter lets through, and invokes the handler in
 * batches. Like the real mapping it honours ReportBatchItemFailures (redelivering from the lowest failed sequence
 * number), bisects a batch when the handler throws (unless its {@link Mapping} says not to: then the whole batch
 * comes again from its first record, after a pause), gives up after {@code maxRetries} (never, when negative), and
 * then hands the records to an on-failure destination, here {@link #failedRecords()}.
 */
public final class StreamPoller implements AutoCloseable {
    private static final JsonLog LOG = JsonLog.forClass(StreamPoller.class);
    /**
     * Lambda polls each shard about four times a second and reads again at once only while a shard has more than one
     * read returns. Polling DynamoDB Local in a tight loop instead costs it as much as the writes it is serving.
     */
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final int READ_LIMIT = 1000;

    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final String region;
    private final RequestHandler<DynamodbEvent, StreamsEventResponse> handler;
    private final Predicate<DynamodbEvent.DynamodbStreamRecord> filter;
    private final Mapping mapping;
    private final Thread thread;
    private final ShardCheckpoints checkpoints;
    private final Map<String, ShardPosition> shards = new LinkedHashMap<>();
    private final List<DynamodbEvent.DynamodbStreamRecord> failed = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong delivered = new AtomicLong();
    private final Object progress = new Object();
    private long completedPasses;
    private long lastBusyPass;
    private volatile boolean running = true;
    private volatile RuntimeException broken;

    private static final class ShardPosition {
        final String parentId;
        String iterator;
        String lastSequenceNumber;
        boolean exhausted;

        ShardPosition(String parentId) {
            this.parentId = parentId;
        }
    }

    /**
     * What the event source mapping of template.yaml sets and this stand-in honours: {@code BatchSize},
     * {@code MaximumRetryAttempts} (negative: -1, retried until it passes) and {@code BisectBatchOnFunctionError}.
     */
    public record Mapping(int batchSize, int maxRetries, boolean bisectOnError) {
    }

    public StreamPoller(DynamoDbStreamsClient streams, String streamArn, String region,
                        RequestHandler<DynamodbEvent, StreamsEventResponse> handler,
                        Predicate<DynamodbEvent.DynamodbStreamRecord> filter, int batchSize, int maxRetries) {
        this(streams, streamArn, region, handler, filter, batchSize, maxRetries, null);
    }

    /** A mapping that bisects a batch the handler fails on, as the Sales stream's does. */
    public StreamPoller(DynamoDbStreamsClient streams, String streamArn, String region,
                        RequestHandler<DynamodbEvent, StreamsEventResponse> handler,
                        Predicate<DynamodbEvent.DynamodbStreamRecord> filter, int batchSize, int maxRetries,
                        java.nio.file.Path checkpointFile) {
        this(streams, streamArn, region, handler, filter, new Mapping(batchSize, maxRetries, true), checkpointFile);
    }

    /**
     * @param checkpointFile null: every start reads the stream from TRIM_HORIZON; otherwise the file that keeps each
     *                       shard's last processed sequence number, so a restart resumes after it
     */
    public StreamPoller(DynamoDbStreamsClient streams, String streamArn, String region,
                        RequestHandler<DynamodbEvent, StreamsEventResponse> handler,
                        Predicate<DynamodbEvent.DynamodbStreamRecord> filter, Mapping mapping,
                        java.nio.file.Path checkpointFile) {
        this.checkpoints = checkpointFile == null ? null : ShardCheckpoints.load(checkpointFile, streamArn);
        this.streams = streams;
        this.streamArn = streamArn;
        this.region = region;
        this.handler = handler;
        this.filter = filter;
        this.mapping = mapping;
        this.thread = new Thread(this::run, "stream-poller " + tableOf(streamArn));
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Records that exhausted their retries, as the on-failure SQS queue would receive them. */
    public List<DynamodbEvent.DynamodbStreamRecord> failedRecords() {
        synchronized (failed) {
            return List.copyOf(failed);
        }
    }

    public long deliveredRecords() {
        return delivered.get();
    }

    /**
     * Returns once every record written before this call has been handed to the handler and answered: two whole
     * passes over all shards, both begun after the call, found nothing new. Answers the records the handler was given
     * while this call waited (not a total since start).
     */
    public long drain(Duration timeout) throws TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long before = delivered.get();
        synchronized (progress) {
            long start = completedPasses;
            LockSupport.unpark(thread);
            while (!(completedPasses >= start + 2 && completedPasses - lastBusyPass >= 2)) {
                if (broken != null) {
                    throw new IllegalStateException("stream poller stopped", broken);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException("stream not drained within " + timeout);
                }
                try {
                    progress.wait(Math.max(1, Math.min(left / 1_000_000, 10)));
                    LockSupport.unpark(thread);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TimeoutException("interrupted");
                }
            }
        }
        return delivered.get() - before;
    }

    private void run() {
        while (running) {
            try {
                Pass pass = pass();
                synchronized (progress) {
                    completedPasses++;
                    if (pass.readRecords()) {
                        lastBusyPass = completedPasses;
                    }
                    progress.notifyAll();
                }
                if (!pass.moreWaiting()) {
                    // drain() cuts the pause short: a caller waiting for the stream should not wait for the clock.
                    LockSupport.parkNanos(this, POLL_INTERVAL.toNanos());
                    if (Thread.interrupted()) {
                        return;
                    }
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.error("stream_poll_failed", e);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private record Pass(boolean readRecords, boolean moreWaiting) {
    }

    /** One pass over every readable shard: whether any records were read, and whether a shard has more at once. */
    private Pass pass() {
        discoverShards();
        boolean busy = false;
        boolean more = false;
        for (Map.Entry<String, ShardPosition> entry : shards.entrySet()) {
            ShardPosition shard = entry.getValue();
            ShardPosition parent = shard.parentId == null ? null : shards.get(shard.parentId);
            if (shard.exhausted || (parent != null && !parent.exhausted)) {
                continue;
            }
            int read = readShard(entry.getKey(), shard);
            busy |= read != 0;
            more |= read >= READ_LIMIT || read < 0;
        }
        return new Pass(busy, more);
    }

    private void discoverShards() {
        String lastShard = null;
        do {
            String startAfter = lastShard;
            var description = streams.describeStream(b -> b.streamArn(streamArn).exclusiveStartShardId(startAfter))
                    .streamDescription();
            for (Shard shard : description.shards()) {
                shards.computeIfAbsent(shard.shardId(), id -> {
                    ShardPosition position = new ShardPosition(shard.parentShardId());
                    position.lastSequenceNumber = checkpoints == null ? null : checkpoints.lastSequenceNumber(id);
                    return position;
                });
            }
            lastShard = description.lastEvaluatedShardId();
        } while (lastShard != null);
    }

    /** Records read from the shard (-1 when its iterator had to be renewed, which calls for a read at once). */
    private int readShard(String shardId, ShardPosition shard) {
        if (shard.iterator == null) {
            shard.iterator = iterator(shardId, shard.lastSequenceNumber);
        }
        GetRecordsResponse response;
        try {
            response = streams.getRecords(b -> b.shardIterator(shard.iterator).limit(READ_LIMIT));
        } catch (ExpiredIteratorException | TrimmedDataAccessException e) {
            // An iterator taken before the first record, or held too long: take a fresh one from where we are.
            LOG.info("stream_iterator_renewed", "shard", shardId, "reason", e.getClass().getSimpleName());
            shard.iterator = null;
            return -1;
        }
        List<Record> records = response.records();
        shard.iterator = response.nextShardIterator();
        if (shard.iterator == null) {
            shard.exhausted = true;
        }
        if (records.isEmpty()) {
            return 0;
        }
        shard.lastSequenceNumber = records.getLast().dynamodb().sequenceNumber();
        List<DynamodbEvent.DynamodbStreamRecord> wanted = new ArrayList<>();
        for (Record record : records) {
            DynamodbEvent.DynamodbStreamRecord converted = StreamRecordConverter.toLambdaRecord(record, streamArn, region);
            if (filter.test(converted)) {
                wanted.add(converted);
            }
        }
        for (int from = 0; from < wanted.size(); from += mapping.batchSize()) {
            deliver(wanted.subList(from, Math.min(wanted.size(), from + mapping.batchSize())));
        }
        delivered.addAndGet(wanted.size());
        if (checkpoints != null) {
            checkpoints.update(shardId, shard.lastSequenceNumber);
        }
        return records.size();
    }

    private String iterator(String shardId, String afterSequenceNumber) {
        if (afterSequenceNumber != null) {
            try {
                return iteratorFrom(shardId, afterSequenceNumber);
            } catch (TrimmedDataAccessException trimmed) {
                // A kept position older than the stream's 24 hours: read what is left from the start; the stats
                // apply each sale once, so records seen before are skipped there.
                LOG.info("stream_checkpoint_trimmed", "shard", shardId);
                return iteratorFrom(shardId, null);
            }
        }
        return iteratorFrom(shardId, null);
    }

    private String iteratorFrom(String shardId, String afterSequenceNumber) {
        return streams.getShardIterator(b -> {
            b.streamArn(streamArn).shardId(shardId);
            if (afterSequenceNumber == null) {
                b.shardIteratorType(ShardIteratorType.TRIM_HORIZON);
            } else {
                b.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber(afterSequenceNumber);
            }
        }).shardIterator();
    }

    /** Invokes the handler until the batch is through, retrying from the first reported failure. */
    private void deliver(List<DynamodbEvent.DynamodbStreamRecord> batch) {
        List<DynamodbEvent.DynamodbStreamRecord> pending = batch;
        for (int attempt = 0; ; attempt++) {
            List<DynamodbEvent.DynamodbStreamRecord> retry;
            try {
                DynamodbEvent event = new DynamodbEvent();
                event.setRecords(new ArrayList<>(pending));
                StreamsEventResponse response = handler.handleRequest(event, null);
                retry = fromFirstFailure(pending, response);
            } catch (RuntimeException crash) {
                LOG.error("stream_handler_crashed", crash, "records", pending.size(), "attempt", attempt + 1);
                if (mapping.bisectOnError() && pending.size() > 1) {
                    // BisectBatchOnFunctionError: each half is retried on its own, so one bad record is isolated.
                    int half = pending.size() / 2;
                    deliver(pending.subList(0, half));
                    deliver(pending.subList(half, pending.size()));
                    return;
                }
                retry = pending;
            }
            if (retry.isEmpty()) {
                return;
            }
            if (mapping.maxRetries() >= 0 && attempt >= mapping.maxRetries()) {
                failed.addAll(retry);
                LOG.warn("stream_records_sent_to_failure_destination", "records", retry.size(),
                        "firstSequenceNumber", retry.getFirst().getDynamodb().getSequenceNumber());
                return;
            }
            if (!mapping.bisectOnError()) {
                pauseBeforeRetry(attempt);
            }
            pending = retry;
        }
    }

    /**
     * Lambda waits longer before each retry of a batch it does not bisect; so does this, up to five seconds. Closing
     * the poller ends the wait with an exception, so the batch is not checkpointed and comes again on the next start.
     */
    private void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(Math.min(5_000L, 100L << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!running || Thread.currentThread().isInterrupted()) {
            throw new IllegalStateException("stream poller closed while a batch waited to be retried");
        }
    }

    /** The table's name in a stream's ARN ({@code arn:...:table/<name>/stream/<label>}), to name the thread. */
    private static String tableOf(String streamArn) {
        String[] parts = streamArn.split("/");
        return parts.length > 1 ? parts[1] : streamArn;
    }

    /** The batch from the lowest failed sequence number on, as Lambda redelivers it; empty when all succeeded. */
    private static List<DynamodbEvent.DynamodbStreamRecord> fromFirstFailure(
            List<DynamodbEvent.DynamodbStreamRecord> batch, StreamsEventResponse response) {
        if (response == null || response.getBatchItemFailures() == null || response.getBatchItemFailures().isEmpty()) {
            return List.of();
        }
        Set<String> failedIds = new HashSet<>();
        response.getBatchItemFailures().forEach(f -> failedIds.add(f.getItemIdentifier()));
        for (int i = 0; i < batch.size(); i++) {
            if (failedIds.contains(batch.get(i).getDynamodb().getSequenceNumber())) {
                return batch.subList(i, batch.size());
            }
        }
        // Lambda treats an identifier it does not know as a failure of the whole batch.
        return batch;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
