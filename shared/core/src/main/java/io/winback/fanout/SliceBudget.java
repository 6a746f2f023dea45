package io.winback.fanout;

/**
 * How much one slice reads: at most {@code pages} Scan pages of at most {@code itemsPerPage} items (null: DynamoDB's
 * 1 MB pages), so an invocation's time is bounded whatever the size of the base.
 */
public record SliceBudget(int pages, Integer itemsPerPage) {
    /** Eight 1 MB pages: about 8,000 customer cards of 1 KB, a few seconds of reading and their writes. */
    public static final SliceBudget DEFAULT = new SliceBudget(8, null);

    public SliceBudget {
        if (pages < 1 || itemsPerPage != null && itemsPerPage < 1) {
            throw new IllegalArgumentException("a slice reads at least one page of at least one item");
        }
    }
}
