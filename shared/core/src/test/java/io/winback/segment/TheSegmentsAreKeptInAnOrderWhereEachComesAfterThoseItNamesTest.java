package io.winback.segment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the API edits the configuration with: add or replace a segment, remove one, and what names a segment. */
class TheSegmentsAreKeptInAnOrderWhereEachComesAfterThoseItNamesTest {
    private static final Condition LAPSED = new Condition.DaysSinceLastPurchase(Comparison.AT_LEAST, 60);

    private static SegmentDefinition named(String id, String... others) {
        return new SegmentDefinition(id, id, 0, new Condition.All(java.util.Arrays.stream(others)
                .map(o -> (Condition) new Condition.InSegment(o)).toList()));
    }

    @Test
    void aSegmentNamingOneDefinedLaterIsMovedAfterItAndEditsCountItsVersions() {
        SegmentConfiguration configuration = SegmentConfiguration.NONE
                .with(new SegmentDefinition("vip", "VIP", 0, LAPSED))
                .with(named("lapsed-vip", "vip"))
                .with(new SegmentDefinition("vip", "VIP", 0, new Condition.All(List.of(LAPSED, new Condition.InSegment("list")))))
                .with(new SegmentDefinition("list", "List", 0, null));

        assertEquals(List.of("list", "vip", "lapsed-vip"), configuration.segments().stream().map(SegmentDefinition::id).toList());
        assertEquals(2, configuration.find("vip").orElseThrow().version());
        assertEquals(1, configuration.find("lapsed-vip").orElseThrow().version());
        assertEquals(List.of("lapsed-vip"), configuration.referencing("vip"));
        assertEquals(List.of("vip"), configuration.referencing("list"));
        assertEquals(0, configuration.version(), "the store assigns the configuration's version");
    }

    @Test
    void aCycleIsRefusedAndNamedAndANamedSegmentIsNotRemoved() {
        SegmentConfiguration configuration = SegmentConfiguration.NONE.with(named("a")).with(named("b", "a"))
                .with(named("c", "b"));
        IllegalArgumentException cycle = assertThrows(IllegalArgumentException.class,
                () -> configuration.with(named("a", "c")));
        assertEquals("segments name each other round a cycle: a → c → b → a", cycle.getMessage());
        assertEquals(Optional.of(List.of("a", "a")), SegmentOrder.cycle(List.of(named("a", "a"))));
        assertEquals(Optional.empty(), SegmentOrder.cycle(configuration.segments()));

        assertThrows(IllegalArgumentException.class, () -> configuration.without("b"));
        assertEquals(List.of("a", "b"), configuration.without("c").segments().stream().map(SegmentDefinition::id).toList());
    }

    @Test
    void thePurchasesLookedAtAreTheBoughtItemsOfDynamicSegmentsFromTheEarliestDayAnyLooksAt() {
        LocalDate day = LocalDate.parse("2026-06-15");
        assertEquals(PurchaseNeeds.NONE, SegmentConfiguration.NONE.with(new SegmentDefinition("l", "l", 0, LAPSED))
                .needs(day));
        SegmentConfiguration configuration = SegmentConfiguration.NONE
                .with(new SegmentDefinition("coffee", "c", 0, new Condition.Not(new Condition.Any(List.of(
                        Condition.Bought.within(ItemRef.group("coffee"), 30), LAPSED)))))
                .with(new SegmentDefinition("beans", "b", 0, Condition.Bought.between(ItemRef.sku("B-1"),
                        LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"))))
                .with(new SegmentDefinition("tea", "t", 0, Condition.Bought.within(ItemRef.group("tea"), 365)));
        PurchaseNeeds needs = configuration.needs(day);
        assertEquals(Set.of(ItemRef.group("coffee"), ItemRef.sku("B-1"), ItemRef.group("tea")), needs.items());
        assertEquals(LocalDate.parse("2025-06-15"), needs.since());
        assertEquals(LocalDate.parse("2026-03-01"), configuration.without("tea").needs(day).since());
    }
}
