package io.winback.segment;

/**
 * Where segment definitions are kept: every version of the one document that holds them all, so a stream handler
 * evaluates a customer against one consistent set and an edit never overwrites another made meanwhile.
 */
public interface SegmentConfigurationStore {

    /** The definitions in force: the newest stored version, or {@link SegmentConfiguration#NONE}. */
    SegmentConfiguration current();

    /**
     * Stores {@code configuration} as version {@code basedOn + 1}, unless another version was stored since
     * {@code basedOn} was read: then {@link io.winback.chain.ChainConfigurationStore.ConcurrentChangeException}.
     */
    SegmentConfiguration storeNext(SegmentConfiguration configuration, int basedOn);
}
