package io.winback.chainsapi;

import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.json.ChainConfigurationJson;
import io.winback.http.ApiReply;

/** {@code GET /v1/chains}: the configuration in force, with its version and what each SMS text costs. */
final class ChainsReads {
    private final ChainConfigurationStore store;
    private final String storeName;

    /** @param storeName what {@code {store}} reads in the messages, for what an SMS costs at its longest */
    ChainsReads(ChainConfigurationStore store, String storeName) {
        this.store = store;
        this.storeName = storeName;
    }

    ApiReply current() {
        return ApiReply.ok(ChainConfigurationJson.toTree(store.current(), storeName));
    }
}
