package io.winback.console;

import io.winback.log.JsonLog;
import io.winback.report.ReportLanguage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The console behind one Lambda: pages for the people in the shop, server-rendered, working without script. Tells
 * who is asking ({@link ConsoleAuth}), sends strangers to the sign-in form, checks every form's CSRF token, and
 * answers each path; one log line per request with its route and status, never a path (a task id) or a form.
 */
final class Console {
    static final String LANG_COOKIE = "wb_lang";
    private static final JsonLog LOG = JsonLog.forClass(Console.class);
    private static final Map<String, String> ASSETS = Map.of("console.css", "text/css; charset=utf-8");

    private final ConsoleAuth auth;
    private final SignIn signIn;
    private final List<Section> sections;

    /** @param sections the pages beyond signing in and out, each answering the paths it owns */
    Console(ConsoleAuth auth, SignIn signIn, List<Section> sections) {
        this.auth = auth;
        this.signIn = signIn;
        this.sections = List.copyOf(sections);
    }

    ConsoleReply answer(ConsoleRequest request) {
        long started = System.nanoTime();
        String route = "unknown";
        ConsoleReply reply;
        try {
            String path = ConsoleRoutes.withoutTrailingSlash(request.path());
            route = routeOf(request.method(), path);
            reply = dispatch(request, path);
        } catch (RuntimeException e) {
            LOG.error("console_request", e, "route", route, "status", 500);
            return ConsoleReply.page(500, problem(ReportLanguage.RU, null, null, ConsoleRoutes.HOME,
                    "Не получилось: ошибка на нашей стороне. Обновите страницу через минуту.",
                    "That did not work: the fault is ours. Reload the page in a minute."));
        }
        LOG.info("console_request", "route", route, "status", reply.status(),
                "latencyMs", (System.nanoTime() - started) / 1_000_000);
        return reply;
    }

    private ConsoleReply dispatch(ConsoleRequest request, String path) {
        ReportLanguage language = languageOf(request);
        ConsoleReply reply = route(request, path, language);
        String asked = request.param("lang");
        return asked != null && ReportLanguage.fromCode(asked) != null
                ? reply.withCookie(SignIn.cookie(LANG_COOKIE, language.code(), Duration.ofDays(365), request.overTls()))
                : reply;
    }

    private ConsoleReply route(ConsoleRequest request, String path, ReportLanguage language) {
        Optional<String> asset = ConsoleRoutes.asset(path);
        if (asset.isPresent() && "GET".equals(request.method())) {
            return asset(asset.get());
        }
        if (ConsoleRoutes.SIGN_IN.equals(path)) {
            return "POST".equals(request.method()) ? signIn.submit(request, language) : signIn.form(request, language);
        }
        Optional<Visitor> visitor = auth.visitor(request);
        if (visitor.isEmpty()) {
            return ConsoleReply.seeOther(ConsoleRoutes.SIGN_IN);
        }
        Visitor who = visitor.get();
        if ("POST".equals(request.method()) && !auth.formIsGenuine(request, who)) {
            return problemPage(403, language, who, path,
                    "Форма устарела или пришла не с этой страницы. Откройте страницу заново и повторите.",
                    "The form was stale or did not come from this page. Open the page again and retry.");
        }
        if (ConsoleRoutes.SIGN_OUT.equals(path) && "POST".equals(request.method())) {
            return signIn.signOut(request);
        }
        for (Section section : sections) {
            Optional<ConsoleReply> answered = section.answer(request, path, who, language);
            if (answered.isPresent()) {
                return answered.get();
            }
        }
        if (ConsoleRoutes.HOME.equals(path)) {
            return ConsoleReply.seeOther(ConsoleRoutes.TASKS);
        }
        return problemPage(404, language, who, path,
                "Такой страницы нет.", "There is no such page.");
    }










    /** A page saying what went wrong (or, for an erasure, what was done), in the frame of the visitor's pages. */
    private ConsoleReply problemPage(int status, ReportLanguage language, Visitor who, String path, String russian,
                                     String english) {
        return ConsoleReply.page(status, problem(language, who, auth.csrf(who), path, russian, english));
    }

    private static String problem(ReportLanguage language, Visitor who, String csrf, String path, String russian,
                                  String english) {
        return ProblemPage.html(language, who, csrf, path, russian, english);
    }

    private static ConsoleReply asset(String file) {
        String type = ASSETS.get(file);
        if (type == null) {
            return new ConsoleReply(404, "", Map.of("content-type", "text/plain"), List.of());
        }
        try (InputStream in = Console.class.getResourceAsStream("/console/" + file)) {
            if (in == null) {
                throw new IllegalStateException("console asset " + file + " is missing from the jar");
            }
            return new ConsoleReply(200, new String(in.readAllBytes(), StandardCharsets.UTF_8), Map.of(
                    "content-type", type, "cache-control", "public, max-age=3600",
                    "x-content-type-options", "nosniff"), List.of());
        } catch (IOException e) {
            throw new IllegalStateException("console asset " + file + " could not be read", e);
        }
    }

    private static ReportLanguage languageOf(ConsoleRequest request) {
        ReportLanguage asked = ReportLanguage.fromCode(request.param("lang"));
        if (asked != null) {
            return asked;
        }
        ReportLanguage kept = ReportLanguage.fromCode(request.cookies().get(LANG_COOKIE));
        return kept == null ? ReportLanguage.RU : kept;
    }

    /** The route template of a request, for the log line: never the path itself, which may carry a task id. */
    private String routeOf(String method, String path) {
        for (Section section : sections) {
            Optional<String> route = section.routeOf(method, path);
            if (route.isPresent()) {
                return route.get();
            }
        }
        if (ConsoleRoutes.asset(path).isPresent()) {
            return method + " " + ConsoleRoutes.ASSET;
        }
        return ConsoleRoutes.ALL.contains(method + " " + path) ? method + " " + path : method + " (no route)";
    }
}
