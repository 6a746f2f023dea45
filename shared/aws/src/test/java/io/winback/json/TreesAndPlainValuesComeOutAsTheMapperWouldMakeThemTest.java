package io.winback.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Json reads trees and writes plain values on the streaming parser so that a fresh Lambda need not build an
 * ObjectMapper; what it makes must be exactly what the mapper it replaces on those paths made, built here as Winback
 * built it before.
 */
class TreesAndPlainValuesComeOutAsTheMapperWouldMakeThemTest {
    private static final ObjectMapper REFERENCE = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private static final List<String> TEXTS = List.of(
            "{\"saleId\":\"R-1\",\"total\":900.00,\"lines\":[{\"qty\":2,\"price\":450.0}],\"vip\":true,\"note\":null}",
            "{\"n\":0,\"neg\":-1,\"int\":2147483647,\"long\":2147483648,\"big\":9223372036854775808,\"e\":1e3,"
                    + "\"tiny\":1.5E-7,\"negzero\":-0.0,\"exact\":100.10}",
            "[1,\"two\",3.30,[],{},[null,false]]",
            "{\"text\":\"Дарим вам 100 рублей \\u00e9 \\\"quoted\\\" \\n tab\\t </script>\"}",
            "\"just text\"", "42", "12.50", "true", "null", "", "   ", "{\"a\":1} \r\n",
            "{\"a\":{\"b\":{\"c\":{\"d\":[[[[\"deep\"]]]]}}}}");

    private static final List<String> MALFORMED = List.of("{", "{\"a\":}", "[1,", "{'a':1}", "{\"a\":1,}", "nul",
            "{\"a\" 1}", "[1 2]", "{\"a\":01}", "\"open",
            // Beyond the parser's limits: an answer of 400 like any malformed body, never a 500.
            "[".repeat(1001) + "]".repeat(1001), "{\"total\":" + "9".repeat(1001) + "}",
            "{\"total\":0." + "5".repeat(1001) + "}");

    @Test
    void everyTreeIsTheMappersTreeNumberTypesAndScalesIncluded() throws Exception {
        for (String text : TEXTS) {
            JsonNode ours = Json.readTree(text);
            JsonNode theirs = REFERENCE.readTree(text);
            assertEquals(theirs, ours, text);
            assertEquals(theirs.getNodeType(), ours.getNodeType(), text);
            assertEquals(REFERENCE.writeValueAsString(theirs), Json.write(ours), text);
            assertNumbersAlike(ours, theirs, text);
        }
    }

    @Test
    void amountsKeepTheirTrailingZeros() throws Exception {
        JsonNode sale = Json.readTree("{\"total\":900.00}");
        assertEquals(new BigDecimal("900.00"), sale.get("total").decimalValue());
        assertEquals("{\"total\":900.00}", Json.write(sale));
    }

    @Test
    void malformedTextFailsWithTheParsersOwnMessage() {
        for (String text : MALFORMED) {
            String expected = messageOf(() -> REFERENCE.readTree(text));
            JsonProcessingException ours = assertThrows(JsonProcessingException.class, () -> Json.readTree(text), text);
            assertEquals(expected, ours.getOriginalMessage(), text);
        }
    }

    /**
     * Unlike the mapper's defaults, which read the first value and leave the rest: a request body is one document,
     * and a body with more after it (a second object, a stray word, a bracket too many) is refused, not half-read.
     */
    @Test
    void anythingButWhiteSpaceAfterTheValueIsRefused() {
        for (String text : List.of("{} trailing words", "[1] [2]", "{\"a\":1}}", "42 43", "\"a\" x", "{}{}")) {
            JsonProcessingException ours = assertThrows(JsonProcessingException.class, () -> Json.readTree(text), text);
            assertEquals("text after the JSON value: send one JSON value and nothing else", ours.getOriginalMessage(),
                    text);
        }
    }

    @Test
    void aFieldGivenTwiceIsRefusedWhereverItIs() {
        for (String text : List.of("{\"total\":1,\"total\":2}", "{\"sales\":[{\"a\":1},{\"b\":1,\"b\":1}]}")) {
            assertThrows(JsonProcessingException.class, () -> REFERENCE.readTree(text), text);
            JsonProcessingException ours = assertThrows(JsonProcessingException.class, () -> Json.readTree(text), text);
            assertTrue(ours.getOriginalMessage().startsWith("duplicate field '"), ours.getOriginalMessage());
        }
    }

    @Test
    void plainValuesAreWrittenCharacterForCharacterAsTheMapperWrote() throws Exception {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", "2026-11-25T03:11:20.038943148Z");
        line.put("level", "INFO");
        line.put("skipped", null);
        line.put("latencyMs", 470L);
        line.put("count", 3);
        line.put("small", (short) 7);
        line.put("byte", (byte) -2);
        line.put("ratio", 0.1);
        line.put("huge", 1e20);
        line.put("notANumber", Double.NaN);
        line.put("float", 1.25f);
        line.put("bonus", new BigDecimal("180.00"));
        line.put("scaled", new BigDecimal("1E+3"));
        line.put("big", new BigInteger("123456789012345678901234567890"));
        line.put("list", java.util.Arrays.asList("a", null, 2, List.of()));
        line.put("nested", Map.of("ok", true));
        line.put("tree", Json.readTree(TEXTS.get(0)));
        line.put("sms", "Дарим вам 100 рублей на покупки до 12.12. Ждем вас за покупкой!");
        assertEquals(REFERENCE.writeValueAsString(line), Json.write(line));
        assertEquals(REFERENCE.writeValueAsString(null), Json.write(null));
        assertEquals("[]", Json.write(List.of()));
    }

    @Test
    void randomNestedPlainValuesMatchTheMapperOnEveryOneOfAThousand() throws Exception {
        Random random = new Random(20261125);
        for (int i = 0; i < 1000; i++) {
            Object value = randomValue(random, 0);
            assertEquals(REFERENCE.writeValueAsString(value), Json.write(value), "case " + i);
        }
    }

    @Test
    void recordsEnumsAndDatesStillGoThroughTheMapper() throws Exception {
        record Answer(String saleId, BigDecimal total, String absent) {
        }
        Answer answer = new Answer("R-1", new BigDecimal("900.00"), null);
        assertEquals("{\"saleId\":\"R-1\",\"total\":900.00}", Json.write(answer));
        Map<String, Object> withEnum = Map.of("type", java.time.DayOfWeek.MONDAY);
        assertEquals(REFERENCE.writeValueAsString(withEnum), Json.write(withEnum));
        assertFalse(PlainJsonWriter.isPlain(Map.of("day", LocalDate.of(2026, 11, 25))));
        Map<Object, Object> numberKeys = new HashMap<>(Map.of(1, "one"));
        assertEquals(REFERENCE.writeValueAsString(numberKeys), Json.write(numberKeys));
    }

    private static Object randomValue(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 8 : 10);
        return switch (kind) {
            case 0 -> null;
            case 1 -> randomText(random);
            case 2 -> random.nextBoolean();
            case 3 -> random.nextInt();
            case 4 -> random.nextLong();
            case 5 -> BigDecimal.valueOf(random.nextLong(), random.nextInt(6));
            case 6 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            case 7 -> new BigInteger(80, random);
            case 8 -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    map.put(randomText(random), randomValue(random, depth + 1));
                }
                yield map;
            }
            default -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    list.add(randomValue(random, depth + 1));
                }
                yield list;
            }
        };
    }

    private static String randomText(Random random) {
        String alphabet = "abcXYZ019 \"\\/\n\t\u0001\u001fЖдёщ€😀<>&'";
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static void assertNumbersAlike(JsonNode ours, JsonNode theirs, String text) {
        if (ours.isNumber()) {
            assertEquals(theirs.numberType(), ours.numberType(), text);
            assertEquals(theirs.numberValue(), ours.numberValue(), text);
        }
        if (ours.isContainerNode()) {
            for (int i = 0; i < ours.size(); i++) {
                if (ours.isArray()) {
                    assertNumbersAlike(ours.get(i), theirs.get(i), text);
                }
            }
            ours.properties().forEach(e -> assertNumbersAlike(e.getValue(), theirs.get(e.getKey()), text));
        }
    }

    private interface Reading {
        void read() throws Exception;
    }

    private static String messageOf(Reading reading) {
        try {
            reading.read();
        } catch (JsonProcessingException e) {
            return e.getOriginalMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the reference mapper read malformed text");
    }
}
