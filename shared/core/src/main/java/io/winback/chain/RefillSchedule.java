package io.winback.chain;

import io.winback.cycles.CustomerCyclePolicy;
import io.winback.cycles.CycleEvidence;
import io.winback.cycles.CycleEvidencePolicy;
import io.winback.cycles.GroupCycle;
import io.winback.cycles.GroupCycleInUse;
import io.winback.cycles.GroupPurchases;
import io.winback.cycles.RefillDueDays;
import io.winback.cycles.ReplenishmentDue;
import io.winback.domain.PurchaseBand;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * When refill reminders are due, by the chains in force and the groups' cycles as learned so far. The index holds
 * the earliest day any refill chain of the group would remind the customer on; the worker decides by the chain of
 * the customer's band on that day, and moves the day on if that chain reminds later.
 */
public final class RefillSchedule implements RefillDueDays {
    /**
     * How late a reminder may still go out: the daily check reads the due days of the last week, so a missed run is
     * caught up, and a reminder that waited that long for another chain to finish lapses (its goods are likely
     * bought elsewhere by then).
     */
    public static final int DAYS_LATE_AT_MOST = 7;
    private final ChainConfigurationStore configurations;
    private final CycleEvidence evidence;
    private final CycleEvidencePolicy evidencePolicy;
    private final CustomerCyclePolicy customerPolicy;

    public RefillSchedule(ChainConfigurationStore configurations, CycleEvidence evidence,
                          CycleEvidencePolicy evidencePolicy, CustomerCyclePolicy customerPolicy) {
        this.configurations = configurations;
        this.evidence = evidence;
        this.evidencePolicy = evidencePolicy;
        this.customerPolicy = customerPolicy;
    }

    /** What due days are computed from at one moment: the chains in force and the groups' learned cycles. */
    public Snapshot snapshot() {
        return new Snapshot(configurations.current());
    }

    @Override
    public Function<GroupPurchases, LocalDate> now() {
        return snapshot()::firstDue;
    }

    /** The chains in force, read once; the groups' cycles read as they are asked for. */
    public final class Snapshot {
        private final ChainConfiguration configuration;
        /** The groups' cycles as read once each: a recompute asks for one group's cycle for every buyer. */
        private final Map<String, Optional<GroupCycle>> learned = new ConcurrentHashMap<>();

        private Snapshot(ChainConfiguration configuration) {
            this.configuration = configuration;
        }

        public ChainConfiguration configuration() {
            return configuration;
        }

        /** The groups some refill chain in force reminds of. */
        public TreeSet<String> groups() {
            TreeSet<String> groups = new TreeSet<>();
            refillTriggers(configuration).forEach(t -> groups.add(t.group()));
            return groups;
        }

        public boolean reminds(String group) {
            return refillTriggers(configuration).anyMatch(t -> t.group().equals(group));
        }

        public GroupCycle learned(String group) {
            return learned.computeIfAbsent(group, g -> evidence.of(g).map(e -> GroupCycle.of(e, evidencePolicy)))
                    .orElse(null);
        }

        /** The earliest day a refill chain of the record's group reminds its customer on; null: none does. */
        public LocalDate firstDue(GroupPurchases record) {
            if (!reminds(record.group())) {
                return null;
            }
            GroupCycle learned = learned(record.group());
            return refillTriggers(configuration).filter(t -> t.group().equals(record.group()))
                    .map(t -> ReplenishmentDue.of(learned, t.cycleDays(), record, t.remindAt(), customerPolicy))
                    .flatMap(due -> due instanceof ReplenishmentDue.On on ? Stream.of(on.day())
                            : Stream.empty())
                    .min(Comparator.naturalOrder()).orElse(null);
        }

        /**
         * What the group's due days depend on besides each customer's own days: every refill chain's
         * {@code remindAt} and {@code cycleDays} for it, and the cycle in use. Equal signatures, equal due days.
         */
        public String signature(String group) {
            GroupCycle learned = learned(group);
            StringBuilder signature = new StringBuilder();
            refillTriggers(configuration).filter(t -> t.group().equals(group))
                    .map(t -> t.remindAt().stripTrailingZeros().toPlainString() + "/" + t.cycleDays() + "/"
                            + GroupCycleInUse.of(learned, t.cycleDays()).days())
                    .sorted().forEach(part -> signature.append(part).append(';'));
            return signature.toString();
        }

        /**
         * The refill chain that reminds a customer of {@code band}, in the segments {@code inSegment} says, of
         * {@code group}: the most specific audience's ({@link ChainChoice}), whatever its {@code remindAt}.
         */
        public Optional<Chain> chainFor(String group, PurchaseBand band, Predicate<String> inSegment) {
            List<Chain> chains = configuration.chains().stream()
                    .filter(c -> c.trigger() instanceof Trigger.Replenishment r && r.group().equals(group)).toList();
            return ChainChoice.mostSpecific(chains, band, inSegment).stream().findFirst();
        }

        /** When the chain reminds the customer whose record this is. */
        public ReplenishmentDue dueBy(Chain chain, GroupPurchases record) {
            Trigger.Replenishment trigger = (Trigger.Replenishment) chain.trigger();
            return ReplenishmentDue.of(learned(record.group()), trigger.cycleDays(), record, trigger.remindAt(),
                    customerPolicy);
        }
    }

    private static Stream<Trigger.Replenishment> refillTriggers(ChainConfiguration configuration) {
        return configuration.chains().stream().map(Chain::trigger)
                .filter(Trigger.Replenishment.class::isInstance).map(Trigger.Replenishment.class::cast);
    }
}
