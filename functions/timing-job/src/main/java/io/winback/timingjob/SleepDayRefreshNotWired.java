package io.winback.timingjob;

import io.winback.log.JsonLog;
import io.winback.sleep.SleepDayRefresh;
import io.winback.sleep.TimingInForce;

/**
 * Until the card side's refresh (the sleep day from the model on every card) is merged, the deployed job stores the
 * decision and says in its log that no card was refreshed; the integrator replaces this with the real refresh in
 * {@link TimingJobHandler#TimingJobHandler()} (and in the local runner).
 */
public enum SleepDayRefreshNotWired implements SleepDayRefresh {
    INSTANCE;

    private static final JsonLog LOG = JsonLog.forClass(SleepDayRefreshNotWired.class);

    @Override
    public long refreshAll(TimingInForce inForce) {
        LOG.warn("sleep_day_refresh_not_wired", "inForce", inForce.name());
        return 0;
    }
}
