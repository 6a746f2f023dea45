package io.winback.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a stream stand-in stopped reading, kept with the data as Lambda's event source mapping keeps it: the last
 * sequence number handed to the stream's function, per shard, in a small JSON file (one per stream). Written after
 * every processed batch (to a temporary file, then moved over the old one, so a crash leaves the previous positions,
 * not half a file); positions of another stream (the table was dropped and made again) are ignored. At worst a batch
 * is handed over twice after a crash, which both functions absorb: the stats function remembers the sales it
 * applied, the kept figures' reader the batches it counted (by their first record).
 */
final class ShardCheckpoints {
    /** The Sales stream's positions (the stats function's). */
    static final String FILE_NAME = "stream-checkpoints.json";
    /** The Chains stream's positions (the kept figures' function's), beside the Sales stream's. */
    static final String CHAINS_FILE_NAME = "chains-stream-checkpoints.json";

    private final Path file;
    private final String streamArn;
    private final Map<String, String> positions = new LinkedHashMap<>();

    private ShardCheckpoints(Path file, String streamArn) {
        this.file = file;
        this.streamArn = streamArn;
    }

    /** The positions kept in the file for this stream; none when there is no file yet or it names another stream. */
    static ShardCheckpoints load(Path file, String streamArn) {
        ShardCheckpoints checkpoints = new ShardCheckpoints(file, streamArn);
        if (Files.exists(file)) {
            JsonNode root;
            try {
                root = Json.readTree(Files.readString(file));
            } catch (IOException e) {
                throw unreadable(file, e);
            }
            if (root == null || !root.isObject()) {
                throw unreadable(file, null);
            }
            if (streamArn.equals(root.path("streamArn").asText())) {
                root.path("shards").properties().forEach(e -> checkpoints.positions.put(e.getKey(), e.getValue().asText()));
            }
        }
        return checkpoints;
    }

    private static CliFailure unreadable(Path file, IOException cause) {
        return CliFailure.stopped("the stream checkpoints " + file.toAbsolutePath() + " are unreadable (" + (cause == null
                ? "not a JSON object" : cause.getClass().getSimpleName()) + "); delete the file and the stream is read"
                + " again from the start (the stats function skips the sales it already applied)", cause);
    }

    /** The last sequence number handed over from this shard, or null: read it from its start. */
    String lastSequenceNumber(String shardId) {
        return positions.get(shardId);
    }

    void update(String shardId, String lastSequenceNumber) {
        positions.put(shardId, lastSequenceNumber);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("streamArn", streamArn);
        content.put("shards", positions);
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, Json.write(content));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the stream checkpoints " + file, e);
        }
    }
}
