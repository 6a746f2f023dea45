package io.winback.chain;

import io.winback.domain.PurchaseBand;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Of the chains of one trigger, a customer is served by the one of a segment they are in, else by their band's,
 * else by everyone's; a chain of a segment never serves a customer outside it, and membership is asked only when
 * such a chain could serve.
 */
class AChainOfASegmentServesOnlyItsMembersAndWinsOverTheirBandTest {
    private static final ChainStep SMS = new ChainStep(0, null, Map.of(), List.of(Channel.SMS), null, 7);
    private static final Trigger ASLEEP = new Trigger.FellAsleep();

    @Test
    void aVipWhoFellAsleepIsServedByTheSegmentsChainAndEveryoneElseByTheirBands() {
        var configuration = new ChainConfiguration(1, List.of(
                new Chain("sleep-VIP", ASLEEP, PurchaseBand.VIP, List.of(SMS)),
                new Chain("sleep-1", ASLEEP, PurchaseBand.ONE, List.of(SMS)),
                Chain.ofSegment("sleep-big", ASLEEP, "vip-asleep", List.of(SMS))), null);

        assertEquals("sleep-big", chainFor(configuration, ASLEEP, PurchaseBand.VIP, "vip-asleep"));
        assertEquals("sleep-big", chainFor(configuration, ASLEEP, PurchaseBand.ONE, "vip-asleep"),
                "the segment wins over any band: it is the more specific");
        assertEquals("sleep-VIP", chainFor(configuration, ASLEEP, PurchaseBand.VIP, "another"));
        assertEquals(Optional.empty(), configuration.chainFor(ASLEEP, PurchaseBand.FEW, Set.of("another")::contains),
                "a band with no chain of its own, outside the segment: nothing serves");
    }

    @Test
    void aSegmentsChainServesNobodyOutsideItAndTheBandThenEveryonesServe() {
        var birthday = new Trigger.Birthday(3);
        var configuration = new ChainConfiguration(1, List.of(
                new Chain("birthday", birthday, null, List.of(SMS)),
                new Chain("birthday-vip", birthday, PurchaseBand.VIP, List.of(SMS)),
                Chain.ofSegment("birthday-lapsed", birthday, "coffee-lapsed", List.of(SMS))), null);

        assertEquals("birthday-lapsed", chainFor(configuration, birthday, PurchaseBand.ONE, "coffee-lapsed"));
        assertEquals("birthday-vip", chainFor(configuration, birthday, PurchaseBand.VIP));
        assertEquals("birthday", chainFor(configuration, birthday, PurchaseBand.ONE));
    }

    @Test
    void aMemberWhoseSegmentHasABirthdayChainOfOtherSettingsIsGreetedOnlyOnItsDay() {
        var configuration = new ChainConfiguration(1, List.of(
                new Chain("birthday", new Trigger.Birthday(3), null, List.of(SMS)),
                Chain.ofSegment("birthday-lapsed", new Trigger.Birthday(7), "coffee-lapsed", List.of(SMS))), null);
        Predicate<String> member = Set.of("coffee-lapsed")::contains;

        assertEquals("birthday-lapsed", configuration.chainServing(new Trigger.Birthday(7), PurchaseBand.ONE, member)
                .orElseThrow().id());
        assertEquals(Optional.empty(), configuration.chainServing(new Trigger.Birthday(3), PurchaseBand.ONE, member),
                "everyone's chain of three days before does not greet a member of a segment with its own");
        assertEquals("birthday", configuration.chainServing(new Trigger.Birthday(3), PurchaseBand.ONE,
                segment -> false).orElseThrow().id());
    }

    @Test
    void membershipIsAskedOnlyOfTheSegmentsAChainOfTheTriggerNames() {
        List<String> asked = new ArrayList<>();
        var configuration = new ChainConfiguration(1, List.of(
                new Chain("sleep-1", ASLEEP, PurchaseBand.ONE, List.of(SMS)),
                Chain.ofSegment("birthday-lapsed", new Trigger.Birthday(7), "coffee-lapsed", List.of(SMS))), null);

        configuration.chainFor(ASLEEP, PurchaseBand.ONE, segment -> asked.add(segment) && false);

        assertEquals(List.of(), asked, "no sleep chain is limited to a segment: nothing to evaluate");
    }

    @Test
    void aChainNamesABandOrASegmentNotBoth() {
        assertThrows(IllegalArgumentException.class, () -> new Chain("sleep", ASLEEP, PurchaseBand.VIP, List.of(SMS),
                4, "vip-asleep"));
        assertEquals("vip-asleep", Chain.ofSegment("sleep", ASLEEP, "vip-asleep", List.of(SMS)).segment(),
                "a sleep chain of a segment needs no band");
    }

    private static String chainFor(ChainConfiguration configuration, Trigger trigger, PurchaseBand band,
                                   String... segments) {
        return configuration.chainFor(trigger, band, Set.of(segments)::contains).map(Chain::id).orElse(null);
    }
}
