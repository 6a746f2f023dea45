package io.winback.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Invocations and time spent inside each function, as Lambda would bill them (duration of handleRequest). */
public final class FunctionTimings {
    public record Totals(long invocations, long nanos) {
        public double averageMillis() {
            return invocations == 0 ? 0 : nanos / 1e6 / invocations;
        }
    }

    private final Map<String, LongAdder[]> byFunction = new ConcurrentHashMap<>();

    <I, O> RequestHandler<I, O> timed(String function, RequestHandler<I, O> handler) {
        LongAdder[] totals = byFunction.computeIfAbsent(function, k -> new LongAdder[]{new LongAdder(), new LongAdder()});
        return (input, context) -> {
            long started = System.nanoTime();
            try {
                return handler.handleRequest(input, context);
            } finally {
                totals[0].increment();
                totals[1].add(System.nanoTime() - started);
            }
        };
    }

    public Map<String, Totals> snapshot() {
        Map<String, Totals> copy = new TreeMap<>();
        byFunction.forEach((name, t) -> copy.put(name, new Totals(t[0].sum(), t[1].sum())));
        return copy;
    }
}
