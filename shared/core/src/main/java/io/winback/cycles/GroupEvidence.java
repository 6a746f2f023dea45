package io.winback.cycles;

/**
 * What is kept of one group across all customers: the histogram of their intervals, and how many customers have
 * given at least one.
 */
public record GroupEvidence(String group, IntervalHistogram histogram, long customers) {
}
