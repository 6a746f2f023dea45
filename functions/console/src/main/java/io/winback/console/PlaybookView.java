package io.winback.console;

import java.util.List;

/**
 * The chains in force as the owner reads them: one group per trigger (who falls asleep, whose coffee runs out, whose
 * birthday comes), in each a chain per audience (a band, a segment, everyone) with its steps in a row each.
 *
 * @param cap what any bonus is held down to now, in words
 */
public record PlaybookView(int version, String cap, List<Group> groups) {

    public record Group(String title, List<ChainCard> chains) {
    }

    /** @param why whether it runs, in words, when it does not */
    public record ChainCard(String id, String audience, boolean running, String why, List<StepLine> steps) {
    }

    /**
     * @param when    "день 0" / "через 14 дн." in the shop's words
     * @param sms     the Russian (or the page's language) SMS text, or null
     * @param billing what that SMS costs at the longest placeholder values, or null
     */
    public record StepLine(int number, String when, String bonus, String channels, String sms, String billing,
                           String call, String editHref) {
    }
}
