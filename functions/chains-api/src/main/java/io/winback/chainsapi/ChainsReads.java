package io.winback.chainsapi;

import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.json.ChainConfigurationJson;
import io.winback.http.ApiReply;

/** {@code GET /v1/chains}: the configuration in force, with its version and what each SMS text costs. */
final class ChainsReads {
    private final ChainConfigurationStore store;

    ChainsReads(ChainConfigurationStore store) {
        this.store = store;
    }

    ApiReply current() {
        return ApiReply.ok(ChainConfigurationJson.toTree(store.current()));
    }
}
