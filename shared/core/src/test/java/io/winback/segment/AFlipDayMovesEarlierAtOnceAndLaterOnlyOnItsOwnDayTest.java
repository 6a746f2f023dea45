package io.winback.segment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a re-evaluation writes: the segments joined and left (a static list only by its own edits, a deleted segment
 * left), and the flip day moved when it comes earlier, when the stored one is due or past, or exactly on the flip
 * day's own work; a later day found on a sale is left for the stored day to find again (no write on every sale).
 */
class AFlipDayMovesEarlierAtOnceAndLaterOnlyOnItsOwnDayTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    private static final SegmentConfiguration SEGMENTS = new SegmentConfiguration(List.of(
            new SegmentDefinition("lapsed", "Давно не были", 1,
                    new Condition.DaysSinceLastPurchase(Comparison.AT_LEAST, 60)),
            new SegmentDefinition("big", "Потратили много", 1,
                    new Condition.Spent(Comparison.AT_LEAST, new java.math.BigDecimal("1000"))),
            new SegmentDefinition("call-list", "Обзвон", 1, null)), 3);

    @Test
    void aSaleThatPushesTheFlipLaterWritesNothing() {
        StoredMemberships stored = new StoredMemberships(Set.of("big"), TODAY.plusDays(10), 4);
        MembershipChange change = MembershipChange.between(stored,
                new SegmentEvaluation(Set.of("big"), TODAY.plusDays(60)), SEGMENTS, TODAY, false);
        assertFalse(change.writes(), change.toString());
    }

    @Test
    void anEarlierFlipIsWrittenAtOnce() {
        StoredMemberships stored = new StoredMemberships(Set.of(), TODAY.plusDays(30), 4);
        MembershipChange change = MembershipChange.between(stored,
                new SegmentEvaluation(Set.of(), TODAY.plusDays(5)), SEGMENTS, TODAY, false);
        assertTrue(change.writeFlip());
        assertEquals(TODAY.plusDays(5), change.flipAt());
    }

    @Test
    void onItsOwnDayTheFlipIsSetExactlyEvenLaterOrNone() {
        StoredMemberships stored = new StoredMemberships(Set.of(), TODAY, 4);
        MembershipChange later = MembershipChange.between(stored,
                new SegmentEvaluation(Set.of(), TODAY.plusDays(60)), SEGMENTS, TODAY, false);
        assertTrue(later.writeFlip(), "a stored day that is due is moved even from the stream");
        MembershipChange none = MembershipChange.between(new StoredMemberships(Set.of(), TODAY.plusDays(9), 4),
                new SegmentEvaluation(Set.of(), null), SEGMENTS, TODAY, true);
        assertTrue(none.writeFlip(), "the flip day's own work clears a day nothing flips on any more");
        assertEquals(null, none.flipAt());
    }

    @Test
    void joinsAndLeavesAreOfDynamicSegmentsAndOfDeletedOnesStaticListsStay() {
        StoredMemberships stored = new StoredMemberships(Set.of("lapsed", "call-list", "gone"), null, 4);
        MembershipChange change = MembershipChange.between(stored, new SegmentEvaluation(Set.of("big"), null),
                SEGMENTS, TODAY, false);
        assertEquals(Set.of("big"), change.joined());
        assertEquals(Set.of("lapsed", "gone"), change.left(), "the static list is left only by its own edits");
    }
}
