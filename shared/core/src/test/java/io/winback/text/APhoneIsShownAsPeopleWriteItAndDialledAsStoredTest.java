package io.winback.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** +79161234567 reads +7 916 123-45-67; a number of another country, or a short one, reads as stored. */
class APhoneIsShownAsPeopleWriteItAndDialledAsStoredTest {

    @Test
    void aRussianNumberIsGroupedAndOthersAreLeftAsTheyAre() {
        assertEquals("+7 916 123-45-67", PhoneShown.of("+79161234567"));
        assertEquals("+49301234567", PhoneShown.of("+49301234567"));
        assertEquals("+7916123", PhoneShown.of("+7916123"));
        assertNull(PhoneShown.of(null));
    }
}
