package io.winback.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import io.winback.api.CustomerApiHandler;
import io.winback.ingest.IngestSalesHandler;
import io.winback.json.Json;
import io.winback.snapstart.Priming;
import io.winback.stats.CustomerStatsHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
        IntFunction<Object> requests = i -> switch (requestsOf) {
            case "ingest-sales" -> webhookRequest(inputs, i);
            case "customer-stats" -> StreamBatchReader.batch(inputs, i);
            case "customer-api" -> customerRequest();
            default -> throw new IllegalArgumentException("no requests for " + requestsOf);
        };
        long initStart = System.nanoTime();
        IntFunction<Runnable> calls;
        switch (function) {
            case "ingest-sales" -> {
                IngestSalesHandler handler = new IngestSalesHandler();
                calls = i -> {
                    APIGatewayV2HTTPEvent request = (APIGatewayV2HTTPEvent) requests.apply(i);
                    return () -> expect(handler.handleRequest(request, null).getStatusCode(), 200);
                };
            }
            case "customer-stats" -> {
                CustomerStatsHandler handler = new CustomerStatsHandler();
                calls = i -> {
                    DynamodbEvent batch = (DynamodbEvent) requests.apply(i);
                    return () -> expect(handler.handleRequest(batch, null).getBatchItemFailures().size(), 0);
                };
            }
            case "customer-api" -> {
                CustomerApiHandler handler = new CustomerApiHandler();
                calls = i -> {
                    APIGatewayV2HTTPEvent request = (APIGatewayV2HTTPEvent) requests.apply(i);
                    return () -> expect(handler.handleRequest(request, null).getStatusCode(), 404);
                };
            }
            case "floor" -> {
                // The same probe around the least a Java function on the SDK does: the floor of the others.
                SdkFloorHandler handler = new SdkFloorHandler();
                calls = i -> {
                    requests.apply(i);
                    return () -> expect(handler.handle() ? 1 : 0, 0);
                };
            }
            default -> throw new IllegalArgumentException("unknown function " + function);
        }
        long initNanos = System.nanoTime() - initStart;
        // The request is ready before the call is timed, as the Lambda runtime hands the handler a built event.
        Runnable firstCall = calls.apply(0);
        long primeNanos = 0;
        if (primed) {
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

    private static APIGatewayV2HTTPEvent webhookRequest(Path inputs, int call) {
        String[] signedBody = lines(inputs).get(call).split("\t", 2);
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey("POST /v1/sales").withRawPath("/v1/sales")
                .withHeaders(Map.of("x-winback-signature", signedBody[0])).withBody(signedBody[1]).build();
    }

    private static List<String> lines(Path inputs) {
        try {
            return Files.readAllLines(inputs, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static APIGatewayV2HTTPEvent customerRequest() {
        String token = System.getenv("API_TOKENS").split(",")[0];
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey("GET /v1/customers/{customerId}")
                .withRawPath("/v1/customers/nobody")
                .withHeaders(Map.of("authorization", "Bearer " + token))
                .withPathParameters(Map.of("customerId", "nobody-" + UUID.randomUUID()))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").build()).build())
                .build();
    }
}
