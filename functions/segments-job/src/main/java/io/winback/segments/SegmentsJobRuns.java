package io.winback.segments;

import io.winback.sqs.FanOutInvocation;

import java.util.Map;

/** The job's runs as events start and continue them: a scheduled start, or a slice from the queue. */
record SegmentsJobRuns(FanOutInvocation invocation) {
    Map<String, Object> handle(Map<String, Object> event) {
        return invocation.handle(event, SegmentsJob::firstState);
    }
}
