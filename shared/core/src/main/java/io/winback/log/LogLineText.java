package io.winback.log;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * A log line's JSON text, written by hand as the JSON mapper of the adapters writes plain values (text, numbers,
 * booleans, maps with text keys, lists; decimals plain): the core has no JSON library, and a function whose only
 * JSON is its log line (the stats function) never loads one on a cold start, which costs a fresh JVM about 20 ms.
 * Any other value is written as its text. {@code ALogLineIsWrittenAsTheJsonMapperWritesItTest} holds the two equal.
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
                // As the mapper does: an absent value is no field at all.
                continue;
            }
            if (text.length() > 1) {
                text.append(',');
            }
            quoted(text, field.getKey()).append(':');
            value(text, value);
        }
        return text.append('}').toString();
    }

    private static void value(StringBuilder text, Object value) {
        switch (value) {
            case null -> text.append("null");
            case String string -> quoted(text, string);
            case Boolean bool -> text.append(bool);
            case Integer number -> text.append(number);
            case Long number -> text.append(number);
            case Short number -> text.append(number);
            case Byte number -> text.append(number);
            case BigInteger number -> text.append(number);
            case BigDecimal number -> text.append(number.toPlainString());
            case Double number when number.isNaN() || number.isInfinite() -> quoted(text, number.toString());
            case Float number when number.isNaN() || number.isInfinite() -> quoted(text, number.toString());
            case Double number -> text.append(number);
            case Float number -> text.append(number);
            case Map<?, ?> map -> {
                text.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (entry.getValue() == null) {
                        continue;
                    }
                    if (!first) {
                        text.append(',');
                    }
                    first = false;
                    quoted(text, String.valueOf(entry.getKey())).append(':');
                    value(text, entry.getValue());
                }
                text.append('}');
            }
            case Collection<?> list -> {
                text.append('[');
                boolean first = true;
                for (Object item : list) {
                    if (!first) {
                        text.append(',');
                    }
                    first = false;
                    value(text, item);
                }
                text.append(']');
            }
            default -> quoted(text, value.toString());
        }
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
