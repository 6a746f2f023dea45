package io.winback.local;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import java.io.File;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./winback local [--port 8080] [--data-dir DIR] [--aws-endpoint URL]}: every function in this process, on
 * DynamoDB Local embedded (in memory unless a data directory is given) or on an emulator at the given endpoint.
 */
public final class LocalRunner {
    static final String LOCAL_SECRET = "local-webhook-secret";
    static final String LOCAL_TOKEN = "local-api-token";
    static final String LOCAL_UNSUBSCRIBE_SECRET = "local-unsubscribe-secret";
    static final String LOCAL_EMAIL_FROM = "shop@winback.local";

    private LocalRunner() {
    }

    public static void main(String[] args) throws Exception {
        // DynamoDB Local's own warnings (no JAXB, SQLite housekeeping) mean nothing to a user of Winback.
        java.util.logging.Logger.getLogger("com.amazonaws").setLevel(java.util.logging.Level.SEVERE);
        java.util.logging.Logger.getLogger("com.almworks").setLevel(java.util.logging.Level.SEVERE);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putIfAbsent(WinbackConfig.WEBHOOK_SECRETS, LOCAL_SECRET);
        env.putIfAbsent(WinbackConfig.API_TOKENS, LOCAL_TOKEN);
        env.putIfAbsent(WinbackConfig.UNSUBSCRIBE_SECRETS, LOCAL_UNSUBSCRIBE_SECRET);
        // Locally nothing leaves the machine, so the email channel is on (the outbox keeps what it "sends").
        env.putIfAbsent(WinbackConfig.EMAIL_FROM, LOCAL_EMAIL_FROM);
        int port = Integer.parseInt(env.getOrDefault("WINBACK_PORT", "8080"));
        String dataDir = null;
        String endpoint = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--data-dir" -> dataDir = value(args, ++i, "--data-dir");
                case "--aws-endpoint" -> endpoint = value(args, ++i, "--aws-endpoint");
                case "-h", "--help" -> {
                    System.out.println("usage: ./winback local [--port 8080] [--data-dir DIR] [--aws-endpoint URL]");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; try --help");
            }
        }
        WinbackConfig config = WinbackConfig.from(env);

        AmazonDynamoDBLocal embedded = null;
        DynamoDbClient dynamo;
        DynamoDbStreamsClient streams;
        String storage;
        if (endpoint != null) {
            dynamo = DynamoClients.forEndpoint(URI.create(endpoint));
            streams = DynamoClients.streamsForEndpoint(URI.create(endpoint));
            storage = "DynamoDB at " + endpoint;
        } else {
            if (dataDir != null) {
                File directory = new File(dataDir);
                if (!directory.isDirectory() && !directory.mkdirs()) {
                    throw new IllegalArgumentException("cannot create the data directory " + directory);
                }
                // DynamoDB Local embedded keeps everything in one SQLite file.
                File database = new File(directory, "dynamodb-local.db");
                embedded = DynamoDBEmbedded.create(database, true);
                storage = "DynamoDB Local, data in " + database.getAbsolutePath();
            } else {
                embedded = DynamoDBEmbedded.create(true);
                storage = "DynamoDB Local, in memory (use --data-dir DIR to keep data)";
            }
            dynamo = embedded.dynamoDbClient();
            streams = embedded.dynamoDbStreamsClient();
        }

        env.putIfAbsent(WinbackConfig.PUBLIC_BASE_URL, "http://localhost:" + port + "/");
        config = WinbackConfig.from(env);
        LocalSystem system = new LocalSystem(dynamo, streams, config, Clock.systemUTC(), CapacityMeter.NONE, port,
                java.util.function.UnaryOperator.identity(), endpoint == null ? null : URI.create(endpoint));
        CountDownLatch stopped = new CountDownLatch(1);
        AmazonDynamoDBLocal toShutDown = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            system.close();
            if (toShutDown != null) {
                toShutDown.shutdown();
            }
            stopped.countDown();
        }));
        System.out.println(banner(system.baseUrl(), config, storage));
        stopped.await();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static String banner(URI url, WinbackConfig config, String storage) {
        String secret = config.webhookSecrets().getFirst();
        String token = config.apiTokens().getFirst();
        return """

                Winback is running at %1$s
                  storage         %2$s
                  shop time zone  %3$s
                  webhook secret  %4$s   (WEBHOOK_SECRETS)
                  API token       %5$s   (API_TOKENS)

                Post a sale:
                  BODY='{"saleId":"R-1","storeId":"s1","occurredAt":"'$(date -Iseconds)'","customer":{"id":"C-1001"},"total":900.00}'
                  T=$(date +%%s); SIG=$(printf '%%s.%%s' "$T" "$BODY" | openssl dgst -sha256 -hmac '%4$s' | sed 's/^.* //')
                  curl -s %1$s/v1/sales -H "X-Winback-Signature: t=$T,v1=$SIG" -d "$BODY"
                Wait for the stats, then read the customer:
                  curl -s -X POST %1$s/local/drain
                  curl -s %1$s/v1/customers/C-1001 -H 'Authorization: Bearer %5$s'
                Import history:
                  ./winback import ../shared/data/cdnow/CDNOW_master.txt --url %1$s
                Run the daily sleeping check for a day (the reactivation chains), then see what was sent:
                  curl -s -X POST %1$s/local/schedule/sleeping-check -d '{"time":"2026-12-05T10:00:00+03:00"}'
                  curl -s %1$s/local/outbox
                  curl -s %1$s/v1/chains -H 'Authorization: Bearer %5$s'
                Score the RFM/ABC segments for a day, then read them:
                  curl -s -X POST %1$s/local/schedule/segments-job -d '{"time":"2026-12-05T10:30:00+03:00"}'
                  curl -s %1$s/v1/reports/segments -H 'Authorization: Bearer %5$s'

                Ctrl-C to stop.
                """.formatted(url, storage, config.shopZone(), secret, token);
    }
}
