package io.winback.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * {@code POST /local/schedule/segments-job} or {@code /local/schedule/timing-job} with
 * {@code {"time":"2026-12-05T10:30:00+03:00"}}: what the daily schedule does, after the stream has caught up so every
 * sale so far is on the cards.
 */
final class LocalScheduledJob {
    interface Drain {
        void drain() throws TimeoutException;
    }

    private final RequestHandler<Map<String, Object>, Map<String, Object>> job;
    private final Drain stream;

    LocalScheduledJob(RequestHandler<Map<String, Object>, Map<String, Object>> job, Drain stream) {
        this.job = job;
        this.stream = stream;
    }

    synchronized Map<String, Object> run(String body) throws Exception {
        String time = LocalChains.timeOf(body);
        stream.drain();
        return job.handleRequest(Map.of("scheduledTime", time), null);
    }
}
