package io.winback.log;

import io.winback.time.WallClock;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Structured logs: one JSON object per line on stdout, which CloudWatch Logs keeps as one event.
 * Callers pass identifiers and counts only; phone numbers and emails never go in (use {@link #mask}).
 */
public final class JsonLog {
    private static volatile PrintStream out = System.out;
    private final String logger;

    private JsonLog(String logger) {
        this.logger = logger;
    }

    public static JsonLog forClass(Class<?> type) {
        return new JsonLog(type.getSimpleName());
    }

    /** Tests capture the log here to assert what was (and was not) written. */
    public static void redirect(PrintStream stream) {
        out = stream;
    }

    public void info(String event, Object... keyValues) {
        write("INFO", event, keyValues);
    }

    public void warn(String event, Object... keyValues) {
        write("WARN", event, keyValues);
    }

    public void error(String event, Throwable error, Object... keyValues) {
        Object[] withError = new Object[keyValues.length + 2];
        System.arraycopy(keyValues, 0, withError, 0, keyValues.length);
        withError[keyValues.length] = "error";
        withError[keyValues.length + 1] = error.getClass().getName() + ": " + error.getMessage();
        write("ERROR", event, withError);
    }

    /**
     * A customer key safe to log: shop-issued ids pass; phone numbers, emails and card numbers keep only their
     * last two characters, enough to tell two customers apart in one investigation and useless to anyone else.
     */
    public static String mask(String customerKey) {
        if (customerKey == null) {
            return null;
        }
        String tail = customerKey.substring(Math.max(0, customerKey.length() - 2));
        if (customerKey.startsWith("card:")) {
            return "card:***" + tail;
        }
        boolean personal = customerKey.startsWith("+") || customerKey.contains("@");
        return personal ? "***" + tail : customerKey;
    }

    private void write(String level, String event, Object... keyValues) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", WallClock.utc().instant().toString());
        line.put("level", level);
        line.put("logger", logger);
        line.put("event", event);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            line.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
        }
        out.println(LogLineText.of(line));
    }
}
