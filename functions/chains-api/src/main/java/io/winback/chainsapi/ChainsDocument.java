package io.winback.chainsapi;

import io.winback.chain.ChainStates;

import io.winback.json.chain.BonusCaps;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winback.chain.ChainConfiguration;
import io.winback.json.chain.BonusCaps;
import io.winback.chain.ChainReadiness;
import io.winback.cycles.GroupCycle;
import io.winback.cycles.GroupCycleInUse;
import io.winback.json.chain.ChainConfigurationJson;
import io.winback.report.ReportLanguage;

import java.util.List;

/**
 * The configuration as {@code GET} and {@code PUT /v1/chains} answer it: the document with the bonus cap in force and
 * what each SMS costs, and on each chain whether it runs ({@code running}), why in words ({@code why}), and for a
 * refill chain the cycle of its group ({@code cycle}). All computed, so a PUT that sends them back ignores them.
 */
final class ChainsDocument {
    private final BonusCaps caps;
    private final ChainStates states;
    private final String storeName;

    /** @param storeName what {@code {store}} reads in the messages, for what an SMS costs at its longest */
    ChainsDocument(BonusCaps caps, ChainStates states, String storeName) {
        this.caps = caps;
        this.states = states;
        this.storeName = storeName;
    }

    ObjectNode of(ChainConfiguration configuration, ReportLanguage language) {
        ObjectNode root = ChainConfigurationJson.toTree(configuration, caps.of(configuration), storeName);
        List<ChainReadiness> readiness = states.of(configuration);
        JsonNode chains = root.get("chains");
        for (int i = 0; i < readiness.size(); i++) {
            ObjectNode chain = (ObjectNode) chains.get(i);
            ChainReadiness state = readiness.get(i);
            chain.put("running", state.running());
            chain.put("why", state.why(language));
            if (state instanceof ChainReadiness.Refill refill) {
                cycle(chain.putObject("cycle"), refill.cycle());
            }
        }
        return root;
    }

    /**
     * The group's learned cycle and its evidence (nulls and zeros when nobody bought it twice), whether that is
     * enough, and the days the chain goes by: the learned, else {@code cycleDays}, else null.
     */
    private static void cycle(ObjectNode node, GroupCycleInUse inUse) {
        GroupCycle learned = inUse.learned();
        if (learned == null) {
            node.putNull("learnedDays");
        } else {
            node.put("learnedDays", learned.medianDays());
        }
        node.put("intervals", learned == null ? 0 : learned.intervals());
        node.put("customers", learned == null ? 0 : learned.customers());
        node.put("enoughEvidence", learned != null && learned.enoughEvidence());
        if (inUse.days() == null) {
            node.putNull("daysInUse");
        } else {
            node.put("daysInUse", inUse.days());
        }
    }
}
