package io.winback.local;

import io.winback.time.WallClock;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.winback.validation.FieldError;
import io.winback.http.HttpMessages;
import io.winback.validation.Validated;
import io.winback.json.Json;
import io.winback.log.JsonLog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for API Gateway's HTTP API: matches the routes of template.yaml, builds the payload-2.0 event a Lambda
 * receives (lower-case header names, decoded path parameters, raw body or base64) and writes the handler's answer
 * back. Extra local routes (health, drain) are plain functions.
 */
public final class HttpApiServer implements AutoCloseable {
    /** API Gateway refuses larger payloads before any function runs. */
    static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
    private static final JsonLog LOG = JsonLog.forClass(HttpApiServer.class);

    /** A route: method and a path template with {name} parameters, as in template.yaml. */
    record Route(String method, String pathTemplate, Pattern pattern, List<String> parameterNames,
                 RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
        static Route of(String method, String pathTemplate,
                        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
            List<String> names = new ArrayList<>();
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(pathTemplate);
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(pathTemplate.substring(last, m.start()))).append("([^/]+)");
                names.add(m.group(1));
                last = m.end();
            }
            regex.append(Pattern.quote(pathTemplate.substring(last)));
            return new Route(method, pathTemplate, Pattern.compile(regex.toString()), names, handler);
        }

        String routeKey() {
            return method + " " + pathTemplate;
        }
    }

    /** A local-only endpoint: takes the request body (may be empty), answers a JSON body. */
    interface LocalEndpoint {
        Object answer(String body) throws Exception;
    }

    /** A local endpoint's refusal of its input: answered 400 in the one error shape. */
    static final class BadLocalRequest extends RuntimeException {
        final String field;

        BadLocalRequest(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Route> routes;
    private final Map<String, LocalEndpoint> localEndpoints;

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK:
        // 40 ms lost on every small request. Read once, when the JDK's server classes load.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public HttpApiServer(int port, List<Route> routes, Map<String, LocalEndpoint> localEndpoints) throws IOException {
        this("127.0.0.1", port, routes, localEndpoints);
    }

    /** @throws java.net.BindException when the port is taken */
    public HttpApiServer(String host, int port, List<Route> routes, Map<String, LocalEndpoint> localEndpoints)
            throws IOException {
        this.routes = List.copyOf(routes);
        this.localEndpoints = Map.copyOf(localEndpoints);
        this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
        this.executor = Executors.newFixedThreadPool(8);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String rawPath = exchange.getRequestURI().getRawPath();
            LocalEndpoint local = localEndpoints.get(method + " " + rawPath);
            if (local != null) {
                if (rawPath.startsWith("/local/") && !exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
                    // With --host 0.0.0.0 a till on the network reaches the API and /health; the local controls
                    // (the outbox lists every phone and email) stay with this machine.
                    sendErrors(exchange, 403, Map.of(), "path", rawPath + " answers only on this machine; the API's"
                            + " routes are open to the network");
                    return;
                }
                answerLocal(exchange, local);
                return;
            }
            byte[] body = readAtMost(exchange.getRequestBody(), MAX_PAYLOAD_BYTES + 1);
            if (body.length > MAX_PAYLOAD_BYTES) {
                sendErrors(exchange, 413, Map.of(), "body", "the body is over " + MAX_PAYLOAD_BYTES
                        + " bytes, the most API Gateway takes");
                return;
            }
            for (Route route : routes) {
                Matcher matcher = route.pattern().matcher(rawPath);
                if (route.method().equals(method) && matcher.matches()) {
                    APIGatewayV2HTTPResponse response = route.handler().handleRequest(
                            event(exchange, route, matcher, body), null);
                    Map<String, String> headers = response.getHeaders() == null ? Map.of() : response.getHeaders();
                    String responseBody = response.getBody() == null ? "" : response.getBody();
                    // As API Gateway does: a base64 body is decoded and sent as the bytes it is (a workbook is a
                    // zip; read as UTF-8 text it would be mangled).
                    byte[] bytes = response.getIsBase64Encoded() ? Base64.getDecoder().decode(responseBody)
                            : responseBody.getBytes(StandardCharsets.UTF_8);
                    // API Gateway turns the response's cookies into one Set-Cookie header each.
                    if (response.getCookies() != null) {
                        response.getCookies().forEach(cookie -> exchange.getResponseHeaders().add("set-cookie", cookie));
                    }
                    send(exchange, response.getStatusCode(), headers, bytes);
                    return;
                }
            }
            List<String> allowed = allowedMethods(rawPath);
            if (!allowed.isEmpty()) {
                sendErrors(exchange, 405, Map.of("allow", String.join(", ", allowed)), "method",
                        method + " is not allowed on " + rawPath + "; use " + String.join(" or ", allowed));
                return;
            }
            sendErrors(exchange, 404, Map.of(), "path", "no route " + method + " " + rawPath + "; the routes are "
                    + routeList());
        } catch (RuntimeException e) {
            // Where API Gateway would answer its own 500, the stand-in answers in Winback's one error shape.
            LOG.error("function_failed", e);
            sendErrors(exchange, 500, Map.of(), "server", "the function failed (" + e.getClass().getSimpleName()
                    + "); see the request log");
        }
    }

    private void answerLocal(HttpExchange exchange, LocalEndpoint local) throws IOException {
        try {
            String body = new String(readAtMost(exchange.getRequestBody(), MAX_PAYLOAD_BYTES), StandardCharsets.UTF_8);
            send(exchange, 200, Map.of("content-type", "application/json"), Json.write(local.answer(body)));
        } catch (BadLocalRequest e) {
            sendErrors(exchange, 400, Map.of(), e.field, e.getMessage());
        } catch (Exception e) {
            sendErrors(exchange, 503, Map.of(), "local", String.valueOf(e.getMessage()));
        }
    }

    /** The methods whose routes (or local endpoints) match this path; empty when no route has this path. */
    private List<String> allowedMethods(String rawPath) {
        java.util.Set<String> methods = new java.util.TreeSet<>();
        for (Route route : routes) {
            if (route.pattern().matcher(rawPath).matches()) {
                methods.add(route.method());
            }
        }
        for (String key : localEndpoints.keySet()) {
            if (key.endsWith(" " + rawPath)) {
                methods.add(key.substring(0, key.indexOf(' ')));
            }
        }
        return List.copyOf(methods);
    }

    private String routeList() {
        List<String> all = new ArrayList<>();
        routes.forEach(route -> all.add(route.routeKey()));
        localEndpoints.keySet().stream().sorted().forEach(all::add);
        return String.join(", ", all);
    }

    private static void sendErrors(HttpExchange exchange, int status, Map<String, String> extraHeaders, String field,
                                   String message) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("content-type", "application/json");
        send(exchange, status, headers, HttpMessages.errorsBody(List.of(FieldError.of(field, message))));
    }

    private static APIGatewayV2HTTPEvent event(HttpExchange exchange, Route route, Matcher matcher, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
        Map<String, String> pathParameters = new HashMap<>();
        for (int i = 0; i < route.parameterNames().size(); i++) {
            pathParameters.put(route.parameterNames().get(i), decodePathSegment(matcher.group(i + 1)));
        }
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.merge(name, value, (a, b) -> a + "," + b);
            }
        }
        String text = utf8OrNull(body);
        String requestId = UUID.randomUUID().toString();
        String rawPath = exchange.getRequestURI().getRawPath();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(route.routeKey())
                .withRawPath(rawPath)
                .withRawQueryString(rawQuery == null ? "" : rawQuery)
                .withHeaders(headers)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withPathParameters(pathParameters.isEmpty() ? null : pathParameters)
                .withBody(body.length == 0 ? null : text != null ? text : Base64.getEncoder().encodeToString(body))
                .withIsBase64Encoded(body.length > 0 && text == null)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRouteKey(route.routeKey())
                        .withStage("$default")
                        .withRequestId(requestId)
                        .withTimeEpoch(WallClock.utc().instant().toEpochMilli())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(exchange.getRequestMethod())
                                .withPath(rawPath)
                                .withProtocol(exchange.getProtocol())
                                .withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
                                .withUserAgent(headers.get("user-agent"))
                                .build())
                        .build())
                .build();
    }

    /** Percent-decoding of a path segment: unlike a query string, '+' is a plus sign here. */
    static String decodePathSegment(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String utf8OrNull(byte[] body) {
        return HttpMessages.utf8Text(body) instanceof Validated.Valid<String> text ? text.value() : null;
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, String body)
            throws IOException {
        send(exchange, status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] bytes)
            throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
