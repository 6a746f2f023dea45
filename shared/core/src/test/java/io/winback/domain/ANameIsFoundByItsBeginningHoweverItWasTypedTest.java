package io.winback.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff type a name as they hear it: case, ё, extra spaces and punctuation do not matter; the beginning does. */
class ANameIsFoundByItsBeginningHoweverItWasTypedTest {

    @Test
    void caseYoAndSpacesMakeNoDifference() {
        assertEquals(new NameKey("к", "ключева анна"), NameKey.of("  Ключёва   Анна ").orElseThrow());
        assertEquals(NameKey.of("ключева анна"), NameKey.of("КЛЮЧЕВА, анна"));
        assertEquals(new NameKey("j", "jose garcia"), NameKey.of("José García").orElseThrow(),
                "accents go, as staff rarely type them");
    }

    @Test
    void whatWasTypedIsTheBeginningOfTheStoredKey() {
        String stored = NameKey.of("Анна Ключёва").orElseThrow().key();
        assertTrue(stored.startsWith(NameKey.of("анна кл").orElseThrow().key()));
        assertTrue(stored.startsWith(NameKey.of("АННА").orElseThrow().key()));
    }

    @Test
    void aNameWithoutLettersHasNoKey() {
        assertEquals(Optional.empty(), NameKey.of(" - . "));
        assertEquals(Optional.empty(), NameKey.of(null));
    }
}
