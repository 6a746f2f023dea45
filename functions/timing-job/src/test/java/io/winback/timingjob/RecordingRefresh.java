package io.winback.timingjob;

import io.winback.sleep.SleepDayRefresh;
import io.winback.sleep.TimingInForce;

import java.util.ArrayList;
import java.util.List;

/** The refresh port as the tests see it: what it was asked to refresh under, in order. */
final class RecordingRefresh implements SleepDayRefresh {
    final List<TimingInForce> calls = new ArrayList<>();

    @Override
    public long refreshAll(TimingInForce inForce) {
        calls.add(inForce);
        return 7;
    }
}
