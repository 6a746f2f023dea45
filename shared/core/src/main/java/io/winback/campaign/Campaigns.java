package io.winback.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where campaigns are kept. Every change of state is conditional, so two callers never both win. */
public interface Campaigns {

    /** Stores a new campaign; false when its id is taken. */
    boolean create(CampaignDefinition definition);

    Optional<Campaign> find(String id);

    /** Every campaign, by id. */
    List<Campaign> all();

    /** Marks it started at {@code at}; false when it is started, cancelled or gone already. */
    boolean markStarted(String id, Instant at);

    /** Cancels it; false unless it exists and has not started (nor been cancelled). */
    boolean cancel(String id);

    /** Pauses or resumes it; false when it is gone or cancelled. */
    boolean setPaused(String id, boolean paused);

    /** Adds to its counts of customers entered and held out (a page of the fan-out at a time). */
    void countEntered(String id, long entered, long heldOut);
}
