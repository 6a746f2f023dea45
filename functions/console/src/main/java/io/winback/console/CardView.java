package io.winback.console;

import java.util.List;

/**
 * A customer's card as the console shows it: who they are, their figures, their purchases (a page of them),
 * bonuses, consent and its history, every episode with what went out in it, and the calls about them.
 *
 * @param purchasesNext the cursor of the next page of purchases; null when none follows
 */
public record CardView(String key, String name, String phone, String email, String card, String band,
                       String standing, List<Fact> facts, List<Row> purchases, String purchasesNext, String bonusBalance,
                       List<Row> bonuses, String consentSms, String consentEmail, List<Row> consentHistory,
                       List<EpisodeView> episodes, List<Row> calls) {
    public CardView {
        facts = List.copyOf(facts);
        purchases = List.copyOf(purchases);
        bonuses = List.copyOf(bonuses);
        consentHistory = List.copyOf(consentHistory);
        episodes = List.copyOf(episodes);
        calls = List.copyOf(calls);
    }

    /** A figure and its name. */
    public record Fact(String label, String value) {
    }

    /** A table row: its cells in the table's order. */
    public record Row(List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** One episode of a chain or campaign, and its touches: when, which step, how, what happened, the text as sent. */
    public record EpisodeView(String title, String status, List<Row> touches) {
        public EpisodeView {
            touches = List.copyOf(touches);
        }
    }
}
