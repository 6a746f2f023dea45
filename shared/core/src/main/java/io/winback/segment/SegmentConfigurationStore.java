package io.winback.segment;

import java.util.Optional;

/**
 * Where segment definitions are kept: every version of the one document that holds them all, so a stream handler
 * evaluates a customer against one consistent set and an edit never overwrites another made meanwhile.
 */
public interface SegmentConfigurationStore {

    /** The definitions in force: the newest stored version, or {@link SegmentConfiguration#NONE}. */
    SegmentConfiguration current();

    /** The definitions as version {@code version} had them (0: {@link SegmentConfiguration#NONE}); empty when none. */
    Optional<SegmentConfiguration> version(int version);

    /**
     * Stores {@code configuration} as version {@code basedOn + 1}, unless another version was stored since
     * {@code basedOn} was read: then {@link io.winback.chain.ChainConfigurationStore.ConcurrentChangeException}.
     */
    SegmentConfiguration storeNext(SegmentConfiguration configuration, int basedOn);
}
