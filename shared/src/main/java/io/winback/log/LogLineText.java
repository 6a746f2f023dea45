package io.winback.log;

import io.winback.json.Json;

import java.util.Map;

/**
 * A log line's JSON text, written here when every value is text, a whole number or a boolean (nearly every line),
 * exactly as {@link Json#write} would write it; any other value hands the whole line to {@link Json#write}. A
 * function whose only JSON is its log line (the stats function) then never loads a JSON library on a cold start:
 * that costs a fresh JVM about 20 ms.
 */
final class LogLineText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private LogLineText() {
    }

    static String of(Map<String, Object> line) {
        StringBuilder text = new StringBuilder(160).append('{');
        for (Map.Entry<String, Object> field : line.entrySet()) {
            Object value = field.getValue();
            if (value == null) {
                // As Json.write: an absent value is no field at all.
                continue;
            }
            if (!(value instanceof String || value instanceof Boolean || value instanceof Integer
                    || value instanceof Long || value instanceof Short || value instanceof Byte)) {
                return Json.write(line);
            }
            if (text.length() > 1) {
                text.append(',');
            }
            quoted(text, field.getKey()).append(':');
            if (value instanceof String string) {
                quoted(text, string);
            } else {
                text.append(value);
            }
        }
        return text.append('}').toString();
    }

    /** JSON's escapes as Jackson writes them: quote, backslash, control characters; nothing else. */
    private static StringBuilder quoted(StringBuilder text, String value) {
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case '\b' -> text.append("\\b");
                case '\f' -> text.append("\\f");
                default -> {
                    if (c < 0x20) {
                        text.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"');
    }
}
