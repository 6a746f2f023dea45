package io.winback.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cold-start requests as one line each, written by the bench ({@link ColdStartInputs}) and read back in the probe
 * with JDK classes and the event classes' builders and setters, as light as the Lambda runtime handing a built event
 * over: nothing of Winback, Jackson or the SDK is touched before the clock starts. A line is a kind, then its
 * fields, tab-separated and URL-encoded (maps as a query string).
 */
final class ColdStartRequests {
    private static final String HTTP = "http";
    private static final String SCHEDULED = "scheduled";
    private static final String QUEUED = "queued";

    private ColdStartRequests() {
    }

    /** An HTTP API (v2) request; {@code body} null: none. */
    record Http(String method, String routeKey, String rawPath, Map<String, String> query, Map<String, String> headers,
                Map<String, String> pathParameters, String body) {

        String line() {
            return String.join("\t", HTTP, encode(method), encode(routeKey), encode(rawPath), encode(query),
                    encode(headers), encode(pathParameters), body == null ? "" : "=" + encode(body));
        }

        APIGatewayV2HTTPEvent event() {
            String rawQuery = query.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey(routeKey).withRawPath(rawPath)
                    .withRawQueryString(rawQuery)
                    .withQueryStringParameters(query.isEmpty() ? null : query)
                    .withHeaders(headers)
                    .withPathParameters(pathParameters.isEmpty() ? null : pathParameters)
                    .withBody(body)
                    .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method)
                                    .withPath(rawPath).build()).build())
                    .build();
        }
    }

    static Http http(String method, String routeKey, String rawPath, Map<String, String> query,
                     Map<String, String> headers, Map<String, String> pathParameters, String body) {
        return new Http(method, routeKey, rawPath, query, headers, pathParameters, body);
    }

    /** An EventBridge Scheduler invocation, {@code {"scheduledTime": ...}}. */
    static String scheduled(String scheduledTime) {
        return SCHEDULED + "\t" + encode(scheduledTime);
    }

    /** A work-queue message's body. */
    static String queued(String body) {
        return QUEUED + "\t" + encode(body);
    }

    /**
     * The event of the {@code call}-th request of {@code function}'s file, as its handler takes it: the stream
     * functions' batches in the few bytes {@link StreamBatchReader} reads, the others a line each.
     */
    static Object readFor(String function, Path file, int call) {
        return switch (function) {
            case "customer-stats" -> StreamBatchReader.batch(file, call);
            case "kept-figures" -> StreamBatchReader.changes(file, call);
            default -> read(file, call);
        };
    }

    /** The event of the {@code call}-th line of {@code file}, as its handler takes it. */
    static Object read(Path file, int call) {
        String[] fields = lines(file).get(call).split("\t", -1);
        return switch (fields[0]) {
            case HTTP -> new Http(decode(fields[1]), decode(fields[2]), decode(fields[3]), map(fields[4]),
                    map(fields[5]), map(fields[6]), fields[7].isEmpty() ? null : decode(fields[7].substring(1)))
                    .event();
            case SCHEDULED -> {
                // As the runtime hands a JSON object to a handler of Map: a LinkedHashMap.
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("scheduledTime", decode(fields[1]));
                yield event;
            }
            case QUEUED -> {
                SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
                message.setMessageId("coldstart-" + call);
                message.setBody(decode(fields[1]));
                SQSEvent event = new SQSEvent();
                event.setRecords(List.of(message));
                yield event;
            }
            default -> throw new IllegalArgumentException("not a cold-start request: " + fields[0]);
        };
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(Map<String, String> map) {
        return map.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> map(String encoded) {
        Map<String, String> map = new LinkedHashMap<>();
        if (!encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                String[] keyValue = pair.split("=", 2);
                map.put(decode(keyValue[0]), decode(keyValue[1]));
            }
        }
        return map;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
