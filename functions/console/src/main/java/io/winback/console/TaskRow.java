package io.winback.console;

import java.util.List;

/**
 * One call on the list, as staff read it at the till: who, how to reach them, what they are worth, what was sent to
 * them so far, why to call and what to say, and how late the call is.
 *
 * @param idInPath the task id as it goes in the outcome form's path
 * @param phone    E.164, for the {@code tel:} link; null when the card has none
 */
public record TaskRow(String idInPath, String anchor, String cardPath, String name, String phone, String store, String band,
                      String lastVisit, String averageCheck, String bonusBalance, String bonusExpires,
                      List<String> sentSoFar, String reason, String script, String deadline, boolean overdue) {
    public TaskRow {
        sentSoFar = List.copyOf(sentSoFar);
    }
}
