package io.winback.time;

import java.time.Clock;

/**
 * The one wall clock of production code. Handlers' deployed constructors, the local runner, the importer and the
 * bench take their {@link Clock} from here and hand it down; everything below them reads time only through the
 * clock it was given, so a test passes a pinned one and no rule (quiet hours above all) ever depends on the hour the
 * suite happens to run. {@code EveryClockComesFromOnePlaceTest} keeps other reads of the wall clock out.
 */
public final class WallClock {
    private static final Clock UTC = Clock.systemUTC();

    private WallClock() {
    }

    public static Clock utc() {
        return UTC;
    }
}
