package io.winback.console;

import io.winback.report.ReportLanguage;

import java.util.Optional;

/**
 * One part of the console with its own pages (the chains, the campaigns, the segments): it answers the paths it owns
 * for a signed-in visitor whose form, if any, was checked genuine already; empty for a path it does not own.
 * Its routes are listed in {@link ConsoleRoutes#ALL} with the rest.
 */
interface Section {

    /** The reply to {@code request} on {@code path} (no trailing slash), or empty when the path is not this section's. */
    Optional<ConsoleReply> answer(ConsoleRequest request, String path, Visitor who, ReportLanguage language);

    /** The route template of {@code path} for the log line (never the path, which may carry an id); empty: not ours. */
    Optional<String> routeOf(String method, String path);
}
