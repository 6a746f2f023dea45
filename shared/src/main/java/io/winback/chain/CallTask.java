package io.winback.chain;

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
 */
public record CallTask(String id, String customerKey, String store, String name, String phone, String segment,
                       LocalDate lastVisitDay, BigDecimal averageCheck, int touchesSoFar, String reason,
                       Instant createdAt, Instant deadline, String status, String outcome, String comment,
                       Instant doneAt) {
    /**
     * The id of the task a touch opens: the customer key and the touch id, base64url-encoded, so the id is the same
     * on every retry and travels in a URL path as it is (customer keys and touch ids hold '+', '/', '#', '@').
     */
    public static String idOf(String customerKey, String touchId) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString((customerKey + "/" + touchId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static final String OPEN = "open";
    public static final String DONE = "done";

    public boolean isOpen() {
        return OPEN.equals(status);
    }
}
