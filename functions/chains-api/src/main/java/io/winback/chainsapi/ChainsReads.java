package io.winback.chainsapi;

import io.winback.chain.ChainConfigurationStore;
import io.winback.http.ApiReply;
import io.winback.report.ReportLanguage;
import io.winback.validation.Validated;

import java.util.Map;

/**
 * {@code GET /v1/chains}: the configuration in force, with its version, what each SMS text costs, the bonus cap in
 * force and each bonus it holds down, and whether each chain runs and why (not), in the words of {@code lang}.
 */
final class ChainsReads {
    private final ChainConfigurationStore store;
    private final ChainsDocument document;

    ChainsReads(ChainConfigurationStore store, ChainsDocument document) {
        this.store = store;
        this.document = document;
    }

    ApiReply current(Map<String, String> query) {
        return switch (ChainsLanguage.of(query)) {
            case Validated.Invalid<ReportLanguage> invalid -> ApiReply.errors(400, invalid.errors());
            case Validated.Valid<ReportLanguage> language ->
                    ApiReply.ok(document.of(store.current(), language.value()));
        };
    }
}
