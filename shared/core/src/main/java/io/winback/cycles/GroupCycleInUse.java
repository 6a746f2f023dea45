package io.winback.cycles;

import io.winback.report.ReportLanguage;

/**
 * The cycle of a group a refill chain goes by: the learned one when its evidence is enough, else the chain's
 * {@code cycleDays} when it gives one, else none (the chain does not run). One rule, used where a due day is
 * computed ({@link ReplenishmentDue}) and where a chain's state is shown.
 */
public sealed interface GroupCycleInUse {

    /** The days the chain goes by; null when there are none. */
    Integer days();

    /** What was learned so far (null: no customer has bought the group twice yet). */
    GroupCycle learned();

    /** The learned cycle, on enough evidence. */
    record Learned(GroupCycle learned) implements GroupCycleInUse {
        @Override
        public Integer days() {
            return learned.medianDays();
        }
    }

    /** Too little evidence; the chain's {@code cycleDays} stands in. */
    record StandIn(int cycleDays, GroupCycle learned) implements GroupCycleInUse {
        @Override
        public Integer days() {
            return cycleDays;
        }
    }

    /** Too little evidence and no {@code cycleDays}: no cycle to go by. */
    record None(GroupCycle learned) implements GroupCycleInUse {
        @Override
        public Integer days() {
            return null;
        }
    }

    /** @param learned the group's cycle as learned so far, or null; {@code cycleDays} the chain's, or null */
    static GroupCycleInUse of(GroupCycle learned, Integer cycleDays) {
        if (learned != null && learned.enoughEvidence()) {
            return new Learned(learned);
        }
        return cycleDays != null ? new StandIn(cycleDays, learned) : new None(learned);
    }

    /**
     * Why the learned cycle is not used yet, in {@code language}: what the evidence is short of, or that nobody has
     * bought {@code group} twice.
     */
    static String notLearnedYet(String group, GroupCycle learned, CycleEvidencePolicy policy,
                                ReportLanguage language) {
        if (learned == null) {
            return language.pick("никто ещё не покупал " + group + " дважды; ",
                    "nobody has bought " + group + " twice yet; ") + policy.needs(language);
        }
        return policy.shortfall(learned.intervals(), learned.customers(), language);
    }
}
