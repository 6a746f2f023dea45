package io.winback.chain;

import io.winback.domain.CustomerRefs;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * An id that leaves Winback (to a provider, onto a log line) keeps a birthday greeting's year and drops the
 * birthday; the other triggers' days are the shop's own events and stay.
 */
class ABirthdayGoesOutOfWinbackByItsYearOnlyTest {

    @Test
    void theBirthdaysDayIsCutToItsYearInEpisodeAndTouchIds() {
        String episode = new Trigger.Birthday(3).on(LocalDate.parse("2027-03-10")).episodeId();
        assertEquals("birthday@2027", Trigger.Occasion.outward(episode));
        assertEquals("birthday@2027#1", Trigger.Occasion.outward(Touch.idOf(episode, 1)));
        assertEquals("c-1234/birthday@2027#0",
                Touch.outwardIdOf(new CustomerRefs("s"), "K", Touch.idOf(episode, 0)).replaceFirst("c-[0-9a-f]+", "c-1234"));
    }

    @Test
    void theOtherTriggersIdsGoOutAsTheyAre() {
        for (String id : new String[]{"fell-asleep@2026-12-05#0", "replenishment:dogfood@2027-01-15#0",
                "bought:camera>lens@2027-01-12", "birthday@2027"}) {
            assertEquals(id, Trigger.Occasion.outward(id));
        }
        assertNull(Trigger.Occasion.outward(null));
    }
}
