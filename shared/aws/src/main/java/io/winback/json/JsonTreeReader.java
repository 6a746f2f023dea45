package io.winback.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads JSON text into the tree {@link Json#mapper()} would build (decimals exact, a field twice refused, empty text a
 * {@link MissingNode}) straight from the streaming parser. Building an ObjectMapper costs a fresh Lambda about
 * 130 ms of class loading; a webhook or an API call that only reads a body into a tree does not need one.
 */
final class JsonTreeReader {
    private final JsonFactory factory;
    private final JsonNodeFactory nodes;

    JsonTreeReader(JsonFactory factory, JsonNodeFactory nodes) {
        this.factory = factory;
        this.nodes = nodes;
    }

    /**
     * The tree of the one value in {@code text}. Malformed text, a field given twice, anything but white space after
     * the value (a request is one document: {@code {...} garbage} or two objects back to back would otherwise pass
     * half-read) and text beyond the parser's limits (nesting, number length) all throw
     * {@link JsonProcessingException}, which callers answer as a 400.
     */
    JsonNode read(String text) throws JsonProcessingException {
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return MissingNode.getInstance();
            }
            JsonNode tree = value(parser, first);
            JsonToken after;
            try {
                after = parser.nextToken();
            } catch (JsonParseException trailingGarbage) {
                throw new JsonParseException(parser, "text after the JSON value: send one JSON value and nothing else");
            }
            if (after != null) {
                throw new JsonParseException(parser, "text after the JSON value: send one JSON value and nothing else");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            // A String source has no I/O of its own; anything else here is a parser bug worth surfacing.
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
            // Money is never a double: every fraction is read as the exact decimal written.
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw new JsonParseException(parser, "unexpected token " + token);
        };
    }

    private ObjectNode object(JsonParser parser) throws IOException {
        ObjectNode object = nodes.objectNode();
        String field;
        while ((field = parser.nextFieldName()) != null) {
            JsonNode value = value(parser, parser.nextToken());
            if (object.putIfAbsent(field, value) != null) {
                throw new JsonParseException(parser, "duplicate field '" + field + "': each field may appear once");
            }
        }
        return object;
    }

    private ArrayNode array(JsonParser parser) throws IOException {
        ArrayNode array = nodes.arrayNode();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            array.add(value(parser, token));
        }
        return array;
    }
}
