package io.winback.chain;

import java.util.Optional;

/** Where chain configurations are kept, every version of them. */
public interface ChainConfigurationStore {

    /** The configuration in force: the newest stored version, or the {@link Playbook} (version 0) if none is. */
    ChainConfiguration current();

    /** The configuration an episode started under: a stored version, or the playbook for version 0. */
    Optional<ChainConfiguration> version(int version);

    /**
     * Stores {@code configuration} as version {@code basedOn + 1}, unless another version was stored since
     * {@code basedOn} was read: then {@link ConcurrentChangeException}. Returns what was stored.
     */
    ChainConfiguration storeNext(ChainConfiguration configuration, int basedOn);

    final class ConcurrentChangeException extends RuntimeException {
        public ConcurrentChangeException(String message) {
            super(message);
        }
    }
}
