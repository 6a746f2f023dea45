package io.winback.fanout;

/** What a slice's bounded read did: where its segment goes on (null: finished), items read and read units. */
public record SliceRead(String next, long items, double readUnits) {
}
