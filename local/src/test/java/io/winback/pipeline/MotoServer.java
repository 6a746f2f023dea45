package io.winback.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.dynamo.DynamoClients;
import io.winback.json.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A moto_server process on a free loopback port, for the life of a test class, with moto's own API to read back
 * what SES and SNS "sent" and to forget everything between tests.
 */
public final class MotoServer implements Backend, AutoCloseable {
    private final Process process;
    private final URI endpoint;
    private final DynamoDbClient dynamo;
    private final DynamoDbStreamsClient streams;

    private MotoServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
        this.dynamo = DynamoClients.forEndpoint(endpoint);
        this.streams = DynamoClients.streamsForEndpoint(endpoint);
    }

    public static boolean installed() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (new File(dir, "moto_server").canExecute()) {
                return true;
            }
        }
        return false;
    }

    public static MotoServer start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                http.send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                return new MotoServer(process, endpoint);
            } catch (IOException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IOException("moto_server did not start on port " + port, notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Everything moto holds, as {@code GET /moto-api/data.json} shows it. */
    public JsonNode data() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(endpoint.resolve("/moto-api/data.json")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.readTree(response.body());
    }

    /** Forgets every resource and message. */
    public void reset() throws IOException, InterruptedException {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    @Override
    public URI awsEndpoint() {
        return endpoint;
    }

    @Override
    public DynamoDbClient dynamo() {
        return dynamo;
    }

    @Override
    public DynamoDbStreamsClient streams() {
        return streams;
    }

    @Override
    public void close() {
        dynamo.close();
        streams.close();
        process.destroy();
    }
}
