package io.winback.sqs;

import io.winback.fanout.FanOut;
import io.winback.fanout.InlineSlices;
import io.winback.fanout.SliceQueue;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.winback.json.Json;
import io.winback.time.ScheduledDay;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.IntSupplier;

/**
 * A fanned-out job's Lambda invocation, either kind: the scheduler's event ({@code scheduledTime}) makes it the
 * coordinator, which starts a run over {@code segments} segments; an SQS batch ({@code Records}) hands it slices to
 * work. With {@link InlineSlices} (the local runner, the tests) the coordinator also works every slice in process and
 * replies with the job's result, as the one-invocation job did.
 */
public final class FanOutInvocation {
    private final FanOut fanOut;
    private final SliceQueue queue;
    private final IntSupplier segments;
    private final ZoneId shopZone;
    private final Clock clock;

    public FanOutInvocation(FanOut fanOut, SliceQueue queue, IntSupplier segments, ZoneId shopZone, Clock clock) {
        this.fanOut = fanOut;
        this.queue = queue;
        this.segments = segments;
        this.shopZone = shopZone;
        this.clock = clock;
    }

    /** @param firstState the first pass's state for the scheduled day and the run's instant */
    public Map<String, Object> handle(Map<String, Object> event, BiFunction<LocalDate, Instant, String> firstState) {
        if (event != null && event.get("Records") instanceof List<?> records) {
            for (Object record : records) {
                fanOut.work(SliceJson.read(String.valueOf(((Map<?, ?>) record).get("body"))));
            }
            return Map.of("slicesWorked", records.size());
        }
        LocalDate day = ScheduledDay.of(event, shopZone);
        Instant now = clock.instant();
        // Unique per start: a second run of the same day (a rerun, a retried schedule) is a run of its own.
        String run = day + "@" + now + "#" + UUID.randomUUID().toString().substring(0, 8);
        int n = segments.getAsInt();
        fanOut.start(run, n, firstState.apply(day, now));
        if (queue instanceof InlineSlices inline) {
            int worked = inline.drain(fanOut::work);
            Map<String, Object> out = new LinkedHashMap<>(result(run));
            out.put("slices", worked);
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("day", day.toString());
        out.put("run", run);
        out.put("segments", n);
        return out;
    }

    private Map<String, Object> result(String run) {
        String result = fanOut.result(run).orElseThrow(() -> new IllegalStateException("run " + run
                + " drained without a result"));
        try {
            // Whole numbers as longs, as the job's own figures are.
            return Json.mapper().readerFor(new TypeReference<Map<String, Object>>() { })
                    .with(DeserializationFeature.USE_LONG_FOR_INTS).readValue(result);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
