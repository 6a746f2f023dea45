package io.winback.chainsapi;

import io.winback.report.ReportLanguage;
import io.winback.report.ReportQuery;
import io.winback.validation.Validated;

import java.util.HashMap;
import java.util.Map;

/**
 * The language of the words {@code /v1/chains} answers with (each chain's {@code why}): {@code lang} (or
 * {@code locale}), {@code ru} by default or {@code en}, read as the reports read it.
 */
final class ChainsLanguage {
    private ChainsLanguage() {
    }

    static Validated<ReportLanguage> of(Map<String, String> query) {
        Map<String, String> language = new HashMap<>();
        if (query != null) {
            for (String name : new String[] {"lang", "locale"}) {
                if (query.get(name) != null) {
                    language.put(name, query.get(name));
                }
            }
        }
        ReportQuery read = new ReportQuery(language);
        return read.isValid() ? new Validated.Valid<>(read.language()) : new Validated.Invalid<>(read.errors());
    }
}
