package io.winback.campaign;

import java.time.Instant;

/**
 * A stored campaign: its definition and where it stands.
 *
 * @param startedAt when the daily check started it (queued its fan-out); null: not yet
 * @param entered   customers who entered its episode, held-out ones included
 * @param heldOut   of those, how many are in the holdout
 */
public record Campaign(CampaignDefinition definition, Instant startedAt, boolean paused, boolean cancelled,
                       long entered, long heldOut) {

    public String id() {
        return definition.id();
    }

    public CampaignState state() {
        if (cancelled) {
            return CampaignState.CANCELLED;
        }
        if (paused) {
            return CampaignState.PAUSED;
        }
        return startedAt == null ? CampaignState.SCHEDULED : CampaignState.STARTED;
    }

    /** Whether it may still be cancelled: only before it starts (paused or not); after, pausing stops it. */
    public boolean cancellable() {
        return startedAt == null && !cancelled;
    }

    /**
     * Whether a check run at {@code runTime} starts it: its time has come, and it is neither started, cancelled nor
     * paused (a campaign paused before its start starts at the first run after it is resumed).
     */
    public boolean startsAt(Instant runTime) {
        return state() == CampaignState.SCHEDULED && !definition.at().toInstant().isAfter(runTime);
    }
}
