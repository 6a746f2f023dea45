package io.winback.console;

import io.winback.report.ReportLanguage;

import io.winback.http.report.ReportReplies;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The owner's sent log ({@code /console/sent}): who got what in a period, as a page, a CSV or a workbook. */
final class SentPages implements Section {
    private final SentLog sentLog;
    private final ConsoleAuth auth;
    private final Clock clock;
    private final ZoneId zone;
    private final String currency;

    SentPages(SentLog sentLog, ConsoleAuth auth, Clock clock, ZoneId zone, String currency) {
        this.sentLog = sentLog;
        this.auth = auth;
        this.clock = clock;
        this.zone = zone;
        this.currency = currency;
    }

    @Override
    public Optional<ConsoleReply> answer(ConsoleRequest request, String path, Visitor who, ReportLanguage language) {
        return ConsoleRoutes.SENT.equals(path) && "GET".equals(request.method())
                ? Optional.of(sent(request, who, language)) : Optional.empty();
    }

    @Override
    public Optional<String> routeOf(String method, String path) {
        return Optional.empty();
    }

    private ConsoleReply sent(ConsoleRequest request, Visitor who, ReportLanguage language) {
        if (!who.role().isOwner()) {
            return ProblemPage.of(403, language, who, auth.csrf(who), ConsoleRoutes.TASKS,
                    "Журнал отправок доступен владельцу.", "The sent log is the owner's.");
        }
        java.time.LocalDate today = clock.instant().atZone(zone).toLocalDate();
        List<String> problems = new java.util.ArrayList<>();
        java.time.LocalDate to = day(request.param("to"), today, language, problems, "«по»", "'to'");
        java.time.LocalDate from = day(request.param("from"), to.minusDays(6), language, problems, "«с»", "'from'");
        if (from.isAfter(to)) {
            problems.add(language.pick("Начало периода позже конца.", "The period starts after it ends."));
        } else if (from.plusDays(92).isBefore(to)) {
            problems.add(language.pick("Период длиннее 93 дней: сузьте его.", "The period is over 93 days: narrow it."));
        }
        SentLog.Filter filter = new SentLog.Filter(from, to, request.param("chain"), request.param("channel"),
                request.param("status"));
        List<SentLog.Entry> entries = problems.isEmpty() ? sentLog.entries(filter) : List.of();
        io.winback.report.ReportFormat format = io.winback.report.ReportFormat.fromName(request.param("format"));
        if (problems.isEmpty() && format != null && format.isTable()) {
            return ConsoleReply.download("sent-" + from + "-" + to, sentLog.table(entries, language,
                    ReportReplies.table(format, language, currency, language.pick("Отправки", "Sent"))));
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("page", new Page(language, language.pick("Журнал отправок", "Sent log"), who.role(),
                auth.csrf(who), ConsoleRoutes.SENT));
        parameters.put("filter", filter);
        parameters.put("rows", sentLog.rows(entries, language));
        parameters.put("total", entries.size());
        parameters.put("problems", problems);
        parameters.put("csvHref", ConsoleRoutes.SENT + "?" + query(filter) + "&format=csv");
        parameters.put("xlsxHref", ConsoleRoutes.SENT + "?" + query(filter) + "&format=xlsx");
        return ConsoleReply.page(problems.isEmpty() ? 200 : 400, Pages.render("sent.jte", parameters));
    }

    private static java.time.LocalDate day(String text, java.time.LocalDate otherwise, ReportLanguage language,
                                           List<String> problems, String russianName, String englishName) {
        if (text == null) {
            return otherwise;
        }
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(language.pick("Дата " + russianName + " не читается: нужна ГГГГ-ММ-ДД.",
                    "The date " + englishName + " is unreadable: use YYYY-MM-DD."));
            return otherwise;
        }
    }

    private static String query(SentLog.Filter filter) {
        StringBuilder query = new StringBuilder("from=" + filter.from() + "&to=" + filter.to());
        for (String[] pair : new String[][]{{"chain", filter.chain()}, {"channel", filter.channel()},
                {"status", filter.status()}}) {
            if (pair[1] != null) {
                query.append('&').append(pair[0]).append('=')
                        .append(java.net.URLEncoder.encode(pair[1], StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }
}
