package io.winback.console;

import io.winback.report.ReportLanguage;

import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;
import io.winback.json.customer.CustomerExport;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customers: the search ({@code /console/customers}), the card ({@code /console/customers/{id}}), and on it the
 * owner's consent record, export and erasure. Staff read the cards of their store's customers only.
 */
final class CustomerPages implements Section {
    private final CustomerSearch search;
    private final CustomerCard cards;
    private final CustomerStore customers;
    private final CardConsent consent;
    private final CardErasure erasure;
    private final CustomerExport export;
    private final ConsoleAuth auth;
    private final Clock clock;
    private final ZoneId zone;

    CustomerPages(CustomerSearch search, CustomerCard cards, CustomerStore customers, CardConsent consent,
                  CardErasure erasure, CustomerExport export, ConsoleAuth auth, Clock clock, ZoneId zone) {
        this.search = search;
        this.cards = cards;
        this.customers = customers;
        this.consent = consent;
        this.erasure = erasure;
        this.export = export;
        this.auth = auth;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public Optional<ConsoleReply> answer(ConsoleRequest request, String path, Visitor who, ReportLanguage language) {
        boolean get = "GET".equals(request.method());
        boolean post = "POST".equals(request.method());
        if (ConsoleRoutes.CUSTOMERS.equals(path) && get) {
            return Optional.of(searchPage(request, who, language));
        }
        Optional<String> toExport = ConsoleRoutes.customerToExport(path);
        if (toExport.isPresent() && get) {
            return Optional.of(export(who, language, toExport.get()));
        }
        Optional<String> toErase = ConsoleRoutes.customerToErase(path);
        if (toErase.isPresent() && post) {
            return Optional.of(erase(request, who, language, toErase.get()));
        }
        Optional<String> consentOf = ConsoleRoutes.customerOfConsent(path);
        if (consentOf.isPresent() && post) {
            return Optional.of(consent(request, who, language, consentOf.get()));
        }
        Optional<String> customer = ConsoleRoutes.customer(path);
        if (customer.isPresent() && get) {
            return Optional.of(card(request, who, language, customer.get()));
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> routeOf(String method, String path) {
        if (ConsoleRoutes.customerOfConsent(path).isPresent()) {
            return Optional.of(method + " " + ConsoleRoutes.CUSTOMER_CONSENT);
        }
        if (ConsoleRoutes.customerToExport(path).isPresent()) {
            return Optional.of(method + " " + ConsoleRoutes.CUSTOMER_EXPORT);
        }
        if (ConsoleRoutes.customerToErase(path).isPresent()) {
            return Optional.of(method + " " + ConsoleRoutes.CUSTOMER_ERASE);
        }
        return ConsoleRoutes.customer(path).map(customer -> method + " " + ConsoleRoutes.CUSTOMER);
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
            return ProblemPage.of(403, language, who, auth.csrf(who), ConsoleRoutes.customerPath(customerKey),
                    "Согласие на рассылки записывает владелец.", "The owner records consent to messages.");
        }
        Optional<Refusal> refused = consent.record(customerKey, request.form());
        if (refused.isPresent()) {
            return ProblemPage.of(refused.get().status(), language, who, auth.csrf(who),
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
            return ProblemPage.of(403, language, who, auth.csrf(who), ConsoleRoutes.customerPath(customerKey),
                    "Выгрузку данных клиента делает владелец.", "The owner exports a customer's data.");
        }
        return export.of(customerKey).map(body -> new ConsoleReply(200, io.winback.json.Json.write(body), Map.of(
                        "content-type", "application/json; charset=utf-8", "cache-control", "no-store",
                        "x-content-type-options", "nosniff", "content-disposition", "attachment; filename=\"customer-"
                                + clock.instant().atZone(zone).toLocalDate() + ".json\""), List.of()))
                .orElseGet(() -> ProblemPage.of(404, language, who, auth.csrf(who), ConsoleRoutes.CUSTOMERS,
                        "Такого клиента нет.", "There is no such customer."));
    }

    private ConsoleReply erase(ConsoleRequest request, Visitor who, ReportLanguage language, String customerKey) {
        if (!who.role().isOwner()) {
            return ProblemPage.of(403, language, who, auth.csrf(who), ConsoleRoutes.customerPath(customerKey),
                    "Стереть клиента может только владелец.", "Only the owner erases a customer.");
        }
        Optional<Refusal> refused = erasure.erase(customerKey, request.form().get("confirm"));
        if (refused.isPresent()) {
            return ProblemPage.of(refused.get().status(), language, who, auth.csrf(who),
                    ConsoleRoutes.customerPath(customerKey), refused.get().russian(), refused.get().english());
        }
        return ProblemPage.of(200, language, who, auth.csrf(who), ConsoleRoutes.CUSTOMERS,
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
            return ProblemPage.of(404, language, who, auth.csrf(who), ConsoleRoutes.CUSTOMERS,
                    "Такого клиента нет.", "There is no such customer.");
        }
        CardView view;
        try {
            view = cards.of(customer.get(), request.param("cursor"), language);
        } catch (io.winback.validation.InvalidCursorException e) {
            return ProblemPage.of(400, language, who, auth.csrf(who), ConsoleRoutes.CUSTOMERS,
                    "Ссылка на следующую страницу покупок устарела.", "The link to more purchases is stale.");
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("page", new Page(language, view.name() == null ? customerKey : view.name(), who.role(),
                auth.csrf(who), ConsoleRoutes.customerPath(customerKey)));
        parameters.put("card", view);
        parameters.put("self", ConsoleRoutes.customerPath(customerKey));
        return ConsoleReply.page(200, Pages.render("customer.jte", parameters));
    }
}
