package io.winback.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * Where the CPU of a timed phase went, to tell a pipeline waiting on DynamoDB Local's one storage thread from one
 * short of cores: the whole process's CPU time against the cores' capacity, and the busy share of the emulator's
 * SQLite thread (sqlite4java names it {@code SQLiteQueue...}), which runs every read and write one at a time.
 */
final class CpuUse {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final long startedNanos = System.nanoTime();
    private final long processCpuAtStart = processCpuNanos();
    private final long storeCpuAtStart = storeThreadCpuNanos();

    static CpuUse start() {
        return new CpuUse();
    }

    /** Process CPU over wall time × cores: 1.0 means every core was busy the whole phase. */
    double coresBusyShare() {
        double wall = System.nanoTime() - startedNanos;
        return (processCpuNanos() - processCpuAtStart) / (wall * Runtime.getRuntime().availableProcessors());
    }

    /** Process CPU milliseconds spent per unit of work since the start (sales, puts). */
    double cpuMsPer(long units) {
        return (processCpuNanos() - processCpuAtStart) / 1e6 / units;
    }

    /** The emulator's storage thread's CPU over wall time: 1.0 means it never waited for work. */
    double storeThreadBusyShare() {
        double wall = System.nanoTime() - startedNanos;
        return (storeThreadCpuNanos() - storeCpuAtStart) / wall;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long storeThreadCpuNanos() {
        long sum = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("SQLiteQueue")) {
                sum += Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }
}
