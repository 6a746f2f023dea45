package io.winback.bench;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.DynamoClients;
import io.winback.dynamo.TableDefinitions;
import io.winback.json.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For each function: the deployable jar's size, and the first invocation in a fresh JVM on that jar alone, against
 * DynamoDB Local over HTTP as a Lambda would reach DynamoDB: as a plain cold start (static init, constructor, first
 * call) held to the floor any Java function on the SDK pays ({@link SdkFloorHandler} on the same jar, probed right
 * after), and after the priming SnapStart runs before its snapshot (then only the call remains after a restore) held
 * to a warm call. {@link #ROUNDS} rounds of fresh JVMs (a single round swings by a third on a shared machine); ratios as
 * the median and the range over the rounds.
 */
final class ColdStarts {
    /**
     * Every function of {@code functions/}, the first three in the order the earlier runs measured them, the ones
     * added since at the end.
     */
    static final List<String> FUNCTIONS = List.of("ingest-sales", "customer-stats", "customer-api", "chains-api",
            "reports-api", "console", "chain-worker", "sleeping-check", "segments-job", "timing-job", "kept-figures");
    /**
     * Rounds per function. Seven since every function is measured (ten, not three): 210 fresh JVMs instead of 330
     * keep {@code --coldstart-only} near six minutes on two cores; an odd count keeps the median a real round, and the
     * range still shows the swing.
     */
    static final int ROUNDS = 7;
    private static final String WEBHOOK_SECRET = "coldstart-webhook-secret";
    private final Path root;
    private final List<String> functions;
    private final int roundsPerFunction;
    private ReturningCustomers customers;
    private URI queueEndpoint;

    ColdStarts(Path root) {
        this(root, FUNCTIONS, ROUNDS);
    }

    /** Only {@code functions}, {@code rounds} rounds each: for looking into one function's cold start. */
    ColdStarts(Path root, List<String> functions, int rounds) {
        this.root = root;
        this.functions = functions;
        this.roundsPerFunction = rounds;
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
        try (ColdStartQueue queue = new ColdStartQueue()) {
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            this.queueEndpoint = queue.endpoint();
            WinbackConfig config = WinbackConfig.from(environment(endpoint, queueEndpoint));
            try (DynamoDbClient dynamo = DynamoClients.forEndpoint(endpoint)) {
                // Every table the functions' configuration names, so that no call fails on a missing one.
                TableDefinitions.createAll(dynamo, config.salesTable(), config.customersTable(),
                        config.chains().chainsTable(), config.saleLinesTable());
                this.customers = new ReturningCustomers(dynamo, config);
                // One seeded untimed, so that the bench's own first use of the customer classes precedes every probe.
                customers.next();
                return measureAll(endpoint);
            }
        } finally {
            server.stop();
        }
    }

    private Map<String, Object> measureAll(URI endpoint) throws Exception {
        Map<String, Object> all = new LinkedHashMap<>();
        for (String function : functions) {
            Path jar = root.resolve("functions/" + function + "/target/" + function + "-lambda.jar");
            List<Map<String, Double>> plain = new ArrayList<>();
            List<Map<String, Double>> floor = new ArrayList<>();
            List<Map<String, Double>> primed = new ArrayList<>();
            List<ColdStartRatios.Round> rounds = new ArrayList<>();
            for (int i = 0; i < roundsPerFunction; i++) {
                // One round: the function and the floor on the same jar one right after the other, which goes
                // first alternating so that neither always meets the warmer DynamoDB Local; then the primed one.
                if (i % 2 == 0) {
                    plain.add(probe(function, function, jar, endpoint, false));
                    floor.add(probe("floor", function, jar, endpoint, false));
                } else {
                    floor.add(probe("floor", function, jar, endpoint, false));
                    plain.add(probe(function, function, jar, endpoint, false));
                }
                primed.add(probe(function, function, jar, endpoint, true));
                rounds.add(new ColdStartRatios.Round(firstInvocation(plain.getLast()),
                        firstInvocation(floor.getLast()), primed.getLast().get("first_call_ms"),
                        primed.getLast().get("warm_call_ms")));
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("jar_mb", Benchmark.round(Files.size(jar) / 1024.0 / 1024.0));
            one.putAll(ColdStartRatios.summarize(rounds));
            // The absolute times behind the ratios, medians over the rounds: for reading, not for targets.
            one.put("init_ms", median(plain, "init_ms"));
            one.put("first_invocation_ms", Benchmark.round(ColdStartRatios.median(
                    plain.stream().map(ColdStarts::firstInvocation).toList())));
            one.put("floor_first_invocation_ms", Benchmark.round(ColdStartRatios.median(
                    floor.stream().map(ColdStarts::firstInvocation).toList())));
            one.put("jvm_start_to_first_response_ms", median(plain, "uptime_at_response_ms"));
            one.put("priming_ms", median(primed, "prime_ms"));
            one.put("first_invocation_after_priming_ms", median(primed, "first_call_ms"));
            one.put("warm_call_ms", median(primed, "warm_call_ms"));
            all.put(function, one);
        }
        return all;
    }

    private static double firstInvocation(Map<String, Double> probe) {
        return probe.get("init_ms") + probe.get("first_call_ms");
    }

    private static double median(List<Map<String, Double>> probes, String key) {
        return Benchmark.round(ColdStartRatios.median(probes.stream().map(p -> p.get(key)).toList()));
    }

    /** What a probe's function finds in its environment, as Lambda would set it from the template. */
    private static Map<String, String> environment(URI endpoint, URI queue) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_REGION", "eu-central-1");
        env.put("AWS_ACCESS_KEY_ID", "coldstart");
        env.put("AWS_SECRET_ACCESS_KEY", "coldstart");
        env.put("AWS_ENDPOINT_URL_DYNAMODB", endpoint.toString());
        env.put("WEBHOOK_SECRETS", WEBHOOK_SECRET);
        env.put("API_TOKENS", ColdStartInputs.API_TOKEN);
        // The worker signs unsubscribe links.
        env.put("UNSUBSCRIBE_SECRETS", "coldstart-unsubscribe-secret");
        // The daily check queues what is due: to the bench's stand-in (ColdStartQueue), over the SDK as to SQS.
        env.put("AWS_ENDPOINT_URL_SQS", queue.toString());
        env.put("WORK_QUEUE_URL", queue + "/000000000000/coldstart-work");
        // The whole-base jobs' slices queue (main's fan-out), to the same stand-in.
        env.put("SLICES_QUEUE_URL", queue + "/000000000000/coldstart-slices");
        // As template.yaml sets it for every function.
        env.put("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");
        return env;
    }

    /**
     * The requests of one probe of {@code requestsOf}'s round. Each probe of the stats gets its own customer, one who
     * has bought before, as most buyers of a shop have: a customer shared by every round would pile up sales and
     * grow heavier round after round.
     */
    static void writeInputs(String requestsOf, Path root, Path inputs, ReturningCustomers customers)
            throws IOException {
        String customer = requestsOf.equals("customer-stats") || requestsOf.equals("chain-worker")
                ? customers.next() : "";
        ColdStartInputs.write(requestsOf, inputs, root, WEBHOOK_SECRET, customer);
    }

    /** Probes {@code function} (or the floor) with fresh requests of the round's function {@code requestsOf}. */
    private Map<String, Double> probe(String function, String requestsOf, Path jar, URI endpoint, boolean primed)
            throws Exception {
        Path inputs = Files.createTempFile("winback-coldstart-", ".in");
        try {
            writeInputs(requestsOf, root, inputs, customers);
            return probe(function, requestsOf, jar, endpoint, primed, inputs);
        } finally {
            Files.deleteIfExists(inputs);
        }
    }

    private Map<String, Double> probe(String function, String requestsOf, Path jar, URI endpoint, boolean primed,
                                      Path inputs) throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(javaBin, "-cp",
                jar + java.io.File.pathSeparator + root.resolve("local/target/classes"),
                ColdStartProbe.class.getName(), function, primed ? "primed" : "plain", requestsOf, inputs.toString());
        builder.environment().putAll(environment(endpoint, queueEndpoint));
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
