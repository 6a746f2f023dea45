package io.winback.console;

import io.winback.report.ReportLanguage;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The call list ({@code /console/tasks}) and its outcome buttons ({@code POST /console/tasks/{taskId}/outcome}):
 * staff see and close their store's calls, the owner every store's.
 */
final class CallPages implements Section {
    private final CallList callList;
    private final CallOutcomes outcomes;
    private final ConsoleAuth auth;

    CallPages(CallList callList, CallOutcomes outcomes, ConsoleAuth auth) {
        this.callList = callList;
        this.outcomes = outcomes;
        this.auth = auth;
    }

    @Override
    public Optional<ConsoleReply> answer(ConsoleRequest request, String path, Visitor who, ReportLanguage language) {
        if (ConsoleRoutes.TASKS.equals(path) && "GET".equals(request.method())) {
            return Optional.of(tasks(request, who, language, 200, null));
        }
        Optional<String> task = ConsoleRoutes.taskOfOutcome(path);
        if (task.isEmpty() || !"POST".equals(request.method())) {
            return Optional.empty();
        }
        Optional<Refusal> refused = outcomes.record(who.role(), task.get(), request.form().get("outcome"),
                request.form().get("comment"));
        if (refused.isPresent()) {
            return Optional.of(tasks(request, who, language, refused.get().status(),
                    language.pick(refused.get().russian(), refused.get().english())));
        }
        String store = request.form().get("store");
        return Optional.of(ConsoleReply.seeOther(ConsoleRoutes.TASKS + (store == null || store.isBlank() ? ""
                : "?store=" + java.net.URLEncoder.encode(store, StandardCharsets.UTF_8))));
    }

    @Override
    public Optional<String> routeOf(String method, String path) {
        return ConsoleRoutes.taskOfOutcome(path).isPresent() ? Optional.of(method + " " + ConsoleRoutes.TASK_OUTCOME)
                : Optional.empty();
    }

    private ConsoleReply tasks(ConsoleRequest request, Visitor who, ReportLanguage language, int status,
                               String problem) {
        String store = request.param("store");
        if (store == null) {
            store = request.form().get("store");
        }
        if (store != null && !who.role().servesStore(store)) {
            return ProblemPage.of(403, language, who, auth.csrf(who), ConsoleRoutes.TASKS,
                    "Это список другого магазина.", "This is another store's list.");
        }
        CallListView list = callList.of(who.role(), store == null || store.isBlank() ? null : store,
                request.param("cursor"), language);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("page", new Page(language, language.pick("Звонки", "Calls"), who.role(), auth.csrf(who),
                ConsoleRoutes.TASKS + (list.store() == null || !who.role().isOwner() ? "" : "?store=" + list.store())));
        parameters.put("list", list);
        parameters.put("problem", problem);
        return ConsoleReply.page(status, Pages.render("tasks.jte", parameters));
    }
}
