package io.winback.dynamo;

import io.winback.fanout.Slice;
import io.winback.fanout.SliceJob;
import io.winback.fanout.SliceLedger;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A fan-out run's records in the Chains table, partition {@code fanout#<job>#<run>}: {@code pass#1} holds the pass's
 * state and the set of its finished segments (ADD of a number set: marking a segment twice changes nothing),
 * {@code pass#1#slice#0003#000012} a slice's partial (gzipped, as a slice's partial is a histogram or a count, far
 * below the 400 KB item limit) and its continuation, {@code result} the job's result. Each is put only if absent, so
 * the first outcome stands. Everything expires ({@value #KEPT_DAYS} days, the table's TTL): a run is kept for
 * looking into, not for ever.
 */
public final class DynamoSliceLedger implements SliceLedger {
    static final int KEPT_DAYS = 7;
    private static final String STATE = "state";
    private static final String SEGMENTS = "segments";
    private static final String FINISHED = "finishedSegments";
    private static final String PARTIAL = "partial";
    private static final String NEXT = "next";
    private static final String RESULT = "result";
    private static final String AT = "at";
    private final MeteredChainsTable chains;
    private final Clock clock;

    public DynamoSliceLedger(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose, Clock clock) {
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
        this.clock = clock;
    }

    private static String pk(String job, String run) {
        return "fanout#" + job + "#" + run;
    }

    private static Map<String, AttributeValue> key(String job, String run, String sk) {
        return Map.of(ChainsTable.PK, AttributeValue.fromS(pk(job, run)), ChainsTable.SK, AttributeValue.fromS(sk));
    }

    private static String passSk(int pass) {
        return "pass#" + pass;
    }

    private static String slicesOf(int pass) {
        return passSk(pass) + "#slice#";
    }

    private static Map<String, AttributeValue> sliceKey(Slice slice) {
        return key(slice.job(), slice.run(),
                slicesOf(slice.pass()) + String.format("%04d#%06d", slice.segment(), slice.seq()));
    }

    private static Map<String, AttributeValue> item(Map<String, AttributeValue> key, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put(AT, AttributeValue.fromS(at.toString()));
        item.put(DynamoAppliedSaleMarkers.EXPIRES_AT, AttributeValue.fromN(Long.toString(
                at.plus(Duration.ofDays(KEPT_DAYS)).getEpochSecond())));
        return item;
    }

    @Override
    public String beginPass(String job, String run, int pass, int segments, String state, Instant at) {
        Map<String, AttributeValue> item = item(key(job, run, passSk(pass)), at);
        item.put(STATE, packed(state));
        item.put(SEGMENTS, AttributeValue.fromN(Integer.toString(segments)));
        if (chains.putIfAbsent(item)) {
            return state;
        }
        return state(job, run, pass).orElseThrow();
    }

    @Override
    public Optional<String> state(String job, String run, int pass) {
        return chains.get(key(job, run, passSk(pass))).map(item -> unpacked(item.get(STATE)));
    }

    @Override
    public Optional<SliceJob.Worked> recorded(Slice slice) {
        return chains.get(sliceKey(slice)).map(DynamoSliceLedger::worked);
    }

    private static SliceJob.Worked worked(Map<String, AttributeValue> item) {
        AttributeValue next = item.get(NEXT);
        return new SliceJob.Worked(unpacked(item.get(PARTIAL)), next == null ? null : next.s());
    }

    @Override
    public SliceJob.Worked record(Slice slice, SliceJob.Worked worked) {
        Map<String, AttributeValue> item = item(sliceKey(slice), clock.instant());
        item.put(PARTIAL, packed(worked.partial()));
        if (worked.next() != null) {
            item.put(NEXT, AttributeValue.fromS(worked.next()));
        }
        return chains.putIfAbsent(item) ? worked : recorded(slice).orElseThrow();
    }

    @Override
    public int finishSegment(Slice slice) {
        var response = chains.dynamo().updateItem(b -> b.tableName(chains.table())
                .key(key(slice.job(), slice.run(), passSk(slice.pass())))
                .updateExpression("ADD #finished :segment")
                .conditionExpression("attribute_exists(#pk)")
                .expressionAttributeNames(Map.of("#finished", FINISHED, "#pk", ChainsTable.PK))
                .expressionAttributeValues(Map.of(":segment", AttributeValue.fromNs(
                        List.of(Integer.toString(slice.segment())))))
                .returnValues(ReturnValue.UPDATED_NEW)
                .returnConsumedCapacity(chains.meter().total()));
        chains.meter().recordWrite(chains.purpose(), response.consumedCapacity());
        return response.attributes().get(FINISHED).ns().size();
    }

    @Override
    public List<String> partials(String job, String run, int pass) {
        List<String> partials = new ArrayList<>();
        for (Map<String, AttributeValue> item : chains.partitionOf(pk(job, run), slicesOf(pass))) {
            partials.add(unpacked(item.get(PARTIAL)));
        }
        return partials;
    }

    @Override
    public String finish(String job, String run, String result, Instant at) {
        Map<String, AttributeValue> item = item(key(job, run, RESULT), at);
        item.put(RESULT, packed(result));
        return chains.putIfAbsent(item) ? result : result(job, run).orElseThrow();
    }

    @Override
    public Optional<String> result(String job, String run) {
        return chains.get(key(job, run, RESULT)).map(item -> unpacked(item.get(RESULT)));
    }

    private static AttributeValue packed(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AttributeValue.fromB(SdkBytes.fromByteArray(bytes.toByteArray()));
    }

    private static String unpacked(AttributeValue value) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(value.b().asByteArray()))) {
            return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
