package io.winback.api;

import io.winback.domain.Customer;
import io.winback.domain.CustomerProfile;
import io.winback.domain.CustomerStats;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.domain.SaleLine;
import io.winback.domain.Segment;
import io.winback.domain.SegmentPolicy;
import io.winback.domain.SleepPolicy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the API shows of a customer and of a sale; absent values are left out of the JSON. */
final class CustomerView {
    private final SegmentPolicy segments;
    private final SleepPolicy sleep;

    CustomerView(SegmentPolicy segments, SleepPolicy sleep) {
        this.segments = segments;
        this.sleep = sleep;
    }

    Map<String, Object> of(Customer customer) {
        CustomerProfile p = customer.profile();
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("phone", p.phone());
        profile.put("email", p.email());
        profile.put("cardNumber", p.cardNumber());
        profile.put("name", p.name());
        profile.put("gender", p.gender());
        profile.put("birthday", text(p.birthday()));
        profile.put("vip", p.isVip());
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("sms", Boolean.TRUE.equals(p.consentSms()));
        consent.put("email", Boolean.TRUE.equals(p.consentEmail()));

        CustomerStats s = customer.stats();
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("purchases", s.purchases());
        stats.put("returns", s.returns());
        stats.put("salesTotal", s.salesTotal());
        stats.put("returnsTotal", s.returnsTotal());
        stats.put("netSpent", s.netSpent());
        stats.put("averageCheck", s.averageCheck());
        stats.put("firstPurchaseAt", text(s.firstPurchaseAt()));
        stats.put("lastPurchaseAt", text(s.lastPurchaseAt()));
        stats.put("visitDays", s.visitDays().size());
        stats.put("firstVisitDay", text(s.firstVisitDay()));
        stats.put("lastVisitDay", text(s.lastVisitDay()));
        stats.put("meanIntervalDays", s.meanIntervalDays());
        stats.put("medianIntervalDays", s.medianIntervalDays());

        Map<String, Object> properties = new LinkedHashMap<>();
        customer.properties().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                properties.put(e.getKey(), Map.of("type", e.getValue().typeName(), "value", text(e.getValue().value()))));

        Segment segment = customer.segment(segments);
        LocalDate sleepAt = customer.sleepAt(segments, sleep);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("customerId", customer.key());
        view.put("status", customer.status().wireName());
        view.put("segment", segment == null ? null : segment.label());
        view.put("sleepAt", text(sleepAt));
        view.put("profile", profile);
        view.put("consent", consent);
        view.put("properties", properties);
        view.put("stats", stats);
        return view;
    }

    static Map<String, Object> of(Sale sale) {
        SaleCustomer c = sale.customer();
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("id", c.id());
        customer.put("phone", c.phone());
        customer.put("email", c.email());
        customer.put("cardNumber", c.cardNumber());
        customer.put("name", c.name());
        customer.put("gender", c.gender());
        customer.put("birthday", text(c.birthday()));
        customer.put("vip", c.vip());
        if (c.consent() != null) {
            Map<String, Object> consent = new LinkedHashMap<>();
            consent.put("sms", c.consent().sms());
            consent.put("email", c.consent().email());
            customer.put("consent", consent);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("saleId", sale.saleId());
        view.put("type", sale.type());
        view.put("originalSaleId", sale.originalSaleId());
        view.put("storeId", sale.storeId());
        view.put("occurredAt", sale.occurredAt().toString());
        view.put("customer", customer);
        if (!sale.lines().isEmpty()) {
            view.put("lines", sale.lines().stream().map(CustomerView::of).toList());
        }
        view.put("total", sale.total());
        view.put("currency", sale.currency());
        view.put("bonusRedeemed", sale.bonusRedeemed());
        return view;
    }

    private static Map<String, Object> of(SaleLine line) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sku", line.sku());
        view.put("group", line.group());
        view.put("name", line.name());
        view.put("quantity", line.quantity());
        view.put("price", line.price());
        view.put("discount", line.discount());
        return view;
    }

    /** Dates and instants as ISO text; numbers and booleans stay JSON numbers and booleans. */
    private static Object text(Object value) {
        if (value instanceof LocalDate || value instanceof java.time.Instant) {
            return value.toString();
        }
        return value;
    }

    static List<Map<String, Object>> ofSales(List<Sale> sales) {
        return sales.stream().map(CustomerView::of).toList();
    }
}
