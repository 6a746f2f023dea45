package io.winback.worker;

import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.Playbook;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chain configurations kept version after version as the Chains table keeps them (the playbook as version 0, each
 * stored version kept for the episodes that started under it, a store on top of a stale version refused), in memory:
 * the stored JSON form of the new triggers is another change's.
 */
final class VersionedConfigurations implements ChainConfigurationStore {
    private final Map<Integer, ChainConfiguration> versions = new ConcurrentHashMap<>(Map.of(0, Playbook.configuration()));

    @Override
    public synchronized ChainConfiguration current() {
        return versions.get(versions.size() - 1);
    }

    @Override
    public Optional<ChainConfiguration> version(int version) {
        return Optional.ofNullable(versions.get(version));
    }

    @Override
    public synchronized ChainConfiguration storeNext(ChainConfiguration configuration, int basedOn) {
        if (basedOn != versions.size() - 1) {
            throw new ConcurrentChangeException("version " + (basedOn + 1) + " was stored by someone else");
        }
        ChainConfiguration next = configuration.withVersion(basedOn + 1);
        versions.put(next.version(), next);
        return next;
    }
}
