package io.winback.chainsapi;

import io.winback.tasks.CallTask;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A call task as staff see it: who to call, the phone to dial, why, by when, and whether that is already past.
 * {@code overdue} is figured at the request's time, so it needs no write when a deadline passes; a done task is
 * never overdue, since there is no call left to make. Absent values
 * (an open task's outcome, comment and doneAt) are left out, as everywhere in Winback's answers.
 */
final class TaskView {
    private TaskView() {
    }

    static Map<String, Object> of(CallTask task, Instant now) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", task.id());
        view.put("customerId", task.customerKey());
        view.put("store", task.store());
        view.put("name", task.name());
        view.put("phone", task.phone());
        view.put("segment", task.band());
        view.put("lastVisitDay", task.lastVisitDay() == null ? null : task.lastVisitDay().toString());
        view.put("averageCheck", task.averageCheck());
        view.put("touchesSoFar", task.touchesSoFar());
        view.put("reason", task.reason());
        view.put("script", task.script());
        view.put("spent", task.spent());
        view.put("createdAt", text(task.createdAt()));
        view.put("deadline", text(task.deadline()));
        view.put("overdue", task.isOpen() && task.deadline() != null && task.deadline().isBefore(now));
        view.put("status", task.status());
        view.put("outcome", task.outcome());
        view.put("comment", task.comment());
        view.put("doneAt", text(task.doneAt()));
        return view;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
