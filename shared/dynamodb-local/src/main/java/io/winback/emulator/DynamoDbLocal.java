package io.winback.emulator;

import com.almworks.sqlite4java.SQLiteConnection;
import com.almworks.sqlite4java.SQLiteJob;
import com.almworks.sqlite4java.SQLiteQueue;
import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * DynamoDB Local in this JVM, with the indexes its stream records lack.
 *
 * <p>DynamoDB Local keeps the stream records of every table in one SQLite table ({@code us}) keyed by sequence number
 * alone, and each write to a table with a stream looks up its stream's first record by stream id: a scan of every
 * stream record the emulator holds, of every table, since it started (it trims them after 24 hours). A test suite or a
 * bench run therefore wrote more slowly the more it had written before: 219 writes a second to a streamed table after
 * 20,000 earlier stream records, 2,880 with the index, 1,960 on a fresh emulator (DynamoDB has no such cost). The
 * indexes are added through the emulator's own SQLite queue, the only connection to its in-memory database.
 */
public final class DynamoDbLocal {
    /** SQL run once per emulator; {@code IF NOT EXISTS} keeps a database file opened again as it is. */
    static final List<String> STREAM_RECORD_INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS winback_stream_records_by_stream ON us(StreamID, SequenceNumber)",
            "CREATE INDEX IF NOT EXISTS winback_stream_records_by_shard ON us(ShardID, SequenceNumber)");

    private DynamoDbLocal() {
    }

    /** A fresh in-memory emulator. */
    public static AmazonDynamoDBLocal inMemory() {
        return indexed(DynamoDBEmbedded.create(true));
    }

    /** An emulator keeping its tables in {@code databaseFile}, so a restart finds them. */
    public static AmazonDynamoDBLocal inFile(File databaseFile) {
        return indexed(DynamoDBEmbedded.create(databaseFile, true));
    }

    private static AmazonDynamoDBLocal indexed(AmazonDynamoDBLocal emulator) {
        try {
            run(emulator, connection -> {
                for (String sql : STREAM_RECORD_INDEXES) {
                    connection.exec(sql);
                }
                return null;
            });
            return emulator;
        } catch (RuntimeException e) {
            emulator.shutdown();
            throw e;
        }
    }

    /** Work on the emulator's SQLite database, in the emulator's own queue (its connection is bound to that thread). */
    static <T> T run(AmazonDynamoDBLocal emulator, SqlWork<T> work) {
        SQLiteQueue queue = queueOf(emulator);
        SQLiteJob<T> job = queue.execute(new SQLiteJob<T>() {
            @Override
            protected T job(SQLiteConnection connection) throws Throwable {
                return work.on(connection);
            }
        });
        try {
            // get(), not complete(): complete() logs a failed job's error and answers null, which would leave the
            // emulator silently unindexed (a later DynamoDB Local renaming its stream-records table, say).
            return job.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("DynamoDB Local's database refused: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while working on DynamoDB Local's database", e);
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T on(SQLiteConnection connection) throws Exception;
    }

    /**
     * The emulator's SQLite queue, found by following its objects' fields (it is private to DynamoDB Local, several
     * objects deep); a DynamoDB Local whose insides changed fails here, by name, rather than silently unindexed.
     */
    private static SQLiteQueue queueOf(AmazonDynamoDBLocal emulator) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> next = new ArrayDeque<>(List.of(emulator));
        while (!next.isEmpty()) {
            Object object = next.poll();
            if (object instanceof SQLiteQueue queue) {
                return queue;
            }
            if (!seen.add(object)) {
                continue;
            }
            if (Proxy.isProxyClass(object.getClass())) {
                next.add(Proxy.getInvocationHandler(object));
            }
            for (Class<?> type = object.getClass(); type != null && isEmulators(type); type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                        continue;
                    }
                    Object value = read(field, object);
                    if (value != null && (value instanceof SQLiteQueue || isEmulators(value.getClass())
                            || Proxy.isProxyClass(value.getClass()))) {
                        next.add(value);
                    }
                }
            }
        }
        throw new IllegalStateException("DynamoDB Local's SQLite queue was not found: has its version changed?");
    }

    private static boolean isEmulators(Class<?> type) {
        return type.getName().startsWith("com.amazonaws.services.dynamodbv2.local.");
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
