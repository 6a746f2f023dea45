package io.winback.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Fixed pools of named daemon threads. A Lambda handler keeps its pool for the life of the execution environment and
 * never shuts it down, so the threads must not hold a JVM open (tests, the local runner, the bench probe).
 */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    /** {@code size} threads, each called {@code name}. */
    public static ExecutorService pool(String name, int size) {
        return Executors.newFixedThreadPool(size, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
