package io.winback.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.winback.json.Json;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The work queue as the cold-start probes reach it: an HTTP endpoint speaking SQS's JSON protocol that accepts every
 * {@code SendMessageBatch} and {@code SendMessage} (answering the body's MD5, which the SDK checks) and keeps nothing.
 * The daily check's first run queues what is due, as it does in AWS, over the SDK's real HTTP path; nothing consumes
 * the items. In the bench's own JVM, so the probes pay only their side of the call, as against SQS.
 */
final class ColdStartQueue implements AutoCloseable {
    private final HttpServer server;
    private final AtomicLong accepted = new AtomicLong();

    ColdStartQueue() throws IOException {
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Messages accepted so far. */
    long accepted() {
        return accepted.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            JsonNode request = Json.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ObjectNode response = Json.mapper().createObjectNode();
            if (target.endsWith(".SendMessageBatch")) {
                ArrayNode successful = response.putArray("Successful");
                response.putArray("Failed");
                for (JsonNode entry : request.path("Entries")) {
                    successful.addObject().put("Id", entry.get("Id").asText())
                            .put("MessageId", UUID.randomUUID().toString())
                            .put("MD5OfMessageBody", md5(entry.get("MessageBody").asText()));
                    accepted.incrementAndGet();
                }
            } else if (target.endsWith(".SendMessage")) {
                response.put("MessageId", UUID.randomUUID().toString())
                        .put("MD5OfMessageBody", md5(request.get("MessageBody").asText()));
                accepted.incrementAndGet();
            } else {
                reply(exchange, 400, "{\"__type\":\"com.amazonaws.sqs#InvalidAction\",\"message\":\"" + target + "\"}");
                return;
            }
            reply(exchange, 200, Json.write(response));
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String md5(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
