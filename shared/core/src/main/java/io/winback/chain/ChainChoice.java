package io.winback.chain;

import io.winback.domain.PurchaseBand;

import java.util.List;
import java.util.function.Predicate;

/**
 * Which of the chains that could serve one customer's occasion does: the most specific audience that has any.
 * <ol>
 *   <li>chains limited to a segment the shop defined, of which the customer is a member (of several, the first in
 *       the configuration);</li>
 *   <li>else the chain of the customer's purchase band;</li>
 *   <li>else the chain limited to nobody (everyone's).</li>
 * </ol>
 * So "VIPs who fell asleep get a bigger bonus" is two chains: the segment's wins for its members, the band chains
 * serve everyone else. A chain limited to a segment never serves a customer outside it. Membership is asked only of
 * the segments the candidates name, and only while no more specific audience has been found.
 */
public final class ChainChoice {
    private ChainChoice() {
    }

    /**
     * Of {@code candidates} (in the configuration's order), those of the most specific audience that holds any for a
     * customer of {@code band} who is in the segments {@code inSegment} says; empty when none serves them.
     */
    public static List<Chain> mostSpecific(List<Chain> candidates, PurchaseBand band, Predicate<String> inSegment) {
        List<Chain> ofBand = candidates.stream().filter(c -> band != null && c.band() == band).toList();
        List<Chain> everyones = candidates.stream().filter(c -> c.band() == null && c.segment() == null).toList();
        List<Chain> limited = candidates.stream().filter(c -> c.segment() != null).toList();
        if (!limited.isEmpty()) {
            // Asked only when some candidate is limited to a segment: membership may cost a read.
            List<Chain> ofMember = limited.stream().filter(c -> inSegment.test(c.segment())).toList();
            if (!ofMember.isEmpty()) {
                return ofMember;
            }
        }
        return !ofBand.isEmpty() ? ofBand : everyones;
    }
}
