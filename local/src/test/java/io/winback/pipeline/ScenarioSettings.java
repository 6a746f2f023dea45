package io.winback.pipeline;

import io.winback.config.WinbackConfig;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The settings of one scenario: tables of its own (named after the test) and the client's secret and token. */
final class ScenarioSettings {
    private static final AtomicInteger TABLES = new AtomicInteger();

    private ScenarioSettings() {
    }

    /** A mutable map: a scenario adds what it needs before {@link WinbackConfig#from}. */
    static Map<String, String> freshTables(Class<?> test) {
        String prefix = test.getSimpleName().toLowerCase() + "-" + TABLES.incrementAndGet();
        Map<String, String> env = new HashMap<>();
        env.put(WinbackConfig.SALES_TABLE, prefix + "-sales");
        env.put(WinbackConfig.CUSTOMERS_TABLE, prefix + "-customers");
        env.put(WinbackConfig.CHAINS_TABLE, prefix + "-chains");
        env.put(WinbackConfig.SALE_LINES_TABLE, prefix + "-sale-lines");
        env.put(WinbackConfig.WEBHOOK_SECRETS, WinbackClient.SECRET);
        env.put(WinbackConfig.API_TOKENS, WinbackClient.TOKEN);
        return env;
    }
}
