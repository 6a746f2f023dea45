package io.winback.chain;

import io.winback.cycles.CycleEvidence;
import io.winback.cycles.CycleEvidencePolicy;
import io.winback.cycles.GroupCycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether each chain of a configuration runs ({@link ChainReadiness}), with the learned cycle of each refill chain's
 * group read once per group (one GetItem of its evidence; none for a configuration without refill chains).
 */
public final class ChainStates {
    private final CycleEvidence evidence;
    private final CycleEvidencePolicy policy;

    public ChainStates(CycleEvidence evidence, CycleEvidencePolicy policy) {
        this.evidence = evidence;
        this.policy = policy;
    }

    /** One readiness per chain, in the configuration's order. */
    public List<ChainReadiness> of(ChainConfiguration configuration) {
        Map<String, Optional<GroupCycle>> learnedByGroup = new HashMap<>();
        List<ChainReadiness> states = new ArrayList<>();
        for (Chain chain : configuration.chains()) {
            GroupCycle learned = chain.trigger() instanceof Trigger.Replenishment refill
                    ? learnedByGroup.computeIfAbsent(refill.group(), this::learned).orElse(null) : null;
            states.add(ChainReadiness.of(chain.trigger(), learned, policy));
        }
        return states;
    }

    private Optional<GroupCycle> learned(String group) {
        return evidence.of(group).map(found -> GroupCycle.of(found, policy));
    }
}
