package io.winback.console;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The console's paths, as template.yaml routes them to this function. */
final class ConsoleRoutes {
    static final String HOME = "/console";
    static final String SIGN_IN = "/console/sign-in";
    static final String SIGN_OUT = "/console/sign-out";
    static final String TASKS = "/console/tasks";
    static final String TASK_OUTCOME = "/console/tasks/{taskId}/outcome";
    static final String ASSET = "/console/assets/{file}";
    private static final String TASKS_PREFIX = "/console/tasks/";
    private static final String OUTCOME_SUFFIX = "/outcome";
    private static final String ASSETS_PREFIX = "/console/assets/";

    /** Every method and path template the console serves (ApiRoutes, template.yaml and openapi.yaml list them too). */
    static final List<String> ALL = List.of("GET " + HOME, "GET " + SIGN_IN, "POST " + SIGN_IN, "POST " + SIGN_OUT,
            "GET " + TASKS, "POST " + TASK_OUTCOME, "GET " + ASSET);

    private ConsoleRoutes() {
    }

    /** The task id of {@code /console/tasks/{taskId}/outcome}, decoded. */
    static Optional<String> taskOfOutcome(String path) {
        if (!path.startsWith(TASKS_PREFIX) || !path.endsWith(OUTCOME_SUFFIX)) {
            return Optional.empty();
        }
        String id = path.substring(TASKS_PREFIX.length(), path.length() - OUTCOME_SUFFIX.length());
        return id.isEmpty() || id.contains("/") ? Optional.empty()
                : Optional.of(URLDecoder.decode(id, StandardCharsets.UTF_8));
    }

    /** The file of {@code /console/assets/{file}}. */
    static Optional<String> asset(String path) {
        return path.startsWith(ASSETS_PREFIX) ? Optional.of(path.substring(ASSETS_PREFIX.length()))
                : Optional.empty();
    }

    static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
