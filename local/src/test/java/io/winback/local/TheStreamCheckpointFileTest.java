package io.winback.local;

import io.winback.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The file where the stream stand-in keeps its place: another stream's positions are ignored, a broken file is named. */
class TheStreamCheckpointFileTest {

    @Test
    void aCheckpointFileOfAnotherStreamIsIgnored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(ShardCheckpoints.FILE_NAME);
        Files.writeString(file, Json.write(Map.of("streamArn", "arn:aws:dynamodb:local:table/Sales/stream/old",
                "shards", Map.of("shard-1", "000100"))));

        ShardCheckpoints checkpoints = ShardCheckpoints.load(file, "arn:aws:dynamodb:local:table/Sales/stream/new");

        assertNull(checkpoints.lastSequenceNumber("shard-1"), "read from the start");
        assertEquals("000100", ShardCheckpoints.load(file, "arn:aws:dynamodb:local:table/Sales/stream/old")
                .lastSequenceNumber("shard-1"), "its own stream's position is kept");
    }

    @Test
    void aCorruptCheckpointFileStopsTheRunInOneLineSayingDeletingItRereadsTheStream(@TempDir Path dataDir)
            throws Exception {
        Path file = dataDir.resolve(ShardCheckpoints.FILE_NAME);
        Files.writeString(file, "{\"streamArn\": \"arn:aws:dynamodb:lo");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        ExitCode code = Cli.run("local", new String[]{}, err, rest -> {
            LocalRunner.start(new LocalOptions(0, "127.0.0.1", dataDir, null, true), Map.of()).close();
            return ExitCode.OK;
        });

        assertEquals(ExitCode.FAILED, code);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.size(), lines.toString());
        String line = lines.getFirst();
        assertTrue(line.contains(file.toAbsolutePath() + " are unreadable") && line.contains("delete the file")
                && line.contains("read again from the start"), line);
    }
}
