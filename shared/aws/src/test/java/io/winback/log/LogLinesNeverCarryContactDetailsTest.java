package io.winback.log;

import io.winback.json.Json;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class LogLinesNeverCarryContactDetailsTest {

    @Test
    void maskedKeysKeepOnlyTheirLastTwoCharacters() {
        assertEquals("C-1001", JsonLog.mask("C-1001"));
        assertEquals("***67", JsonLog.mask("+79161234567"));
        assertEquals("***om", JsonLog.mask("anna@example.com"));
        assertEquals("card:***23", JsonLog.mask("card:4000123"));
    }

    @Test
    void oneEventIsOneJsonLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLog.redirect(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            JsonLog.forClass(getClass()).info("customer_updated", "customer", JsonLog.mask("+79161234567"), "sales", 3);
        } finally {
            JsonLog.redirect(System.out);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(1, lines.length);
        var line = Json.readTree(lines[0]);
        assertEquals("customer_updated", line.get("event").asText());
        assertEquals("INFO", line.get("level").asText());
        assertEquals(3, line.get("sales").asInt());
        assertFalse(lines[0].contains("9161234567"));
    }
}
