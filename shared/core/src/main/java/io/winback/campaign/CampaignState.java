package io.winback.campaign;

/** Where a campaign stands: waiting for its time, started, paused (no further step is taken) or cancelled. */
public enum CampaignState {
    SCHEDULED, STARTED, PAUSED, CANCELLED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
