package io.winback.tasks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A phone call a chain asks staff to make, with what they need on the card. Its id is the touch's, so a retried
 * step opens it once. {@code store} is the customer's most visited store, so each shop sees its own list.
 *
 * @param outcome a {@link CallOutcome} wire name once staff closed the task; null while open
 * @param comment what staff noted about the call, or null
 * @param doneAt  when staff closed the task; null while open
 * @param spent   the customer's net spent when the task was opened: of tasks due together, the most valuable
 *                customer's comes first; null on tasks opened before it was kept
 * @param script  what to say, as the step gives it in the customer's language; null when it gives none
 * @param origin  the episode the call belongs to, which its counters in the campaign report are kept under; null on
 *                tasks opened before it was kept (they are counted nowhere)
 */
public record CallTask(String id, String customerKey, String store, String name, String phone, String band,
                       LocalDate lastVisitDay, BigDecimal averageCheck, int touchesSoFar, String reason,
                       Instant createdAt, Instant deadline, String status, String outcome, String comment,
                       Instant doneAt, BigDecimal spent, String script, Origin origin) {

    /**
     * Where a call comes from, as the campaign report groups it: the chain (a campaign's is {@code campaign:<id>}),
     * the day its customer entered the chain, the step that asked for the call (0-based) and the episode's purchase
     * band (null: not known).
     */
    public record Origin(String chainId, LocalDate enteredOn, int step, io.winback.domain.PurchaseBand band) {
        public Origin {
            java.util.Objects.requireNonNull(chainId, "chainId");
            java.util.Objects.requireNonNull(enteredOn, "enteredOn");
        }
    }

    /** A task without its origin (as opened before it was kept). */
    public CallTask(String id, String customerKey, String store, String name, String phone, String band,
                    LocalDate lastVisitDay, BigDecimal averageCheck, int touchesSoFar, String reason,
                    Instant createdAt, Instant deadline, String status, String outcome, String comment,
                    Instant doneAt, BigDecimal spent, String script) {
        this(id, customerKey, store, name, phone, band, lastVisitDay, averageCheck, touchesSoFar, reason, createdAt,
                deadline, status, outcome, comment, doneAt, spent, script, null);
    }

    /** A task without the customer's value and a script (as opened before they were kept). */
    public CallTask(String id, String customerKey, String store, String name, String phone, String band,
                    LocalDate lastVisitDay, BigDecimal averageCheck, int touchesSoFar, String reason,
                    Instant createdAt, Instant deadline, String status, String outcome, String comment,
                    Instant doneAt) {
        this(id, customerKey, store, name, phone, band, lastVisitDay, averageCheck, touchesSoFar, reason, createdAt,
                deadline, status, outcome, comment, doneAt, null, null);
    }
    /**
     * The id of the task a touch opens: the customer's reference (a keyed hash, never the key: the id travels in URLs
     * and request logs) and the touch id, base64url-encoded, so the id is the same on every retry and travels in a
     * URL path as it is (touch ids hold '/', '#', '@').
     */
    public static String idOf(io.winback.domain.CustomerRefs refs, String customerKey, String touchId) {
        return base64Url(refs.touch(customerKey, touchId));
    }

    /**
     * The id tasks were opened under before ids stopped carrying the customer key (base64url of key and touch id):
     * a purchase still closes such a task. Only tasks opened before that change have it.
     */
    public static String legacyIdOf(String customerKey, String touchId) {
        return base64Url(customerKey + "/" + touchId);
    }

    private static String base64Url(String text) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static final String OPEN = "open";
    public static final String DONE = "done";

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    /** The task as a close leaves it: done, with its outcome, the comment (if any) and when. */
    public CallTask closedAs(CallOutcome closedWith, String note, Instant closedAt) {
        return new CallTask(id, customerKey, store, name, phone, band, lastVisitDay, averageCheck, touchesSoFar,
                reason, createdAt, deadline, DONE, closedWith.wireName(), note == null ? comment : note, closedAt,
                spent, script, origin);
    }
}
