package io.winback.fanout;

/**
 * How many parallel-scan segments a run cuts the customers into: one per {@value #CUSTOMERS_PER_SEGMENT} customers of
 * the table's estimate, at least one, at most {@value #MAX}. Segments are worked side by side, each slice by slice,
 * so this sets the run's parallelism and its wall time, never an invocation's (the slice budget bounds that).
 */
public final class FanOutSegments {
    public static final long CUSTOMERS_PER_SEGMENT = 200_000;
    public static final int MAX = 1_000;

    private FanOutSegments() {
    }

    public static int forCustomers(long estimated) {
        long segments = (Math.max(0, estimated) + CUSTOMERS_PER_SEGMENT - 1) / CUSTOMERS_PER_SEGMENT;
        return (int) Math.max(1, Math.min(MAX, segments));
    }
}
