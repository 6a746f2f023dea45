package io.winback.xlsx;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Excel refuses a workbook whose sheet name is over 31 characters or holds {@code [ ] : * ? / \}. */
class ASheetIsNamedAsExcelAcceptsTest {
    @Test
    void forbiddenCharactersBecomeUnderscores() {
        assertEquals("Q3_ 2026_09_15 _a_b_ _x_", SheetName.fitted("Q3: 2026/09/15 [a*b] \\x?").value());
    }

    @Test
    void aLongNameIsCutTo31Characters() {
        String name = SheetName.fitted("Сегмент очень-длинный-идентификатор-сегмента").value();
        assertEquals(31, name.length());
        assertEquals("Сегмент очень-длинный-идентифик", name);
    }

    @Test
    void theCutNeverSplitsACharacterInTwo() {
        String name = SheetName.fitted("x".repeat(30) + "🎉🎉").value();
        assertEquals("x".repeat(30), name);
    }

    @Test
    void apostrophesAtTheEndsGoAndNothingLeftIsSheet1() {
        assertEquals("Shop's list", SheetName.fitted("'Shop's list'").value());
        assertEquals("Sheet1", SheetName.fitted(" ''' ").value());
        assertEquals("Sheet1", SheetName.fitted(null).value());
    }

    @Test
    void aNameGivenAsItIsMustAlreadyBeValid() {
        assertThrows(IllegalArgumentException.class, () -> new SheetName("a/b"));
        assertThrows(IllegalArgumentException.class, () -> new SheetName("x".repeat(32)));
        assertThrows(IllegalArgumentException.class, () -> new SheetName(""));
        assertEquals("ok", new SheetName("ok").value());
    }
}
