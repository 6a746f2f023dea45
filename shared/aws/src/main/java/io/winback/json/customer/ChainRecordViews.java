package io.winback.json.customer;

import io.winback.tasks.CallTask;
import io.winback.chain.Conversion;
import io.winback.chain.Episode;
import io.winback.chain.Touch;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.winback.json.customer.CustomerView.textOf;

/** A customer's episodes, touches and call tasks as their data export shows them; absent values are left out. */
public final class ChainRecordViews {
    private ChainRecordViews() {
    }

    public static Map<String, Object> episode(Episode e) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("episodeId", e.id());
        view.put("chainId", e.chainId());
        view.put("segment", e.band() == null ? null : e.band().label());
        // Whether the customer was in the holdout group, who get nothing so the chains' effect can be measured.
        view.put("holdout", e.holdout());
        view.put("status", e.status().wireName());
        view.put("startedAt", textOf(e.startedAt()));
        view.put("nextStepDue", textOf(e.dueOn()));
        view.put("endReason", e.endReason());
        Conversion c = e.conversion();
        if (c != null) {
            Map<String, Object> conversion = new LinkedHashMap<>();
            conversion.put("saleId", c.saleId());
            conversion.put("step", c.step() + 1);
            conversion.put("at", textOf(c.at()));
            conversion.put("revenue", c.revenue());
            conversion.put("bonusRedeemed", c.bonusRedeemed());
            view.put("conversion", conversion);
        }
        return view;
    }

    public static Map<String, Object> touch(Touch t) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("episodeId", t.episodeId());
        view.put("step", t.step() + 1);
        view.put("status", t.status().wireName());
        view.put("channel", t.channel() == null ? null : t.channel().wireName());
        view.put("at", textOf(t.at()));
        view.put("bonusAmount", t.bonusAmount());
        view.put("bonusUntil", textOf(t.bonusUntil()));
        view.put("reason", t.reason());
        if (t.message() != null) {
            view.put("subject", t.message().subject());
            view.put("text", t.message().body());
        }
        return view;
    }

    public static Map<String, Object> task(CallTask t) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("taskId", t.id());
        view.put("store", t.store());
        view.put("name", t.name());
        view.put("phone", t.phone());
        view.put("reason", t.reason());
        view.put("createdAt", textOf(t.createdAt()));
        view.put("deadline", textOf(t.deadline()));
        view.put("status", t.status());
        view.put("outcome", t.outcome());
        view.put("comment", t.comment());
        view.put("doneAt", textOf(t.doneAt()));
        return view;
    }
}
