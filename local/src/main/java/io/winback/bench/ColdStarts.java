package io.winback.bench;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import io.winback.dynamo.DynamoClients;
import io.winback.dynamo.TableDefinitions;
import io.winback.json.Json;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For each function: the deployable jar's size, and the first invocation in a fresh JVM on that jar alone, against
 * DynamoDB Local over HTTP as a Lambda would reach DynamoDB: once as a plain cold start (static init, constructor,
 * first call) and once after the priming SnapStart runs before its snapshot (then only the call remains after a
 * restore). The median of three fresh JVMs each.
 */
final class ColdStarts {
    static final List<String> FUNCTIONS = List.of("ingest-sales", "customer-stats", "customer-api");
    private static final int RUNS = 3;
    private final Path root;

    ColdStarts(Path root) {
        this.root = root;
    }

    Map<String, Object> measure() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // -sharedDb: the functions sign with other credentials than the bench, and must see the same tables.
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                new String[]{"-inMemory", "-sharedDb", "-disableTelemetry", "-port", Integer.toString(port)});
        server.start();
        try {
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            try (var dynamo = DynamoClients.forEndpoint(endpoint)) {
                TableDefinitions.createIfMissing(dynamo, "winback-sales", "winback-customers");
                TableDefinitions.createIfMissing(dynamo, io.winback.dynamo.SaleLinesTable.definition("winback-sale-lines"));
            }
            Map<String, Object> all = new LinkedHashMap<>();
            for (String function : FUNCTIONS) {
                Path jar = root.resolve("functions/" + function + "/target/" + function + "-lambda.jar");
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("jar_mb", Benchmark.round(Files.size(jar) / 1024.0 / 1024.0));
                Map<String, Double> plain = median(function, jar, endpoint, false);
                Map<String, Double> primed = median(function, jar, endpoint, true);
                one.put("init_ms", plain.get("init_ms"));
                one.put("first_invocation_ms", Benchmark.round(plain.get("init_ms") + plain.get("first_call_ms")));
                one.put("jvm_start_to_first_response_ms", plain.get("uptime_at_response_ms"));
                one.put("priming_ms", primed.get("prime_ms"));
                one.put("first_invocation_after_priming_ms", primed.get("first_call_ms"));
                all.put(function, one);
            }
            return all;
        } finally {
            server.stop();
        }
    }

    private Map<String, Double> median(String function, Path jar, URI endpoint, boolean primed) throws Exception {
        List<Map<String, Double>> runs = new java.util.ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(probe(function, jar, endpoint, primed));
        }
        Map<String, Double> median = new LinkedHashMap<>();
        for (String key : runs.getFirst().keySet()) {
            median.put(key, Benchmark.round(runs.stream().mapToDouble(r -> r.get(key)).sorted().toArray()[RUNS / 2]));
        }
        return median;
    }

    private Map<String, Double> probe(String function, Path jar, URI endpoint, boolean primed) throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(javaBin, "-cp",
                jar + java.io.File.pathSeparator + root.resolve("local/target/classes"),
                ColdStartProbe.class.getName(), function, primed ? "primed" : "plain");
        Map<String, String> env = builder.environment();
        env.put("AWS_REGION", "eu-central-1");
        env.put("AWS_ACCESS_KEY_ID", "coldstart");
        env.put("AWS_SECRET_ACCESS_KEY", "coldstart");
        env.put("AWS_ENDPOINT_URL_DYNAMODB", endpoint.toString());
        env.put("WEBHOOK_SECRETS", "coldstart-webhook-secret");
        env.put("API_TOKENS", "coldstart-api-token");
        // As template.yaml sets it for every function.
        env.put("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || !output.contains("COLDSTART ")) {
            throw new IOException("cold start probe of " + function + " failed:\n" + output);
        }
        String line = output.lines().filter(l -> l.startsWith("COLDSTART ")).findFirst().orElseThrow();
        Map<String, Double> values = new LinkedHashMap<>();
        Json.readTree(line.substring("COLDSTART ".length())).properties().forEach(e -> {
            if (e.getValue().isNumber()) {
                values.put(e.getKey(), e.getValue().doubleValue());
            }
        });
        return values;
    }
}
