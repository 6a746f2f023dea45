package io.winback.timingjob;

import io.winback.sqs.FanOutInvocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The job's runs as events start and continue them: a scheduled start (its first state bounds the sample by the
 * table's size then), or a slice from the queue.
 */
record TimingJobRuns(FanOutInvocation invocation, BiFunction<LocalDate, Instant, String> firstState) {
    Map<String, Object> handle(Map<String, Object> event) {
        return invocation.handle(event, firstState);
    }
}
