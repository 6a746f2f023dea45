package io.winback.log;

import io.winback.json.Json;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Log lines are written by hand to spare a cold start the JSON library; the text must be what Json writes. */
class ALogLineIsWrittenAsTheJsonMapperWritesItTest {

    @Test
    void everyCharacterIsEscapedAsJsonEscapesIt() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        all.append("Дарим вам 100 рублей € 😀 \uD800 lone \uDC00 \u2028\u2029\u007F");
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", "sales_received");
        line.put("text", all.toString());
        line.put("key \"quoted\"\n", "value");

        assertEquals(Json.write(line), LogLineText.of(line));
    }

    @Test
    void aThousandRandomLinesComeOutAsJsonWritesThem() {
        Random random = new Random(20261125);
        String alphabet = "abcXYZ019 \"\\/\n\r\t\b\f\u0000\u0001\u001f\u007fЖдёщ€😀<>&'";
        for (int i = 0; i < 1000; i++) {
            Map<String, Object> line = new LinkedHashMap<>();
            for (int f = random.nextInt(8); f > 0; f--) {
                StringBuilder key = new StringBuilder();
                for (int c = random.nextInt(6); c > 0; c--) {
                    key.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                line.put(key.toString(), switch (random.nextInt(7)) {
                    case 0 -> null;
                    case 1 -> random.nextBoolean();
                    case 2 -> random.nextInt();
                    case 3 -> random.nextLong();
                    case 4 -> (short) random.nextInt();
                    case 5 -> (byte) random.nextInt();
                    default -> key.reverse().toString();
                });
            }
            assertEquals(Json.write(line), LogLineText.of(line), "line " + i);
        }
    }

    @Test
    void decimalsFractionsListsAndMapsComeOutAsTheMapperWritesThem() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", "bonus_granted");
        line.put("amount", new BigDecimal("180.00"));
        line.put("tiny", new BigDecimal("1E-7"));
        line.put("ratio", 0.25);
        line.put("big", 1.0e21);
        line.put("share", 0.5f);
        line.put("count", new java.math.BigInteger("123456789012345678901234567890"));
        line.put("steps", List.of(1, 2));
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("sms", java.util.Arrays.asList("sent", true, null));
        nested.put("email", null);
        line.put("channels", nested);

        assertEquals(Json.write(line), LogLineText.of(line));
        assertEquals("{\"event\":\"bonus_granted\",\"amount\":180.00,\"tiny\":0.0000001,\"ratio\":0.25,"
                + "\"big\":1.0E21,\"share\":0.5,\"count\":123456789012345678901234567890,\"steps\":[1,2],"
                + "\"channels\":{\"sms\":[\"sent\",true,null]}}", LogLineText.of(line));
    }
}
