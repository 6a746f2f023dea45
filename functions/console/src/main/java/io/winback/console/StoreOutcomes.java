package io.winback.console;

/** A manager's line of today's outcomes at one store. */
public record StoreOutcomes(String store, int reached, int noAnswer, int refused, int willCome, int cameBack,
                            int stillOpen) {
}
