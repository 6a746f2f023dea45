package io.winback.console;

import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;
import io.winback.http.report.ReportReplies;
import io.winback.log.JsonLog;
import io.winback.report.ReportLanguage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
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
    private final CallList callList;
    private final CallOutcomes outcomes;
    private final CustomerSearch search;
    private final CustomerCard cards;
    private final CustomerStore customers;
    private final SentLog sentLog;
    private final CardConsent consent;
    private final CardErasure erasure;
    private final io.winback.json.customer.CustomerExport export;
    private final java.time.Clock clock;
    private final java.time.ZoneId zone;
    private final String currency;
    private final List<Section> sections;

    Console(ConsoleAuth auth, SignIn signIn, CallList callList, CallOutcomes outcomes, CustomerSearch search,
            CustomerCard cards, CustomerStore customers, SentLog sentLog, CardConsent consent, CardErasure erasure,
            io.winback.json.customer.CustomerExport export, java.time.Clock clock, java.time.ZoneId zone,
            String currency, List<Section> sections) {
        this.sections = List.copyOf(sections);
        this.export = export;
        this.erasure = erasure;
        this.currency = currency;
        this.consent = consent;
        this.sentLog = sentLog;
        this.clock = clock;
        this.zone = zone;
        this.auth = auth;
        this.signIn = signIn;
        this.callList = callList;
        this.outcomes = outcomes;
        this.search = search;
        this.cards = cards;
        this.customers = customers;
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
        if (ConsoleRoutes.TASKS.equals(path) && "GET".equals(request.method())) {
            return tasks(request, who, language, 200, null);
        }
        if (ConsoleRoutes.SENT.equals(path) && "GET".equals(request.method())) {
            return sent(request, who, language);
        }
        if (ConsoleRoutes.CUSTOMERS.equals(path) && "GET".equals(request.method())) {
            return searchPage(request, who, language);
        }
        Optional<String> toExport = ConsoleRoutes.customerToExport(path);
        if (toExport.isPresent() && "GET".equals(request.method())) {
            return export(who, language, toExport.get());
        }
        Optional<String> toErase = ConsoleRoutes.customerToErase(path);
        if (toErase.isPresent() && "POST".equals(request.method())) {
            return erase(request, who, language, toErase.get());
        }
        Optional<String> consentOf = ConsoleRoutes.customerOfConsent(path);
        if (consentOf.isPresent() && "POST".equals(request.method())) {
            return consent(request, who, language, consentOf.get());
        }
        Optional<String> customer = ConsoleRoutes.customer(path);
        if (customer.isPresent() && "GET".equals(request.method())) {
            return card(request, who, language, customer.get());
        }
        Optional<String> task = ConsoleRoutes.taskOfOutcome(path);
        if (task.isPresent() && "POST".equals(request.method())) {
            Optional<Refusal> refused = outcomes.record(who.role(), task.get(),
                    request.form().get("outcome"), request.form().get("comment"));
            if (refused.isPresent()) {
                return tasks(request, who, language, refused.get().status(),
                        language.pick(refused.get().russian(), refused.get().english()));
            }
            String store = request.form().get("store");
            return ConsoleReply.seeOther(ConsoleRoutes.TASKS + (store == null || store.isBlank() ? ""
                    : "?store=" + java.net.URLEncoder.encode(store, StandardCharsets.UTF_8)));
        }
        return problemPage(404, language, who, path,
                "Такой страницы нет.", "There is no such page.");
    }

    private ConsoleReply tasks(ConsoleRequest request, Visitor who, ReportLanguage language, int status,
                               String problem) {
        String store = request.param("store");
        if (store == null) {
            store = request.form().get("store");
        }
        if (store != null && !who.role().servesStore(store)) {
            return problemPage(403, language, who, ConsoleRoutes.TASKS,
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

    private ConsoleReply sent(ConsoleRequest request, Visitor who, ReportLanguage language) {
        if (!who.role().isOwner()) {
            return problemPage(403, language, who, ConsoleRoutes.TASKS,
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

    private ConsoleReply searchPage(ConsoleRequest request, Visitor who, ReportLanguage language) {
        String query = request.param("q");
        List<Customer> found = query == null ? List.of() : search.find(who.role(), query);
        if (found.size() == 1) {
            return ConsoleReply.seeOther(ConsoleRoutes.customerPath(found.getFirst().key()));
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("page", new Page(language, language.pick("Клиенты", "Customers"), who.role(), auth.csrf(who),
                ConsoleRoutes.CUSTOMERS));
        parameters.put("query", query);
        parameters.put("found", found.stream().map(c -> new FoundCustomer(c.profile().name(), c.profile().phone(),
                ConsoleRoutes.customerPath(c.key()))).toList());
        return ConsoleReply.page(query != null && found.isEmpty() ? 404 : 200,
                Pages.render("customers.jte", parameters));
    }

    private ConsoleReply consent(ConsoleRequest request, Visitor who, ReportLanguage language, String customerKey) {
        if (!who.role().isOwner()) {
            return problemPage(403, language, who, ConsoleRoutes.customerPath(customerKey),
                    "Согласие на рассылки записывает владелец.", "The owner records consent to messages.");
        }
        Optional<Refusal> refused = consent.record(customerKey, request.form());
        if (refused.isPresent()) {
            return problemPage(refused.get().status(), language, who,
                    ConsoleRoutes.customerPath(customerKey), refused.get().russian(), refused.get().english());
        }
        return ConsoleReply.seeOther(ConsoleRoutes.customerPath(customerKey));
    }

    /**
     * Everything held about the customer as one JSON file (their right of access and portability), exactly as
     * {@code GET /v1/customers/{id}/export}; the owner's. The file is named by the day, never by the customer's key.
     */
    private ConsoleReply export(Visitor who, ReportLanguage language, String customerKey) {
        if (!who.role().isOwner()) {
            return problemPage(403, language, who, ConsoleRoutes.customerPath(customerKey),
                    "Выгрузку данных клиента делает владелец.", "The owner exports a customer's data.");
        }
        return export.of(customerKey).map(body -> new ConsoleReply(200, io.winback.json.Json.write(body), Map.of(
                        "content-type", "application/json; charset=utf-8", "cache-control", "no-store",
                        "x-content-type-options", "nosniff", "content-disposition", "attachment; filename=\"customer-"
                                + clock.instant().atZone(zone).toLocalDate() + ".json\""), List.of()))
                .orElseGet(() -> problemPage(404, language, who, ConsoleRoutes.CUSTOMERS,
                        "Такого клиента нет.", "There is no such customer."));
    }

    private ConsoleReply erase(ConsoleRequest request, Visitor who, ReportLanguage language, String customerKey) {
        if (!who.role().isOwner()) {
            return problemPage(403, language, who, ConsoleRoutes.customerPath(customerKey),
                    "Стереть клиента может только владелец.", "Only the owner erases a customer.");
        }
        Optional<Refusal> refused = erasure.erase(customerKey, request.form().get("confirm"));
        if (refused.isPresent()) {
            return problemPage(refused.get().status(), language, who,
                    ConsoleRoutes.customerPath(customerKey), refused.get().russian(), refused.get().english());
        }
        return problemPage(200, language, who, ConsoleRoutes.CUSTOMERS,
                "Клиент стёрт: его карта, контакты, бонусы, согласия, сообщения и звонки удалены, сегменты покинуты. "
                        + "Чеки остались для учёта магазина — без человека; завершённые кампании считаются под "
                        + "псевдонимом. Покупка после этого начнёт нового клиента.",
                "The customer is erased: their card, contacts, bonuses, consent, messages and calls are gone, their "
                        + "segments left. Receipts stay for the shop's books without the person; finished campaigns "
                        + "count under a pseudonym. A purchase after this starts a new customer.");
    }

    private ConsoleReply card(ConsoleRequest request, Visitor who, ReportLanguage language, String customerKey) {
        Optional<Customer> customer = customers.find(customerKey);
        if (customer.isEmpty() || !who.role().mayRead(customer.get())) {
            // Another store's customer reads as no customer at all: the staff learn nothing of who exists.
            return problemPage(404, language, who, ConsoleRoutes.CUSTOMERS,
                    "Такого клиента нет.", "There is no such customer.");
        }
        CardView view;
        try {
            view = cards.of(customer.get(), request.param("cursor"), language);
        } catch (io.winback.validation.InvalidCursorException e) {
            return problemPage(400, language, who, ConsoleRoutes.CUSTOMERS,
                    "Ссылка на следующую страницу покупок устарела.", "The link to more purchases is stale.");
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("page", new Page(language, view.name() == null ? customerKey : view.name(), who.role(),
                auth.csrf(who), ConsoleRoutes.customerPath(customerKey)));
        parameters.put("card", view);
        parameters.put("self", ConsoleRoutes.customerPath(customerKey));
        return ConsoleReply.page(200, Pages.render("customer.jte", parameters));
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
        if (ConsoleRoutes.taskOfOutcome(path).isPresent()) {
            return method + " " + ConsoleRoutes.TASK_OUTCOME;
        }
        if (ConsoleRoutes.asset(path).isPresent()) {
            return method + " " + ConsoleRoutes.ASSET;
        }
        if (ConsoleRoutes.customerOfConsent(path).isPresent()) {
            return method + " " + ConsoleRoutes.CUSTOMER_CONSENT;
        }
        if (ConsoleRoutes.customerToExport(path).isPresent()) {
            return method + " " + ConsoleRoutes.CUSTOMER_EXPORT;
        }
        if (ConsoleRoutes.customerToErase(path).isPresent()) {
            return method + " " + ConsoleRoutes.CUSTOMER_ERASE;
        }
        if (ConsoleRoutes.customer(path).isPresent()) {
            return method + " " + ConsoleRoutes.CUSTOMER;
        }
        return ConsoleRoutes.ALL.contains(method + " " + path) ? method + " " + path : method + " (no route)";
    }
}
