package io.winback.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import io.winback.api.CustomerApiHandler;
import io.winback.domain.Sale;
import io.winback.dynamo.SaleItems;
import io.winback.ingest.IngestSalesHandler;
import io.winback.json.Json;
import io.winback.dynamo.LambdaStreamImages;
import io.winback.security.WebhookSignature;
import io.winback.snapstart.Priming;
import io.winback.stats.CustomerStatsHandler;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs in a fresh JVM whose class path is one function's shaded Lambda jar (plus this class): builds the handler as
 * Lambda would (no-arg constructor, configuration from the environment), optionally primes it as SnapStart would
 * before the snapshot, then times the first invocation against DynamoDB Local, then a warm call. Function "floor" is
 * {@link SdkFloorHandler} on the same jar. Prints one JSON line.
 */
public final class ColdStartProbe {
    private static final int WARM_CALLS = 5;
    private ColdStartProbe() {
    }

    public static void main(String[] args) {
        String function = args[0];
        boolean primed = args.length > 1 && args[1].equals("primed");
        long initStart = System.nanoTime();
        Runnable firstCall;
        switch (function) {
            case "ingest-sales" -> {
                IngestSalesHandler handler = new IngestSalesHandler();
                firstCall = () -> expect(handler.handleRequest(webhookRequest(), null).getStatusCode(), 200);
            }
            case "customer-stats" -> {
                CustomerStatsHandler handler = new CustomerStatsHandler();
                firstCall = () -> expect(handler.handleRequest(streamBatch(), null).getBatchItemFailures().size(), 0);
            }
            case "customer-api" -> {
                CustomerApiHandler handler = new CustomerApiHandler();
                firstCall = () -> expect(handler.handleRequest(customerRequest(), null).getStatusCode(), 404);
            }
            case "floor" -> {
                // The same probe around the least a Java function on the SDK does: the floor of the others.
                SdkFloorHandler handler = new SdkFloorHandler();
                firstCall = () -> expect(handler.handle() ? 1 : 0, 0);
            }
            default -> throw new IllegalArgumentException("unknown function " + function);
        }
        long initNanos = System.nanoTime() - initStart;
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
            long warmStart = System.nanoTime();
            firstCall.run();
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

    private static Sale sale() {
        Sale sample = Priming.sampleSale();
        return new Sale("coldstart-" + UUID.randomUUID(), sample.type(), null, sample.storeId(), sample.occurredAt(),
                new io.winback.domain.SaleCustomer("coldstart-customer", null, null, null, null, null, null, null, null),
                sample.lines(), sample.total(), sample.currency(), sample.bonusRedeemed());
    }

    private static APIGatewayV2HTTPEvent webhookRequest() {
        String body = Priming.SAMPLE_SALE.replace("\"__snapstart_priming__\",\"storeId\"",
                "\"coldstart-" + UUID.randomUUID() + "\",\"storeId\"");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String secret = System.getenv("WEBHOOK_SECRETS").split(",")[0];
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey("POST /v1/sales").withRawPath("/v1/sales")
                .withHeaders(Map.of("x-winback-signature", WebhookSignature.sign(secret, System.currentTimeMillis() / 1000, bytes)))
                .withBody(body).build();
    }

    private static DynamodbEvent streamBatch() {
        StreamRecord stream = new StreamRecord();
        stream.setNewImage(LambdaStreamImages.of(SaleItems.toItem(sale(), "coldstart",
                java.time.ZoneOffset.UTC)));
        stream.setSequenceNumber("1");
        DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventName("INSERT");
        record.setDynamodb(stream);
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(record));
        return event;
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
