package io.winback.csv;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumbersAreReadAsSpreadsheetsWriteThemTest {

    @Test
    void dotCommaAndSpaceGroupedNumbersReadAsTheirValueWithTheirScale() {
        assertEquals(new BigDecimal("1234.50"), SpreadsheetNumbers.parse("1234.50"));
        assertEquals(new BigDecimal("1234.50"), SpreadsheetNumbers.parse("1234,50"));
        assertEquals(new BigDecimal("1234.50"), SpreadsheetNumbers.parse("1 234,50"));
        assertEquals(new BigDecimal("1234567.50"), SpreadsheetNumbers.parse("1\u00A0234\u00A0567,50"));
        assertEquals(new BigDecimal("1234"), SpreadsheetNumbers.parse("1\u202F234"));
        assertEquals(new BigDecimal("-12.5"), SpreadsheetNumbers.parse("-12,5"));
        assertEquals(new BigDecimal("0.5"), SpreadsheetNumbers.parse(" 0,5\u00A0"));
        assertEquals(new BigDecimal("200"), SpreadsheetNumbers.parse("200"));
        assertEquals("1234.50", SpreadsheetNumbers.parse("1 234,50").toPlainString(), "what the webhook is sent");
    }

    @Test
    void aLoneCommaIsTheDecimalMarkNeverAThousandsSeparator() {
        assertEquals(new BigDecimal("1.234"), SpreadsheetNumbers.parse("1,234"));
    }

    @Test
    void aNumberWithBothACommaAndADotIsRefusedAsAmbiguous() {
        for (String ambiguous : new String[] {"1,234.50", "1.234,50"}) {
            NumberFormatException refused = assertThrows(NumberFormatException.class,
                    () -> SpreadsheetNumbers.parse(ambiguous));
            assertTrue(refused.getMessage().contains("'" + ambiguous + "' has both a comma and a dot"),
                    refused.getMessage());
        }
    }

    @Test
    void commasOrDotsGroupingThousandsBadGroupsAndTextAreRefusedSayingHowToWriteIt() {
        assertRefused("1,234,567", "more than one decimal mark");
        assertRefused("1.234.567", "more than one decimal mark");
        assertRefused("12 34,50", "thousands grouped wrongly");
        assertRefused("1234 567", "thousands grouped wrongly");
        assertRefused("12,", "digits must follow the decimal mark");
        assertRefused("N/A", "is not a number");
        assertRefused("1e3", "is not a number");
        assertRefused("  ", "is empty");
    }

    private static void assertRefused(String text, String why) {
        NumberFormatException refused = assertThrows(NumberFormatException.class, () -> SpreadsheetNumbers.parse(text));
        assertTrue(refused.getMessage().contains(why), text + " → " + refused.getMessage());
    }
}
