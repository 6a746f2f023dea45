package io.winback.chainsapi;

import io.winback.chain.ChainConfigurationStore;
import io.winback.json.chain.ChainConfigurationJson;
import io.winback.http.ApiReply;

/**
 * {@code GET /v1/chains}: the configuration in force, with its version, what each SMS text costs, the bonus cap in
 * force and each bonus it holds down.
 */
final class ChainsReads {
    private final ChainConfigurationStore store;
    private final BonusCaps caps;
    private final String storeName;

    /** @param storeName what {@code {store}} reads in the messages, for what an SMS costs at its longest */
    ChainsReads(ChainConfigurationStore store, BonusCaps caps, String storeName) {
        this.store = store;
        this.caps = caps;
        this.storeName = storeName;
    }

    ApiReply current() {
        var current = store.current();
        return ApiReply.ok(ChainConfigurationJson.toTree(current, caps.of(current), storeName));
    }
}
