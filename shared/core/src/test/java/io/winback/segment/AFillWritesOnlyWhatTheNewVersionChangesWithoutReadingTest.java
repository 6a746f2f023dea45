package io.winback.segment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fill decides from the versions before what to write, reading nothing: over 300 made-up customers whose stored
 * memberships are what the version before made of them, the decision applied to that record gives exactly what the
 * new version says, for a segment added, one edited, one deleted and one named by another; most customers need
 * nothing at all; where the versions before disagree, or a record would both gain and lose, it reads first.
 */
class AFillWritesOnlyWhatTheNewVersionChangesWithoutReadingTest {
    private static final LocalDate DAY = GeneratedCustomers.DAY;
    private static final SegmentDefinition LAPSED = new SegmentDefinition("lapsed", "Давно не были", 1,
            new Condition.DaysSinceLastPurchase(Comparison.AT_LEAST, 60));
    private static final SegmentDefinition BIG = new SegmentDefinition("big", "Потратили много", 1,
            new Condition.Spent(Comparison.AT_LEAST, new BigDecimal("3000")));
    private static final SegmentDefinition BIG_AND_LAPSED = new SegmentDefinition("big-lapsed", "Крупные и давно", 1,
            new Condition.All(List.of(new Condition.InSegment("big"), new Condition.InSegment("lapsed"))));
    private static final SegmentConfiguration BEFORE = new SegmentConfiguration(List.of(LAPSED, BIG, BIG_AND_LAPSED), 4);

    @Test
    void anAddedSegmentIsJoinedByItsMembersAndNobodyElseIsTouched() {
        SegmentConfiguration next = BEFORE.with(new SegmentDefinition("coffee", "Кофе за 90 дней", 0,
                new Condition.Bought(GeneratedCustomers.COFFEE, 90, null, null))).withVersion(5);
        int nothing = replay(next, List.of(BEFORE));
        assertTrue(nothing > 100, "most customers are not in the new segment and need nothing: " + nothing);
    }

    @Test
    void anEditedSegmentMovesOnlyThoseItsNewConditionsMoveAndThoseNamingItFollow() {
        SegmentConfiguration next = BEFORE.with(new SegmentDefinition("big", "Потратили много", 1,
                new Condition.Spent(Comparison.AT_LEAST, new BigDecimal("1500")))).withVersion(5);
        int nothing = replay(next, List.of(BEFORE));
        assertTrue(nothing > 100, "most customers answer the edit as before: " + nothing);
    }

    @Test
    void aDeletedSegmentIsLeftByItsMembers() {
        SegmentConfiguration next = BEFORE.without("big-lapsed").withVersion(5);
        replay(next, List.of(BEFORE));
    }

    @Test
    void aNewTimeConditionSetsTheFlipDayWhereItComesEarlier() {
        SegmentConfiguration before = new SegmentConfiguration(List.of(BIG), 4);
        SegmentConfiguration next = before.with(LAPSED).withVersion(5);
        int flips = 0;
        for (GeneratedCustomers.Generated customer : GeneratedCustomers.make(300, 11)) {
            CustomerFacts facts = factsOf(customer);
            FillDecision decision = FillDecision.of(next, List.of(before), facts);
            LocalDate expected = SegmentEvaluation.of(next, facts).nextFlip();
            if (decision instanceof FillDecision.Write write && write.flipNoLaterThan() != null) {
                assertEquals(expected, write.flipNoLaterThan());
                flips++;
            } else {
                assertEquals(null, expected, "a customer whose 60th day is ahead gets it as their flip day");
            }
        }
        assertTrue(flips > 10, "flip days set: " + flips);
    }

    @Test
    void versionsBeforeThatDisagreeAboutACustomerMakeTheFillReadTheirRecord() {
        SegmentConfiguration older = new SegmentConfiguration(List.of(BIG), 3);
        SegmentConfiguration before = new SegmentConfiguration(List.of(new SegmentDefinition("big", "Потратили много",
                2, new Condition.Spent(Comparison.AT_LEAST, new BigDecimal("1000")))), 4);
        SegmentConfiguration next = new SegmentConfiguration(List.of(new SegmentDefinition("big", "Потратили много",
                3, new Condition.Spent(Comparison.AT_LEAST, new BigDecimal("2000")))), 5);
        int read = 0;
        for (GeneratedCustomers.Generated customer : GeneratedCustomers.make(300, 11)) {
            CustomerFacts facts = factsOf(customer);
            boolean olderSays = SegmentEvaluation.of(older, facts).members().contains("big");
            boolean beforeSays = SegmentEvaluation.of(before, facts).members().contains("big");
            FillDecision decision = FillDecision.of(next, List.of(before, older), facts);
            if (olderSays != beforeSays) {
                assertInstanceOf(FillDecision.ReadFirst.class, decision);
                read++;
            } else {
                assertFalse(decision instanceof FillDecision.ReadFirst, decision.toString());
            }
        }
        assertTrue(read > 0);
    }

    @Test
    void aStaticListNamedOrDeletedOrATypeChangedLeavesTheFillToRead() {
        SegmentDefinition list = new SegmentDefinition("call-list", "Обзвон", 1, null);
        SegmentConfiguration withList = new SegmentConfiguration(List.of(BIG, list), 4);
        assertTrue(FillDecision.possible(withList.with(LAPSED).withVersion(5), List.of(withList)));
        assertFalse(FillDecision.possible(withList.with(new SegmentDefinition("listed-big", "x", 0,
                        new Condition.All(List.of(new Condition.InSegment("call-list"), new Condition.InSegment("big")))))
                .withVersion(5), List.of(withList)), "a dynamic segment naming a static list");
        assertFalse(FillDecision.possible(withList.without("call-list").withVersion(5), List.of(withList)),
                "a static list deleted");
        assertFalse(FillDecision.possible(withList.with(new SegmentDefinition("call-list", "Обзвон", 1, LAPSED
                .conditions())).withVersion(5), List.of(withList)), "a static list made dynamic");
        assertFalse(FillDecision.possible(withList, List.of()), "no version before to compare with");
    }

    /**
     * Each customer's record as {@code baselines.getFirst()} made it, the decision applied to it: it must then hold
     * what {@code next} says. Returns how many customers needed nothing.
     */
    private static int replay(SegmentConfiguration next, List<SegmentConfiguration> baselines) {
        assertTrue(FillDecision.possible(next, baselines));
        int nothing = 0;
        int writes = 0;
        for (GeneratedCustomers.Generated customer : GeneratedCustomers.make(300, 7)) {
            CustomerFacts facts = factsOf(customer);
            Set<String> stored = new HashSet<>(SegmentEvaluation.of(baselines.getFirst(), facts).members());
            Set<String> expected = SegmentEvaluation.of(next, facts).members();
            switch (FillDecision.of(next, baselines, facts)) {
                case FillDecision.Nothing n -> nothing++;
                case FillDecision.Write write -> {
                    assertFalse(!write.joined().isEmpty() && !write.left().isEmpty(), write.toString());
                    assertTrue(stored.containsAll(write.left()) && write.joined().stream().noneMatch(stored::contains),
                            "the record holds what the write assumes: " + write + " on " + stored);
                    stored.addAll(write.joined());
                    stored.removeAll(write.left());
                    writes++;
                }
                case FillDecision.ReadFirst read -> {
                    // Only a record that would both gain and lose is read: the rest is decided unread.
                    Set<String> gains = new HashSet<>(expected);
                    gains.removeAll(stored);
                    Set<String> losses = new HashSet<>(stored);
                    losses.removeAll(expected);
                    assertFalse(gains.isEmpty() || losses.isEmpty(), "read for nothing: " + customer.customer().key());
                    stored = new HashSet<>(expected);
                }
            }
            assertEquals(expected, stored, "customer " + customer.customer().key());
        }
        assertTrue(writes > 0, "the change moves somebody");
        return nothing;
    }

    private static CustomerFacts factsOf(GeneratedCustomers.Generated customer) {
        return new CustomerFacts(customer.customer(), DAY, GeneratedCustomers.noonOf(DAY), GeneratedCustomers.STANDING,
                customer.bought(), Set.of());
    }
}
