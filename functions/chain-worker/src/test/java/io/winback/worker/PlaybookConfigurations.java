package io.winback.worker;

import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.Playbook;

import java.util.Optional;

/** Configurations with nothing stored: the playbook, version 0. */
final class PlaybookConfigurations implements ChainConfigurationStore {
    private final ChainConfiguration configuration;

    PlaybookConfigurations() {
        this(Playbook.configuration());
    }

    /** A version 0 of the test's own, in place of the playbook. */
    PlaybookConfigurations(ChainConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public ChainConfiguration current() {
        return configuration;
    }

    @Override
    public Optional<ChainConfiguration> version(int version) {
        return version == 0 ? Optional.of(configuration) : Optional.empty();
    }

    @Override
    public ChainConfiguration storeNext(ChainConfiguration configuration, int basedOn) {
        throw new UnsupportedOperationException("these tests run on the playbook");
    }
}
