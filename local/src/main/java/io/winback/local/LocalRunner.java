package io.winback.local;

import io.winback.time.WallClock;
import io.winback.emulator.DynamoDbLocal;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import io.winback.config.WinbackConfig;
import io.winback.security.BearerTokens;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoClients;
import io.winback.log.JsonLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;

/**
 * {@code ./winback local [--port 8080] [--host 127.0.0.1] [--data-dir DIR] [--aws-endpoint URL] [--verbose]}: every
 * function in this process, on DynamoDB Local embedded (in memory unless a data directory is given) or on an emulator
 * at the given endpoint. The console keeps the banner; the functions' JSON logs go to a file unless {@code --verbose}.
 */
public final class LocalRunner {
    static final String LOCAL_SECRET = "local-webhook-secret";
    static final String LOCAL_TOKEN = "local-api-token";
    /** The local staff of moscow-1 (the README's store), to try the console's call list as a store sees it. */
    static final String LOCAL_STAFF_TOKEN = "local-moscow-1-staff";
    static final String LOCAL_UNSUBSCRIBE_SECRET = "local-unsubscribe-secret";
    static final String LOCAL_EMAIL_FROM = "shop@winback.local";

    private LocalRunner() {
    }

    public static void main(String[] args) {
        QuietLogging.install();
        ExitCode code = Cli.run("local", args, System.err, rest -> {
            LocalOptions options = LocalOptions.parse(rest, System.getenv());
            if (options == null) {
                System.out.println(LocalOptions.USAGE);
                return ExitCode.OK;
            }
            Running running = start(options, System.getenv());
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                running.close();
                stopped.countDown();
            }));
            System.out.println(running.banner());
            stopped.await();
            return ExitCode.OK;
        });
        if (code != ExitCode.OK) {
            System.exit(code.code());
        }
    }

    /** A started local system and what it holds open; {@link #close()} stops it. */
    record Running(LocalSystem system, AmazonDynamoDBLocal embedded, PrintStream requestLog, String banner)
            implements AutoCloseable {
        @Override
        public void close() {
            system.close();
            if (embedded != null) {
                embedded.shutdown();
            }
            if (requestLog != null) {
                JsonLog.redirect(System.out);
                requestLog.close();
            }
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[18];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Starts everything; a taken port or an unusable data directory is a {@link CliFailure} saying what to do. */
    static Running start(LocalOptions options, Map<String, String> shellEnv) throws IOException {
        Map<String, String> env = new HashMap<>(shellEnv);
        // README prints the local secret and token: fine on this machine alone, not for the shop's network, where
        // anyone could read every customer with them. Listening beyond this machine, each run makes its own.
        boolean onTheNetwork = !LocalOptions.DEFAULT_HOST.equals(options.host()) && !"localhost".equals(options.host());
        env.putIfAbsent(WinbackConfig.WEBHOOK_SECRETS, onTheNetwork ? randomSecret() : LOCAL_SECRET);
        env.putIfAbsent(WinbackConfig.API_TOKENS, onTheNetwork ? randomSecret()
                : LOCAL_TOKEN + ",staff@moscow-1:" + LOCAL_STAFF_TOKEN);
        // Customer keys are often phone numbers: with the public secret anyone on the network could sign an
        // unsubscribe link for every customer. (Links of an earlier run then stop working: local runs only.)
        env.putIfAbsent(WinbackConfig.UNSUBSCRIBE_SECRETS, onTheNetwork ? randomSecret() : LOCAL_UNSUBSCRIBE_SECRET);
        // Locally nothing leaves the machine, so the email channel is on (the outbox keeps what it "sends").
        env.putIfAbsent(WinbackConfig.EMAIL_FROM, LOCAL_EMAIL_FROM);
        env.putIfAbsent(WinbackConfig.PUBLIC_BASE_URL, "http://localhost:" + options.port() + "/");
        Path dataDir = options.dataDir() == null ? null : dataDirectory(options.dataDir());
        chooseHoldoutSalt(env, dataDir, onTheNetwork);
        WinbackConfig config = WinbackConfig.from(env);

        Path logFile = options.verbose() ? null : (dataDir != null ? dataDir : Path.of(System.getProperty("java.io.tmpdir")))
                .resolve(requestLogName(options.port())).toAbsolutePath();
        PrintStream requestLog = null;
        if (logFile != null) {
            requestLog = new PrintStream(new FileOutputStream(logFile.toFile(), true), true, StandardCharsets.UTF_8);
            JsonLog.redirect(requestLog);
        }

        AmazonDynamoDBLocal embedded = null;
        DynamoDbClient dynamo;
        DynamoDbStreamsClient streams;
        String storage;
        Path checkpoints = null;
        if (options.awsEndpoint() != null) {
            dynamo = DynamoClients.forEndpoint(options.awsEndpoint());
            streams = DynamoClients.streamsForEndpoint(options.awsEndpoint());
            storage = "DynamoDB at " + options.awsEndpoint();
        } else {
            if (dataDir != null) {
                // DynamoDB Local embedded keeps everything in one SQLite file.
                Path database = dataDir.resolve("dynamodb-local.db");
                embedded = DynamoDbLocal.inFile(database.toFile());
                // Where the stream stand-in stopped reading: a restart resumes there instead of replaying the stream.
                checkpoints = dataDir.resolve(ShardCheckpoints.FILE_NAME);
                storage = "DynamoDB Local, data in " + database.toAbsolutePath();
            } else {
                embedded = DynamoDbLocal.inMemory();
                storage = "DynamoDB Local, in memory (use --data-dir DIR to keep data)";
            }
            dynamo = embedded.dynamoDbClient();
            streams = embedded.dynamoDbStreamsClient();
        }
        LocalSystem system;
        try {
            system = new LocalSystem(dynamo, streams, config, WallClock.utc(), CapacityMeter.NONE,
                    new LocalSystem.Listen(options.host(), options.port()), UnaryOperator.identity(),
                    options.awsEndpoint(), checkpoints);
        } catch (BindException e) {
            close(embedded, requestLog);
            throw CliFailure.stopped(cannotListen(options.host(), options.port(), e), e);
        } catch (IOException | RuntimeException e) {
            close(embedded, requestLog);
            throw e;
        }
        return new Running(system, embedded, requestLog,
                banner(system.baseUrl(), options.host(), config, storage, logFile));
    }

    /** Why the port could not be taken, from the system's own words, and what to do about it. */
    static String cannotListen(String host, int port, BindException e) {
        String said = e.getMessage() == null ? "" : e.getMessage();
        String why;
        if (said.contains("Cannot assign requested address")) {
            why = "--host " + host + " is not an address of this machine; give one of its own addresses, 127.0.0.1"
                    + " (this machine only) or 0.0.0.0 (every interface)";
        } else if (said.contains("Permission denied")) {
            why = "ports below 1024 need root; choose another port with --port 9090";
        } else {
            why = "another program, perhaps another ./winback local, uses it; stop it or choose another port with"
                    + " --port 9090";
        }
        return "cannot listen on " + host + ":" + port + " (" + said + "): " + why;
    }

    /**
     * The request log's name: the port and the user, since the system's temp directory is shared by every user and
     * another user's file there cannot be written.
     */
    static String requestLogName(int port) {
        String user = System.getProperty("user.name", "").replaceAll("[^A-Za-z0-9._-]", "_");
        return "winback-local-" + (user.isEmpty() ? "" : user + "-") + port + ".log";
    }

    private static void close(AmazonDynamoDBLocal embedded, PrintStream requestLog) {
        if (embedded != null) {
            embedded.shutdown();
        }
        if (requestLog != null) {
            JsonLog.redirect(System.out);
            requestLog.close();
        }
    }

    /**
     * The salt keys the holdout, customer references and erased customers' pseudonyms: with README's default anyone
     * on the network could recover a phone from them by trying every number. It must not change while the data lives
     * (groups and tombstones depend on it), so a data directory keeps its own whatever --host says; a salt set in
     * the environment always wins.
     */
    static void chooseHoldoutSalt(Map<String, String> env, Path dataDir, boolean onTheNetwork) {
        if (env.containsKey(WinbackConfig.HOLDOUT_SALT)) {
            return;
        }
        if (dataDir != null) {
            env.put(WinbackConfig.HOLDOUT_SALT, keptSalt(dataDir));
        } else if (onTheNetwork) {
            env.put(WinbackConfig.HOLDOUT_SALT, randomSecret());
        }
    }

    /**
     * The data directory's own holdout salt: made on first use, read on every later run. A directory that already
     * holds data from before it kept one was made with the default salt, which it keeps (changing it would move
     * customers between groups and let erased customers back in).
     */
    private static String keptSalt(Path dataDir) {
        Path file = dataDir.resolve("holdout-salt");
        try {
            if (!Files.exists(file)) {
                boolean hasData = Files.exists(dataDir.resolve("dynamodb-local.db"));
                Files.writeString(file, hasData ? WinbackConfig.from(Map.of()).chains().holdout().salt()
                        : randomSecret(), StandardCharsets.UTF_8);
            }
            String salt = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (salt.isEmpty()) {
                throw CliFailure.stopped(file.toAbsolutePath() + " is empty; restore it from a backup (the holdout"
                        + " groups and erased customers depend on it), or delete the data directory to start afresh",
                        null);
            }
            return salt;
        } catch (IOException e) {
            throw CliFailure.stopped("cannot read or write " + file.toAbsolutePath() + " ("
                    + e.getClass().getSimpleName() + "); give --data-dir a directory you can write to", e);
        }
    }

    private static Path dataDirectory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw CliFailure.stopped("cannot use " + dir.toAbsolutePath() + " as the data directory ("
                    + e.getClass().getSimpleName() + "); give --data-dir a directory you can write to", e);
        }
    }

    static String banner(URI url, String host, WinbackConfig config, String storage, Path logFile) {
        String secret = config.webhookSecrets().getFirst();
        BearerTokens tokens = new BearerTokens(config.apiTokens());
        String token = tokens.anOwnersToken().orElse("(none: API_TOKENS has no owner's token)");
        StringBuilder staff = new StringBuilder();
        tokens.staffTokensByStore().forEach((store, staffToken) -> staff.append("\n  staff of ").append(store)
                .append(" ".repeat(Math.max(1, 6 - store.length()))).append(staffToken)
                .append("   (API_TOKENS: staff@").append(store).append(":…)"));
        String network = host.equals(LocalOptions.DEFAULT_HOST) ? ""
                : "\n  listening on    " + host + ":" + url.getPort()
                + (host.equals("0.0.0.0") ? " (every interface: a till reaches it at http://<this machine's address>:"
                + url.getPort() + ")" : "")
                + "\n  on the network: this run's own secret and token below (unless set in the shell); /local/*"
                + " answers this machine only";
        String logs = logFile == null ? "on this console (--verbose)" : logFile + "   (--verbose: on this console)";
        return """

                Winback is running at %1$s%7$s
                  storage         %2$s
                  shop time zone  %3$s
                  webhook secret  %4$s   (WEBHOOK_SECRETS)
                  API token       %5$s   (API_TOKENS: the owner's)%8$s
                  console         %1$s/console   (sign in with a token above)
                  request logs    %6$s

                Post a sale:
                  BODY='{"saleId":"R-2","storeId":"moscow-1","occurredAt":"2026-11-20T15:30:00+03:00","customer":{"id":"C-1001"},"total":450.00}'
                  T=$(date +%%s); SIG=$(printf '%%s.%%s' "$T" "$BODY" | openssl dgst -sha256 -hmac '%4$s' | sed 's/^.* //')
                  curl -s %1$s/v1/sales -H "X-Winback-Signature: t=$T,v1=$SIG" -d "$BODY"
                Wait for the stats, then read the customer:
                  curl -s -X POST %1$s/local/drain
                  curl -s %1$s/v1/customers/C-1001 -H 'Authorization: Bearer %5$s'
                Import history, then read one of its customers (CDNOW ids are cdnow- and five digits):
                  ./winback import ../shared/data/cdnow/CDNOW_master.txt --url %1$s
                  curl -s %1$s/v1/customers/cdnow-00001 -H 'Authorization: Bearer %5$s'
                Run the daily sleeping check for a day (the reactivation chains), then see what was sent:
                  curl -s -X POST %1$s/local/schedule/sleeping-check -d '{"time":"2026-12-05T10:00:00+03:00"}'
                  curl -s %1$s/local/outbox
                  curl -s %1$s/v1/chains -H 'Authorization: Bearer %5$s'
                Score the RFM/ABC segments for a day, then read them:
                  curl -s -X POST %1$s/local/schedule/segments-job -d '{"time":"2026-12-05T10:30:00+03:00"}'
                  curl -s %1$s/v1/reports/segments -H 'Authorization: Bearer %5$s'
                Fit the shop's own sleep timing for a day (after importing CDNOW: a 1998 day), then read its backtest:
                  curl -s -X POST %1$s/local/schedule/timing-job -d '{"time":"1998-06-30T10:00:00+03:00"}'
                  curl -s %1$s/v1/reports/timing -H 'Authorization: Bearer %5$s'
                Open the dashboard in a browser (any user name, the API token as the password):
                  %1$s/dashboard

                Ctrl-C to stop.
                """.formatted(url, storage, config.shopZone(), secret, token, logs, network, staff);
    }
}
