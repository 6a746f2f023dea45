package io.winback.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.winback.api.CustomerApiHandler;
import io.winback.chainsapi.ChainsApiHandler;
import io.winback.check.SleepingCheckHandler;
import io.winback.console.ConsoleHandler;
import io.winback.ingest.IngestSalesHandler;
import io.winback.json.Json;
import io.winback.keptfigures.KeptFiguresHandler;
import io.winback.reports.ReportsApiHandler;
import io.winback.segments.SegmentsJobHandler;
import io.winback.snapstart.Priming;
import io.winback.stats.CustomerStatsHandler;
import io.winback.timingjob.TimingJobHandler;
import io.winback.worker.ChainWorkerHandler;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * Runs in a fresh JVM whose class path is one function's shaded Lambda jar (plus this class): builds the handler as
 * Lambda would (no-arg constructor, configuration from the environment), optionally primes it as SnapStart would
 * before the snapshot, then times the first invocation against DynamoDB Local, then a warm call. Function "floor" is
 * {@link SdkFloorHandler} on the same jar. Prints one JSON line.
 */
public final class ColdStartProbe {
    static final int WARM_CALLS = 5;
    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        String function = args[0];
        boolean primed = args[1].equals("primed");
        // The requests of the round's function, made by the bench (ColdStartInputs) and read here with JDK classes
        // only: nothing of Winback is loaded before the clock starts. The floor reads the same requests the same
        // way (and ignores them), so both sides do the same untimed preparation.
        String requestsOf = args[2];
        Path inputs = Path.of(args[3]);
        IntFunction<Object> requests = i -> ColdStartRequests.readFor(requestsOf, inputs, i);
        long initStart = System.nanoTime();
        IntFunction<Runnable> calls = switch (function) {
            case "ingest-sales" -> http(new IngestSalesHandler()::handleRequest, requests, 200);
            case "customer-stats" -> {
                CustomerStatsHandler handler = new CustomerStatsHandler();
                yield i -> {
                    DynamodbEvent batch = (DynamodbEvent) requests.apply(i);
                    return () -> expect(handler.handleRequest(batch, null).getBatchItemFailures().size(), 0);
                };
            }
            case "customer-api" -> http(new CustomerApiHandler()::handleRequest, requests, 404);
            case "chains-api" -> http(new ChainsApiHandler()::handleRequest, requests, 200);
            case "reports-api" -> http(new ReportsApiHandler()::handleRequest, requests, 200);
            case "console" -> http(new ConsoleHandler()::handleRequest, requests, 200);
            case "segments-job" -> scheduled(new SegmentsJobHandler()::handleRequest, requests);
            case "sleeping-check" -> scheduled(new SleepingCheckHandler()::handleRequest, requests);
            case "timing-job" -> scheduled(new TimingJobHandler()::handleRequest, requests);
            case "chain-worker" -> {
                ChainWorkerHandler handler = new ChainWorkerHandler();
                yield i -> {
                    SQSEvent batch = (SQSEvent) requests.apply(i);
                    return () -> expect(handler.handleRequest(batch, null).getBatchItemFailures().size(), 0);
                };
            }
            case "kept-figures" -> {
                KeptFiguresHandler handler = new KeptFiguresHandler();
                yield i -> {
                    DynamodbEvent batch = (DynamodbEvent) requests.apply(i);
                    // It answers nothing; a batch it could not count throws.
                    return () -> expect(handler.handleRequest(batch, null) == null ? 0 : 1, 0);
                };
            }
            case "floor" -> {
                // The same probe around the least a Java function on the SDK does: the floor of the others.
                SdkFloorHandler handler = new SdkFloorHandler();
                yield i -> {
                    requests.apply(i);
                    return () -> expect(handler.handle() ? 1 : 0, 0);
                };
            }
            default -> throw new IllegalArgumentException("unknown function " + function);
        };
        long initNanos = System.nanoTime() - initStart;
        // The request is ready before the call is timed, as the Lambda runtime hands the handler a built event.
        Runnable firstCall = calls.apply(0);
        long primeNanos = 0;
        if (primed) {
            if (Priming.primers() == 0) {
                throw new IllegalStateException(function + " registers no SnapStart priming (Priming.beforeSnapshot)");
            }
            long primeStart = System.nanoTime();
            // What the Lambda runtime does before taking the SnapStart snapshot.
            Priming.beforeSnapshotNow();
            primeNanos = System.nanoTime() - primeStart;
        }
        if (System.getenv("WINBACK_PROBE_MARK") != null) {
            System.out.println("FIRST-CALL-STARTS");
        }
        long callStart = System.nanoTime();
        firstCall.run();
        long callNanos = System.nanoTime() - callStart;
        // A warm call of the same JVM: the median of the next five, what a warm function pays per request.
        double[] warm = new double[WARM_CALLS];
        for (int i = 0; i < WARM_CALLS; i++) {
            Runnable warmCall = calls.apply(i + 1);
            long warmStart = System.nanoTime();
            warmCall.run();
            warm[i] = (System.nanoTime() - warmStart) / 1e6;
        }
        java.util.Arrays.sort(warm);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("function", function);
        result.put("primed", primed);
        result.put("uptime_at_response_ms", ManagementFactory.getRuntimeMXBean().getUptime());
        result.put("init_ms", initNanos / 1e6);
        result.put("prime_ms", primeNanos / 1e6);
        result.put("first_call_ms", callNanos / 1e6);
        result.put("warm_call_ms", warm[WARM_CALLS / 2]);
        System.out.println("COLDSTART " + Json.write(result));
    }

    private static void expect(int actual, int expected) {
        if (actual != expected) {
            throw new IllegalStateException("first call answered " + actual + ", expected " + expected);
        }
    }

    /** An HTTP API function's calls, each answering {@code status}. */
    private static IntFunction<Runnable> http(
            BiFunction<APIGatewayV2HTTPEvent, Context, APIGatewayV2HTTPResponse> handler, IntFunction<Object> requests,
            int status) {
        return i -> {
            APIGatewayV2HTTPEvent request = (APIGatewayV2HTTPEvent) requests.apply(i);
            return () -> expect(handler.apply(request, null).getStatusCode(), status);
        };
    }

    /** A scheduled job's runs; each must answer (a failed run throws). */
    @SuppressWarnings("unchecked")
    private static IntFunction<Runnable> scheduled(
            BiFunction<Map<String, Object>, Context, Map<String, Object>> handler, IntFunction<Object> requests) {
        return i -> {
            Map<String, Object> event = (Map<String, Object>) requests.apply(i);
            return () -> expect(handler.apply(event, null) == null ? 0 : 1, 1);
        };
    }
}
