package io.winback.sleep;

/**
 * After the timing job puts a new {@link TimingInForce} in force, every card's stored sleep day (the attribute the
 * daily check's sparse index reads) is derived again under it and rewritten where it changed.
 */
public interface SleepDayRefresh {

    /** @return how many cards' sleep days changed and were rewritten */
    long refreshAll(TimingInForce inForce);
}
