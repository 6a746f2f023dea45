package io.winback.reports;

import io.winback.report.TableWriter;
import io.winback.domain.Customer;
import io.winback.domain.CustomerProfile;
import io.winback.domain.CustomerStore;
import io.winback.http.ApiReply;
import io.winback.report.CsvWriter;
import io.winback.report.Product;
import io.winback.http.report.ReportCursor;
import io.winback.report.ReportFormat;
import io.winback.report.ReportLanguage;
import io.winback.report.ReportQuery;
import io.winback.http.report.ReportReplies;
import io.winback.report.SaleLineIndex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/reports/buyers?sku=|group=&from=&to=&store=&limit=&cursor=}: the customers who bought a product
 * (or a product group) in the period at those stores, one row per customer in customer-key order, with their name,
 * contacts and consent flags as the card holds them now: the list a marketer works from. Read from the buyers index
 * (the product's entries between the two days, never the sales), a page at a time: each page reads the period's
 * entries of the product again and keeps only its own customers ({@link BuyerWindow}), so memory follows the page,
 * and the cards of the page are read 100 at a time. Contacts go to the answer, never to a log.
 */
final class BuyersReport implements Report {
    private final SaleLineIndex index;
    private final CustomerStore customers;

    BuyersReport(SaleLineIndex index, CustomerStore customers) {
        this.index = index;
        this.customers = customers;
    }

    @Override
    public ApiReply answer(ReportQuery query) {
        Product product = product(query);
        LocalDate from = query.requiredDate("from");
        LocalDate to = query.requiredDate("to");
        query.checkPeriod(from, to);
        query.checkLength(from, to, "a list");
        StoreFilter stores = StoreFilter.read(query);
        int limit = Paging.limit(query);
        String list = "buyers|" + (product == null ? "" : product.indexKey()) + "|" + from + "|" + to + "|"
                + stores.label();
        String after = after(query, list);
        if (!query.isValid()) {
            return ApiReply.errors(400, query.errors());
        }
        BuyerWindow window = new BuyerWindow(after, limit);
        index.forEach(product, from, to, entry -> {
            if (stores.includes(entry.store())) {
                window.add(entry);
            }
        });
        List<BuyerWindow.Buyer> page = window.page();
        String nextCursor = window.hasMore()
                ? ReportCursor.encode(list, Map.of("after", page.getLast().customerKey)) : null;
        List<Map<String, Object>> rows = rows(page);
        if (query.format().isTable()) {
            TableWriter csv = ReportReplies.table(query, "Покупатели", "Buyers");
            csv.header(header(query.language()));
            rows.forEach(row -> csv.row(ListCells.of(row, query.language())));
            return ReportReplies.download("buyers-" + from + "-" + to, csv)
                    .withHeaders(Paging.nextCursorHeader(nextCursor));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(product.kind().prefix(), product.code());
        body.put("from", from.toString());
        body.put("to", to.toString());
        body.put("store", stores.label().isEmpty() ? null : stores.label());
        body.put("rows", rows);
        body.put("nextCursor", nextCursor);
        return ApiReply.ok(body);
    }

    private static Product product(ReportQuery query) {
        String sku = query.text("sku");
        String group = query.text("group");
        if (sku != null && group != null) {
            query.reject("sku", "give either sku or group, not both");
            return null;
        }
        if (sku == null && group == null) {
            query.reject("sku", "is required (or group): the product's SKU as the till sends it, e.g. sku=4601234567890");
            return null;
        }
        return sku != null ? Product.sku(sku) : Product.group(group);
    }

    private static String after(ReportQuery query, String list) {
        String cursor = query.text("cursor");
        if (cursor == null) {
            return null;
        }
        try {
            String after = ReportCursor.decode(cursor, list).get("after");
            if (after == null) {
                query.reject("cursor", "is not a cursor this report returned; pass nextCursor as given");
            }
            return after;
        } catch (IllegalArgumentException e) {
            query.reject("cursor", e.getMessage());
            return null;
        }
    }

    /** The page's buyers with their cards; a customer with only returns in the period bought nothing, and is left out. */
    private List<Map<String, Object>> rows(List<BuyerWindow.Buyer> page) {
        List<BuyerWindow.Buyer> bought = page.stream().filter(b -> b.purchases > 0).toList();
        Map<String, Customer> cards = customers.findAll(bought.stream().map(b -> b.customerKey).toList());
        List<Map<String, Object>> rows = new ArrayList<>(bought.size());
        for (BuyerWindow.Buyer buyer : bought) {
            Customer card = cards.get(buyer.customerKey);
            CustomerProfile p = card == null ? null : card.profile();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("customerKey", buyer.customerKey);
            row.put("name", p == null ? null : p.name());
            row.put("phone", p == null ? null : p.phone());
            row.put("email", p == null ? null : p.email());
            row.put("consentSms", p == null ? null : p.consentSms());
            row.put("consentEmail", p == null ? null : p.consentEmail());
            row.put("purchases", buyer.purchases);
            row.put("quantity", buyer.quantity);
            row.put("returns", buyer.returns);
            row.put("firstPurchaseDay", buyer.firstPurchaseDay.toString());
            row.put("lastPurchaseDay", buyer.lastPurchaseDay.toString());
            rows.add(row);
        }
        return rows;
    }

    static List<String> header(ReportLanguage language) {
        return List.of(language.pick("клиент", "customer"), language.pick("имя", "name"),
                language.pick("телефон", "phone"), language.pick("эл. почта", "email"),
                language.pick("согласие на SMS", "SMS consent"), language.pick("согласие на письма", "email consent"),
                language.pick("покупок", "purchases"), language.pick("количество", "quantity"),
                language.pick("возвратов", "returns"), language.pick("первая покупка", "first purchase"),
                language.pick("последняя покупка", "last purchase"));
    }
}
