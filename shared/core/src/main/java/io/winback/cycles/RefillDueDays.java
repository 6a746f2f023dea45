package io.winback.cycles;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * When a customer's refill reminder for a group falls due, by the refill chains in force: asked when the sales
 * stream saves a changed purchase record, so a purchase of the group moves the reminder with the write it makes
 * anyway.
 */
public interface RefillDueDays {
    /** No refill chain: no reminder is ever due. */
    RefillDueDays NONE = () -> record -> null;

    /** The due day of a record by what is in force now (read once, asked for each of one customer's records). */
    Function<GroupPurchases, LocalDate> now();
}
