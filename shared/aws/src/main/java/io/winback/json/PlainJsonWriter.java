package io.winback.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Writes plain values (maps with text keys, lists, text, numbers, booleans, trees) as {@link Json#mapper()} would,
 * absent map values left out, straight to the streaming generator: log lines, webhook answers and error bodies are
 * written without building an ObjectMapper in a fresh Lambda. Anything else (records, enums, dates) is not plain and
 * is left to the mapper.
 */
final class PlainJsonWriter {
    private final JsonFactory factory;

    PlainJsonWriter(JsonFactory factory) {
        this.factory = factory;
    }

    /** Whether {@link #write} can take {@code value}: checked whole first, so nothing is written half. */
    static boolean isPlain(Object value) {
        return switch (value) {
            case null -> true;
            case String ignored -> true;
            case Boolean ignored -> true;
            case Integer ignored -> true;
            case Long ignored -> true;
            case Short ignored -> true;
            case Byte ignored -> true;
            case BigInteger ignored -> true;
            case BigDecimal ignored -> true;
            case Double ignored -> true;
            case Float ignored -> true;
            case Map<?, ?> map -> map.entrySet().stream()
                    .allMatch(e -> e.getKey() instanceof String && isPlain(e.getValue()));
            case Collection<?> list -> list.stream().allMatch(PlainJsonWriter::isPlain);
            case JsonNode node -> isPlainTree(node);
            default -> false;
        };
    }

    private static boolean isPlainTree(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT, ARRAY -> {
                for (JsonNode child : node) {
                    if (!isPlainTree(child)) {
                        yield false;
                    }
                }
                yield true;
            }
            case STRING, NUMBER, BOOLEAN, NULL -> true;
            // Binary, POJO and missing nodes have serialisation rules of their own.
            default -> false;
        };
    }

    String write(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = factory.createGenerator(text)) {
            value(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void value(JsonGenerator out, Object value) throws IOException {
        switch (value) {
            case null -> out.writeNull();
            case String text -> out.writeString(text);
            case Boolean flag -> out.writeBoolean(flag);
            case Integer number -> out.writeNumber(number);
            case Long number -> out.writeNumber(number);
            case Short number -> out.writeNumber(number);
            case Byte number -> out.writeNumber(number);
            case BigInteger number -> out.writeNumber(number);
            case BigDecimal number -> out.writeNumber(number);
            case Double number -> out.writeNumber(number);
            case Float number -> out.writeNumber(number);
            case Map<?, ?> map -> {
                out.writeStartObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    // As the mapper's inclusion rule: an absent value is no field at all.
                    if (entry.getValue() != null) {
                        out.writeFieldName((String) entry.getKey());
                        value(out, entry.getValue());
                    }
                }
                out.writeEndObject();
            }
            case Collection<?> list -> {
                out.writeStartArray();
                for (Object element : list) {
                    value(out, element);
                }
                out.writeEndArray();
            }
            case JsonNode node -> tree(out, node);
            default -> throw new IllegalArgumentException("not a plain JSON value: " + value.getClass().getName());
        }
    }

    private static void tree(JsonGenerator out, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    out.writeFieldName(field.getKey());
                    tree(out, field.getValue());
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode element : node) {
                    tree(out, element);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case NUMBER -> number(out, node);
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL -> out.writeNull();
            default -> throw new IllegalArgumentException("not a plain JSON tree: " + node.getNodeType());
        }
    }

    private static void number(JsonGenerator out, JsonNode node) throws IOException {
        switch (node.numberType()) {
            case INT -> out.writeNumber(node.intValue());
            case LONG -> out.writeNumber(node.longValue());
            case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
            case BIG_DECIMAL -> out.writeNumber(node.decimalValue());
            case FLOAT -> out.writeNumber(node.floatValue());
            case DOUBLE -> out.writeNumber(node.doubleValue());
        }
    }
}
