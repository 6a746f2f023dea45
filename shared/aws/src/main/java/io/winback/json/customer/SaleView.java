package io.winback.json.customer;

import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.domain.SaleLine;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stored receipt in the shape the POS sent it to the webhook, so one sale object means one thing everywhere. */
public final class SaleView {
    private SaleView() {
    }

    public static List<Map<String, Object>> of(List<Sale> sales) {
        return sales.stream().map(SaleView::of).toList();
    }

    public static Map<String, Object> of(Sale sale) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("saleId", sale.saleId());
        view.put("type", sale.type().name());
        view.put("originalSaleId", sale.originalSaleId());
        view.put("storeId", sale.storeId());
        // In the POS's own offset, seconds always written (OffsetDateTime.toString would drop ":00").
        view.put("occurredAt", sale.occurredAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        view.put("customer", customer(sale.customer()));
        view.put("lines", sale.lines().stream().map(SaleView::line).toList());
        view.put("total", sale.total());
        view.put("currency", sale.currency());
        view.put("bonusRedeemed", sale.bonusRedeemed());
        return view;
    }

    private static Map<String, Object> customer(SaleCustomer c) {
        Map<String, Object> customer = new LinkedHashMap<>();
        if (c == null) {
            return customer;
        }
        customer.put("id", c.id());
        customer.put("phone", c.phone());
        customer.put("email", c.email());
        customer.put("cardNumber", c.cardNumber());
        customer.put("name", c.name());
        customer.put("gender", c.gender() == null ? null : c.gender().name());
        customer.put("birthday", CustomerView.textOf(c.birthday()));
        customer.put("vip", c.vip());
        if (c.consent() != null) {
            Map<String, Object> consent = new LinkedHashMap<>();
            consent.put("sms", c.consent().sms());
            consent.put("email", c.consent().email());
            customer.put("consent", consent);
        }
        return customer;
    }

    private static Map<String, Object> line(SaleLine line) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sku", line.sku());
        view.put("group", line.group());
        view.put("name", line.name());
        view.put("quantity", line.quantity());
        view.put("price", line.price());
        view.put("discount", line.discount());
        return view;
    }
}
