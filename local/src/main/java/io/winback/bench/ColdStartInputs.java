package io.winback.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.chain.WorkItem;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.dynamo.SaleItems;
import io.winback.json.Json;
import io.winback.security.WebhookSignature;
import io.winback.snapstart.Priming;
import io.winback.sqs.WorkItemJson;
import io.winback.time.WallClock;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The requests a probe sends, made in the bench's own JVM as the POS (signed webhook bodies), API Gateway (the
 * sample events of {@code events/}), the Sales and Chains streams (stream batches), EventBridge Scheduler and the work queue make
 * them elsewhere: building them inside the probe would load and warm Winback's own classes (the signature, the sale
 * item mapper, Jackson) before the clock starts, and the first invocation would look cheaper than it is. The probe
 * only reads them back, with JDK classes ({@link ColdStartRequests}).
 *
 * <p>Each function's first request is one it really gets first, made so that it can come again in every round:
 * a new sale, a new stream record of a sale, a new one of an episode's change, the customer API and the console reading, a report over the sample month, a job's
 * scheduled run over the bench's small tables (its first slice is all of it), the worker deciding on a returning
 * customer.
 */
final class ColdStartInputs {
    /** One first call and the warm calls after it, each a new sale so that none is a duplicate. */
    static final int CALLS = 1 + ColdStartProbe.WARM_CALLS;
    /** The probe's owner token (API_TOKENS). */
    static final String API_TOKEN = "coldstart-api-token";

    private ColdStartInputs() {
    }

    /**
     * Writes the requests of {@code function} into {@code file}. The stream batches are sales of {@code customer},
     * and the worker decides on {@code customer}; the sample events are read from {@code root}'s {@code events/}.
     */
    static void write(String function, Path file, Path root, String webhookSecret, String customer)
            throws IOException {
        switch (function) {
            case "ingest-sales" -> lines(file, i -> signedSale(webhookSecret));
            case "customer-stats" -> {
                // Stored as the webhook stores a sale: received now (the stats function needs to know when, to bound
                // how long the record may come again).
                String receivedAt = WallClock.utc().instant().toString();
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                    for (int i = 0; i < CALLS; i++) {
                        writeImage(out, SaleItems.toItem(sale(customer, Priming.sampleSale().occurredAt()),
                                receivedAt, ZoneOffset.UTC));
                    }
                }
            }
            // A card nobody has (each call another), as a POS looks a customer up before a sale.
            case "customer-api" -> lines(file, i -> {
                String key = "nobody-" + UUID.randomUUID();
                return ColdStartRequests.http("GET", "GET /v1/customers/{customerId}", "/v1/customers/" + key,
                        Map.of(), bearer(), Map.of("customerId", key), null).line();
            });
            // The marketer opens the chains in force (a PUT of events/chains-api-put.json is based on version 0 and
            // would conflict from the second round on).
            case "chains-api" -> lines(file, i -> ColdStartRequests.http("GET", "GET /v1/chains", "/v1/chains",
                    Map.of(), bearer(), Map.of(), null).line());
            case "reports-api" -> {
                String line = sampleEvent(root, "reports-api-metrics-csv.json").line();
                lines(file, i -> line);
            }
            // Staff open the console's call list (the first page after sign-in), rendered by its jte template.
            case "console" -> lines(file, i -> ColdStartRequests.http("GET", "GET /console/tasks", "/console/tasks",
                    Map.of(), bearer(), Map.of(), null).line());
            case "segments-job" -> scheduled(file, root, "segments-job-scheduled.json");
            case "sleeping-check" -> scheduled(file, root, "daily-check-scheduled.json");
            // The timing job has no sample event; it is scheduled as the segments job is.
            case "timing-job" -> scheduled(file, root, "segments-job-scheduled.json");
            // The daily check's most frequent item: decide on a customer whose sleep day has come, long ago (past
            // the catch-up window, so nothing is sent: the probe has no SMS provider), reading the card, the chains
            // in force and the timing.
            case "chain-worker" -> lines(file, i -> ColdStartRequests.queued(WorkItemJson.write(
                    new WorkItem.DecideSleeper(customer, LocalDate.of(2025, 3, 22),
                            Instant.parse("2026-12-05T07:00:00Z")))));
            // The Chains stream's episode change of events/kept-figures-batch.json (a conversion), each call under
            // a new event id: a batch not counted before, so each call writes its marker and figures.
            case "kept-figures" -> {
                JsonNode record = readEvent(root, "kept-figures-batch.json").at("/Records/0");
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                    for (int i = 0; i < CALLS; i++) {
                        writeChange(out, "coldstart-" + UUID.randomUUID(), record);
                    }
                }
            }
            default -> throw new IllegalArgumentException("no cold-start requests for function " + function);
        }
    }

    private static Map<String, String> bearer() {
        return Map.of("authorization", "Bearer " + API_TOKEN);
    }

    /** One line per call. */
    private static void lines(Path file, java.util.function.IntFunction<String> call) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            lines.add(call.apply(i));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static void scheduled(Path file, Path root, String event) throws IOException {
        String line = ColdStartRequests.scheduled(readEvent(root, event).get("scheduledTime").asText());
        lines(file, i -> line);
    }

    /** An HTTP API event of {@code events/}, its bearer token the probe's. */
    static ColdStartRequests.Http sampleEvent(Path root, String event) throws IOException {
        JsonNode json = readEvent(root, event);
        Map<String, String> headers = texts(json.get("headers"));
        if (headers.containsKey("authorization")) {
            headers.put("authorization", "Bearer " + API_TOKEN);
        }
        return new ColdStartRequests.Http(json.at("/requestContext/http/method").asText(),
                json.get("routeKey").asText(), json.get("rawPath").asText(), texts(json.get("queryStringParameters")),
                headers, texts(json.get("pathParameters")), json.hasNonNull("body") ? json.get("body").asText() : null);
    }

    private static JsonNode readEvent(Path root, String event) throws IOException {
        return Json.readTree(Files.readString(root.resolve("events").resolve(event)));
    }

    private static Map<String, String> texts(JsonNode object) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (object != null) {
            object.properties().forEach(e -> texts.put(e.getKey(), e.getValue().asText()));
        }
        return texts;
    }

    /** A POS posting a sale: the priming sample with a new sale id each time, signed now. */
    private static String signedSale(String secret) {
        String body = Priming.SAMPLE_SALE.replace("\n", " ").replace("\"" + Priming.NEVER_A_KEY + "\",\"storeId\"",
                "\"coldstart-" + UUID.randomUUID() + "\",\"storeId\"");
        String signature = WebhookSignature.sign(secret, WallClock.utc().instant().getEpochSecond(),
                body.getBytes(StandardCharsets.UTF_8));
        return ColdStartRequests.http("POST", "POST /v1/sales", "/v1/sales", Map.of(),
                Map.of("x-winback-signature", signature), Map.of(), body).line();
    }

    /** A new sale (its own id) of {@code customer} at {@code occurredAt}, otherwise the priming sample. */
    static Sale sale(String customer, OffsetDateTime occurredAt) {
        Sale sample = Priming.sampleSale();
        return new Sale("coldstart-" + UUID.randomUUID(), sample.type(), null, sample.storeId(), occurredAt,
                new SaleCustomer(customer, null, null, null, null, null, null, null, null),
                sample.lines(), sample.total(), sample.currency(), sample.bonusRedeemed());
    }

    /**
     * A stream record's new image in the few bytes {@link StreamBatchReader} reads back: a tag per value, then its
     * text, its count of entries or its entries. (Java serialisation would do, but warms reflection and class
     * loading in the probe before the clock starts.)
     */
    static void writeImage(DataOutputStream out, Map<String, AttributeValue> item) throws IOException {
        out.writeInt(item.size());
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            out.writeUTF(attribute.getKey());
            writeValue(out, attribute.getValue());
        }
    }

    /** A Chains stream record (as Lambda delivers it, in JSON) under {@code eventId}, for {@link StreamBatchReader#changes}. */
    static void writeChange(DataOutputStream out, String eventId, JsonNode record) throws IOException {
        out.writeUTF(eventId);
        out.writeUTF(record.get("eventName").asText());
        out.writeUTF(record.at("/dynamodb/SequenceNumber").asText());
        for (String image : List.of("OldImage", "NewImage")) {
            JsonNode json = record.at("/dynamodb/" + image);
            out.writeBoolean(!json.isMissingNode());
            if (!json.isMissingNode()) {
                writeImage(out, sdkImage(json));
            }
        }
    }

    /** A stream image in its JSON form ({@code {"name": {"S": "..."}}}) as the SDK's attribute values. */
    private static Map<String, AttributeValue> sdkImage(JsonNode image) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        image.properties().forEach(e -> item.put(e.getKey(), sdkValue(e.getValue())));
        return item;
    }

    private static AttributeValue sdkValue(JsonNode typed) {
        var entry = typed.properties().iterator().next();
        JsonNode v = entry.getValue();
        return switch (entry.getKey()) {
            case "S" -> AttributeValue.fromS(v.asText());
            case "N" -> AttributeValue.fromN(v.asText());
            case "BOOL" -> AttributeValue.fromBool(v.asBoolean());
            case "NULL" -> AttributeValue.fromNul(true);
            case "M" -> AttributeValue.fromM(sdkImage(v));
            case "L" -> {
                List<AttributeValue> elements = new ArrayList<>();
                v.forEach(element -> elements.add(sdkValue(element)));
                yield AttributeValue.fromL(elements);
            }
            case "SS" -> {
                List<String> texts = new ArrayList<>();
                v.forEach(text -> texts.add(text.asText()));
                yield AttributeValue.fromSs(texts);
            }
            default -> throw new IllegalArgumentException("a Chains stream image has no " + entry.getKey() + " value");
        };
    }

    private static void writeValue(DataOutputStream out, AttributeValue value) throws IOException {
        switch (value.type()) {
            case S -> text(out, 'S', value.s());
            case N -> text(out, 'N', value.n());
            case BOOL -> {
                out.writeByte('B');
                out.writeBoolean(value.bool());
            }
            case NUL -> out.writeByte('0');
            case SS -> texts(out, 'T', value.ss());
            case NS -> texts(out, 'U', value.ns());
            case M -> {
                out.writeByte('M');
                writeImage(out, value.m());
            }
            case L -> {
                out.writeByte('L');
                out.writeInt(value.l().size());
                for (AttributeValue element : value.l()) {
                    writeValue(out, element);
                }
            }
            default -> throw new IllegalArgumentException("a stream image has no " + value.type() + " attribute");
        }
    }

    private static void text(DataOutputStream out, char tag, String text) throws IOException {
        out.writeByte(tag);
        out.writeUTF(text);
    }

    private static void texts(DataOutputStream out, char tag, List<String> texts) throws IOException {
        out.writeByte(tag);
        out.writeInt(texts.size());
        for (String text : texts) {
            out.writeUTF(text);
        }
    }
}
