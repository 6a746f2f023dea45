package io.winback.reports;

import io.winback.report.TableWriter;
import io.winback.http.ApiReply;
import io.winback.report.CsvWriter;
import io.winback.report.DaySale;
import io.winback.report.ReportFormat;
import io.winback.report.ReportLanguage;
import io.winback.report.ReportQuery;
import io.winback.http.report.ReportReplies;
import io.winback.report.SalesByDay;
import io.winback.report.SalesTally;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * {@code GET /v1/reports/discounts?from=&to=&store=}: the discounts given and bonuses redeemed on purchases, one row
 * per shop day and store (days and stores without a purchase have none), then a totals row. Read from the byDay
 * index day by day, so a day's rows are complete, and written, when the next day begins: the report holds one day's
 * rows at a time. A return is left out: it gives money back, not a discount.
 */
final class DiscountsReport implements Report {
    private final SalesByDay sales;

    DiscountsReport(SalesByDay sales) {
        this.sales = sales;
    }

    /** One day at one store, or the totals: the same tally of purchases as the metrics report's. */
    static final class Row {
        final LocalDate day;
        final String store;
        final SalesTally tally = new SalesTally();

        Row(LocalDate day, String store) {
            this.day = day;
            this.store = store;
        }

        void add(DaySale sale) {
            tally.add(sale);
        }

        void add(Row row) {
            tally.add(row.tally);
        }

        List<Object> cells() {
            return List.of(day == null ? "" : day, store == null ? "" : store, tally.purchases(),
                    tally.purchasesWithDiscount(), tally.discounts().amount(), tally.purchasesWithBonus(),
                    tally.bonusRedeemed().amount(), tally.revenue().amount());
        }

        Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            if (day != null) {
                fields.put("day", day.toString());
                fields.put("store", store);
            }
            fields.put("purchases", tally.purchases());
            fields.put("purchasesWithDiscount", tally.purchasesWithDiscount());
            fields.put("discounts", tally.discounts().amount());
            fields.put("purchasesWithBonus", tally.purchasesWithBonus());
            fields.put("bonusRedeemed", tally.bonusRedeemed().amount());
            fields.put("revenue", tally.revenue().amount());
            return fields;
        }
    }

    @Override
    public ApiReply answer(ReportQuery query) {
        LocalDate from = query.requiredDate("from");
        LocalDate to = query.requiredDate("to");
        query.checkPeriod(from, to);
        query.checkLength(from, to, "a report");
        StoreFilter stores = StoreFilter.read(query);
        if (!query.isValid()) {
            return ApiReply.errors(400, query.errors());
        }
        Row totals = new Row(null, null);
        if (query.format().isTable()) {
            TableWriter csv = ReportReplies.table(query, "Скидки", "Discounts");
            csv.header(header(query.language()));
            read(from, to, stores, totals, row -> csv.row(row.cells()));
            List<Object> total = new ArrayList<>(totals.cells());
            total.set(0, query.language().pick("итого", "total"));
            csv.row(total);
            return ReportReplies.download("discounts-" + from + "-" + to, csv);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        read(from, to, stores, totals, row -> rows.add(row.fields()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from.toString());
        body.put("to", to.toString());
        body.put("store", stores.label().isEmpty() ? null : stores.label());
        body.put("rows", rows);
        body.put("totals", totals.fields());
        return ApiReply.ok(body);
    }

    /**
     * Hands a day's rows over, by store, as soon as the next day begins, and adds them to the totals. A day's stores
     * are kept apart in a map rather than by the index's order, so a store name holding '#' cannot split a row.
     */
    private void read(LocalDate from, LocalDate to, StoreFilter stores, Row totals, Consumer<Row> write) {
        TreeMap<String, Row> day = new TreeMap<>();
        Consumer<TreeMap<String, Row>> finish = rows -> {
            rows.values().forEach(row -> {
                totals.add(row);
                write.accept(row);
            });
            rows.clear();
        };
        sales.forEach(from, to, stores.single(), sale -> {
            if (!sale.isPurchase() || !stores.includes(sale.store())) {
                return;
            }
            if (!day.isEmpty() && !day.firstEntry().getValue().day.equals(sale.day())) {
                finish.accept(day);
            }
            day.computeIfAbsent(sale.store(), store -> new Row(sale.day(), store)).add(sale);
        });
        finish.accept(day);
    }

    static List<String> header(ReportLanguage language) {
        return List.of(language.pick("день", "day"), language.pick("магазин", "store"),
                language.pick("покупок", "purchases"), language.pick("покупок со скидкой", "purchases with discount"),
                language.pick("скидки", "discounts"), language.pick("покупок с бонусами", "purchases with bonus"),
                language.pick("списано бонусов", "bonus redeemed"), language.pick("выручка", "revenue"));
    }
}
