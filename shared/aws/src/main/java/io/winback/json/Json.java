package io.winback.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.UncheckedIOException;

/**
 * The one JSON mapper of Winback. Decimals stay exact: money is never a double.
 *
 * <p>Trees and plain values (maps, lists, text, numbers) are read and written on the streaming parser with the
 * mapper's rules; the ObjectMapper itself is built on first need. Building one costs a fresh Lambda about 130 ms
 * of class loading, and the webhook, the stats function and the customer API never need it on their way.
 */
public final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final PlainJsonWriter PLAIN = new PlainJsonWriter(FACTORY);

    private Json() {
    }

    /** The mapper, for records and anything not plain; built the first time it is asked for. */
    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    public static String write(Object value) {
        if (PlainJsonWriter.isPlain(value)) {
            return PLAIN.write(value);
        }
        try {
            return mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a tree, as {@code mapper().readTree} would; throws {@link JsonProcessingException} with a position for
     * malformed input or a field given twice.
     */
    public static JsonNode readTree(String text) throws JsonProcessingException {
        return Trees.READER.read(text);
    }

    /**
     * Parses JSON that Winback wrote itself and kept (a job's state, a slice's partial): unreadable text there is a
     * bug, not input, so it is thrown unchecked.
     */
    public static JsonNode readOwn(String text) {
        try {
            return readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty object node of the mapper's node factory (exact decimals), without building the mapper. */
    public static com.fasterxml.jackson.databind.node.ObjectNode objectNode() {
        return Trees.NODES.objectNode();
    }

    /** The tree reader, loaded with its node classes on the first read: a function that only logs never needs it. */
    private static final class Trees {
        // Keep 900.00 as written: trees must not strip the trailing zeros of amounts.
        static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
        static final JsonTreeReader READER = new JsonTreeReader(FACTORY, NODES);
    }

    /** The holder idiom: the class, and so the mapper, is initialised on the first call of {@link #mapper()}. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = JsonMapper.builder(FACTORY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .nodeFactory(Trees.NODES)
                // Absent stays absent, in objects and maps alike: no "field": null noise in answers.
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .build();
    }
}
