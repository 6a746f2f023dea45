package io.winback.chain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The refill trigger's list of due days: for each customer and group a refill chain reminds of, the day the reminder
 * is due, kept on the customer's purchase record of the group (so a purchase that moves it rewrites one item it
 * writes anyway). Only records with a reminder to come are in it, so reading a day costs what it finds. It also keeps,
 * per group, the signature of what its due days were computed with ({@link RefillSchedule#signature}): when the
 * chains or the group's cycle change, the daily check recomputes that group's due days once.
 */
public interface RefillIndex {

    /** One customer due a reminder for one group. */
    record Due(String customerKey, String group, LocalDate day) {
    }

    /** Customers whose reminder is due from {@code first} to {@code last}, both included. */
    List<Due> dueBetween(LocalDate first, LocalDate last);

    /**
     * Sets (or, with a null {@code day}, removes) the due day of the customer's record of {@code group}, unless the
     * record is no longer at {@code version}: a purchase saved since then has set its own.
     */
    void schedule(String customerKey, String group, long version, LocalDate day);

    /** Moves a due day to {@code to} (null: removes it), unless it is no longer {@code from}. */
    void move(String customerKey, String group, LocalDate from, LocalDate to);

    /** The signature the group's due days were last computed with; empty when never. */
    Optional<String> signature(String group);

    void markComputed(String group, String signature);
}
