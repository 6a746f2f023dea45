package io.winback.dynamo;

import io.winback.consent.Consent;
import io.winback.consent.ConsentStatement;
import io.winback.domain.Gender;
import io.winback.domain.RefundableSale;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.domain.SaleLine;
import io.winback.domain.SaleType;
import io.winback.money.Money;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static io.winback.dynamo.Attributes.flag;
import static io.winback.dynamo.Attributes.map;
import static io.winback.dynamo.Attributes.number;
import static io.winback.dynamo.Attributes.putFlag;
import static io.winback.dynamo.Attributes.putNumber;
import static io.winback.dynamo.Attributes.putObject;
import static io.winback.dynamo.Attributes.putText;
import static io.winback.dynamo.Attributes.text;

/** A sale as a Sales table item, and back (from a GetItem, a Query or a stream record's NewImage). */
public final class SaleItems {
    public static final String SALE_ID = "saleId";
    public static final String CUSTOMER_KEY = "customerKey";
    /** Sort key of the byCustomer index: UTC time, fixed width, then the sale id, so newest-first is exact. */
    public static final String SALE_SORT = "saleSort";
    public static final String CONTENT_HASH = "contentHash";
    /** SALE or RETURN. */
    public static final String TYPE = "type";
    /** On a return: the sale it gives money back for, as the till named it. */
    public static final String ORIGINAL_SALE_ID = "originalSaleId";
    public static final String STORE_ID = "storeId";
    public static final String OCCURRED_AT = "occurredAt";
    public static final String TOTAL = "total";
    public static final String CURRENCY = "currency";
    /** The bonus the receipt paid with (on the sale item; the customer's card keeps its own sum, BonusItems). */
    public static final String BONUS_REDEEMED = "bonusRedeemed";
    /** The receipt's lines, a list of maps (sku, group, name, quantity, price, discount). */
    static final String LINES = "lines";
    /** Who bought, as the POS sent them (a map). */
    static final String CUSTOMER = "customer";
    public static final String RECEIVED_AT = "receivedAt";
    /** Hash key of the byDay index: the shop day of the sale, yyyy-MM-dd. */
    public static final String SALE_DAY = "saleDay";
    /** Sort key of the byDay index: store, then {@link #SALE_SORT}, so one store's day is one key range. */
    public static final String STORE_SORT = "storeSort";
    /** The sum of the lines' discounts: the byDay index projects it, as it cannot reach into the lines. */
    public static final String DISCOUNT_TOTAL = "discountTotal";
    /**
     * On a sale: what returns have refunded of it so far (absent: nothing). Bookkeeping, not content: it changes
     * as returns come, and a retried sale must still match its fingerprint.
     */
    public static final String REFUNDED_TOTAL = "refundedTotal";
    /** On a return: true when it was checked against its original sale and counted in its refunded total. */
    public static final String MATCHED_ORIGINAL = "matchedOriginal";
    /** Sales of no known store sort under this store name in the byDay index. */
    public static final String NO_STORE = "-";

    private static final DateTimeFormatter SORTABLE_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private SaleItems() {
    }

    /**
     * The item to store, with its content fingerprint; {@code receivedAt} and the byDay index keys (derived from the
     * content and the shop's time zone) are bookkeeping, not content, so a zone change never turns a retry into a
     * conflict.
     */
    public static Map<String, AttributeValue> toItem(Sale sale, String receivedAt, ZoneId shopZone) {
        Map<String, AttributeValue> item = content(sale);
        item.put(CONTENT_HASH, AttributeValue.fromS(fingerprint(item)));
        item.put(RECEIVED_AT, AttributeValue.fromS(receivedAt));
        putText(item, SALE_DAY, sale.occurredAt().atZoneSameInstant(shopZone).toLocalDate().toString());
        putText(item, STORE_SORT, storeOf(sale.storeId()) + "#" + saleSort(sale));
        putNumber(item, DISCOUNT_TOTAL, discountTotal(sale));
        return item;
    }

    /** The store a sale counts under in reports: its own, or {@link #NO_STORE}. */
    public static String storeOf(String storeId) {
        return storeId == null || storeId.isBlank() ? NO_STORE : storeId;
    }

    static BigDecimal discountTotal(Sale sale) {
        Money total = Money.ZERO;
        for (SaleLine line : sale.lines()) {
            if (line.discount() != null) {
                total = total.plus(Money.of(line.discount()));
            }
        }
        return total.amount();
    }

    public static String saleSort(Sale sale) {
        return sale.occurredAt().withOffsetSameInstant(ZoneOffset.UTC).format(SORTABLE_UTC) + "#" + sale.saleId();
    }

    private static Map<String, AttributeValue> content(Sale sale) {
        Map<String, AttributeValue> item = new HashMap<>();
        putText(item, SALE_ID, sale.saleId());
        putText(item, CUSTOMER_KEY, sale.customerKey());
        putText(item, SALE_SORT, saleSort(sale));
        putText(item, TYPE, sale.type().name());
        putText(item, ORIGINAL_SALE_ID, sale.originalSaleId());
        putText(item, STORE_ID, sale.storeId());
        putText(item, OCCURRED_AT, sale.occurredAt().toString());
        putNumber(item, TOTAL, sale.total());
        putText(item, CURRENCY, sale.currency());
        putNumber(item, BONUS_REDEEMED, sale.bonusRedeemed());
        item.put(CUSTOMER, customerOf(sale.customer()));
        if (!sale.lines().isEmpty()) {
            List<AttributeValue> lines = new ArrayList<>();
            for (SaleLine line : sale.lines()) {
                Map<String, AttributeValue> l = new HashMap<>();
                putText(l, "sku", line.sku());
                putText(l, "group", line.group());
                putText(l, "name", line.name());
                putNumber(l, "quantity", line.quantity());
                putNumber(l, "price", line.price());
                putNumber(l, "discount", line.discount());
                lines.add(AttributeValue.fromM(l));
            }
            item.put(LINES, AttributeValue.fromL(lines));
        }
        return item;
    }

    /** The customer object of a sale item: who bought, as the POS sent them. */
    static AttributeValue customerOf(SaleCustomer c) {
        Map<String, AttributeValue> customer = new HashMap<>();
        putText(customer, "id", c.id());
        putText(customer, "phone", c.phone());
        putText(customer, "email", c.email());
        putText(customer, "cardNumber", c.cardNumber());
        putText(customer, "name", c.name());
        putObject(customer, "gender", c.gender());
        putObject(customer, "birthday", c.birthday());
        putFlag(customer, "vip", c.vip());
        if (c.consent() != null) {
            putFlag(customer, "consentSms", c.consent().sms());
            putFlag(customer, "consentEmail", c.consent().email());
            putStatement(customer, "consentSmsStatement", c.consent().smsStatement());
            putStatement(customer, "consentEmailStatement", c.consent().emailStatement());
        }
        return AttributeValue.fromM(customer);
    }

    public static Sale fromItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> c = map(item, CUSTOMER);
        Boolean sms = flag(c, "consentSms");
        Boolean email = flag(c, "consentEmail");
        String gender = text(c, "gender");
        String birthday = text(c, "birthday");
        SaleCustomer customer = new SaleCustomer(text(c, "id"), text(c, "phone"), text(c, "email"),
                text(c, "cardNumber"), text(c, "name"), gender == null ? null : Gender.valueOf(gender),
                birthday == null ? null : LocalDate.parse(birthday), flag(c, "vip"),
                sms == null && email == null ? null : new Consent(sms, email,
                        statement(c, "consentSmsStatement"), statement(c, "consentEmailStatement")));
        List<SaleLine> lines = new ArrayList<>();
        AttributeValue storedLines = item.get(LINES);
        if (storedLines != null && storedLines.hasL()) {
            for (AttributeValue value : storedLines.l()) {
                Map<String, AttributeValue> l = value.m();
                lines.add(new SaleLine(text(l, "sku"), text(l, "group"), text(l, "name"), number(l, "quantity"),
                        money(l, "price"), money(l, "discount")));
            }
        }
        return new Sale(text(item, SALE_ID), SaleType.valueOf(text(item, TYPE)), text(item, ORIGINAL_SALE_ID),
                text(item, STORE_ID), OffsetDateTime.parse(text(item, OCCURRED_AT)), customer, lines,
                money(item, TOTAL), text(item, CURRENCY), money(item, BONUS_REDEEMED));
    }

    /** A consent statement as a map: granted, textVersion, givenAt; nothing when null. */
    private static void putStatement(Map<String, AttributeValue> customer, String name, ConsentStatement statement) {
        if (statement != null) {
            customer.put(name, AttributeValue.fromM(Map.of("granted", AttributeValue.fromBool(statement.granted()),
                    "textVersion", AttributeValue.fromS(statement.textVersion()),
                    "givenAt", AttributeValue.fromS(statement.givenAt().toString()))));
        }
    }

    private static ConsentStatement statement(Map<String, AttributeValue> customer, String name) {
        Map<String, AttributeValue> stored = map(customer, name);
        return stored.isEmpty() ? null : new ConsentStatement(stored.get("granted").bool(),
                stored.get("textVersion").s(), java.time.Instant.parse(stored.get("givenAt").s()));
    }

    /** When the webhook received the sale, as its item says; null when it does not say (or not as an instant). */
    public static java.time.Instant receivedAt(Map<String, AttributeValue> item) {
        String text = text(item, RECEIVED_AT);
        try {
            return text == null ? null : java.time.Instant.parse(text);
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return null;
        }
    }

    /** DynamoDB drops trailing zeros (900.00 comes back as 900); money always has two decimals here. */
    private static BigDecimal money(Map<String, AttributeValue> item, String name) {
        BigDecimal amount = number(item, name);
        return amount == null ? null : Money.of(amount).amount();
    }

    /** The figures of a stored receipt a return is checked against (a projection of the item is enough). */
    public static RefundableSale refundableOf(Map<String, AttributeValue> item) {
        BigDecimal refunded = number(item, REFUNDED_TOTAL);
        return new RefundableSale(text(item, SALE_ID), text(item, CUSTOMER_KEY), SaleType.valueOf(text(item, TYPE)),
                money(item, TOTAL), Money.of(refunded == null ? BigDecimal.ZERO : refunded).amount());
    }

    public static String contentHashOf(Map<String, AttributeValue> item) {
        return text(item, CONTENT_HASH);
    }

    /** SHA-256 over a canonical rendering (sorted keys) of the sale's content: equal sales, equal hashes. */
    static String fingerprint(Map<String, AttributeValue> content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical(AttributeValue.fromM(content))
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String canonical(AttributeValue value) {
        if (value.s() != null) {
            return "S" + quote(value.s());
        }
        if (value.n() != null) {
            return "N" + value.n();
        }
        if (value.bool() != null) {
            return "B" + value.bool();
        }
        if (value.hasL()) {
            return value.l().stream().map(SaleItems::canonical).collect(Collectors.joining(",", "[", "]"));
        }
        if (value.hasM()) {
            return new TreeMap<>(value.m()).entrySet().stream()
                    .map(e -> quote(e.getKey()) + ":" + canonical(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        throw new IllegalArgumentException("sales hold no attribute of this type: " + value.type());
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
