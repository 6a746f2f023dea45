package io.winback.local;

import io.winback.emulator.DynamoDbLocal;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.json.Json;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With --data-dir, DynamoDB Local keeps the stream in its file; the stand-in keeps where it stopped reading beside
 * it, so a restart hands the stats function only what is new, as Lambda's event source mapping would.
 */
class KeptDataResumesTheStreamWhereItStoppedTest {
    private static final String SECRET = "resume-secret";

    /** One run of the local system on the kept data: posts the given sales, and counts what the stats were handed. */
    private static long run(Path dataDir, Path checkpoints, WinbackConfig config, List<String> saleIds) throws Exception {
        AmazonDynamoDBLocal dynamo = DynamoDbLocal.inFile(dataDir.resolve("dynamodb-local.db").toFile());
        AtomicLong handed = new AtomicLong();
        UnaryOperator<RequestHandler<DynamodbEvent, StreamsEventResponse>> counting = stats -> (event, context) -> {
            handed.addAndGet(event.getRecords().size());
            return stats.handleRequest(event, context);
        };
        try (LocalSystem system = new LocalSystem(dynamo.dynamoDbClient(), dynamo.dynamoDbStreamsClient(), config,
                Clock.systemUTC(), CapacityMeter.NONE, new LocalSystem.Listen("127.0.0.1", 0), counting, null,
                checkpoints)) {
            if (!saleIds.isEmpty()) {
                Path csv = Files.createTempFile(dataDir, "sales", ".csv");
                List<String> lines = new ArrayList<>(List.of("saleId,storeId,occurredAt,customerId,total"));
                saleIds.forEach(id -> lines.add(id + ",shop,2025-03-01T10:00:00+03:00,C-" + id + ",10"));
                Files.write(csv, lines);
                new HistoryImporter(new HistoryImporter.Options(system.baseUrl(), SECRET, 100, null, null, null,
                        config.shopZone(), 1, null)).run(csv);
            }
            system.drain(Duration.ofSeconds(30));
            return handed.get();
        } finally {
            dynamo.shutdown();
        }
    }

    @Test
    void aRestartOnKeptDataHandsTheStatsOnlyTheNewSales(@TempDir Path dataDir) throws Exception {
        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, SECRET,
                WinbackConfig.API_TOKENS, "t"));
        Path checkpoints = dataDir.resolve(ShardCheckpoints.FILE_NAME);

        assertEquals(3, run(dataDir, checkpoints, config, List.of("r-1", "r-2", "r-3")));
        assertTrue(Files.exists(checkpoints), "written after the batch");
        assertTrue(Json.readTree(Files.readString(checkpoints)).path("shards").size() > 0);

        assertEquals(0, run(dataDir, checkpoints, config, List.of()), "nothing replayed after a restart");
        assertEquals(1, run(dataDir, checkpoints, config, List.of("r-4")), "only the new sale");
    }

    @Test
    void withoutCheckpointsARestartReplaysTheWholeStream(@TempDir Path dataDir) throws Exception {
        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, SECRET,
                WinbackConfig.API_TOKENS, "t"));

        assertEquals(2, run(dataDir, null, config, List.of("n-1", "n-2")));
        assertEquals(2, run(dataDir, null, config, List.of()), "what the checkpoints spare");
    }
}
