package io.winback.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.consent.Consent;
import io.winback.consent.ConsentStatement;
import io.winback.domain.EmailAddress;
import io.winback.domain.Gender;
import io.winback.domain.OneLineText;
import io.winback.domain.PhoneNumbers;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.domain.SaleLine;
import io.winback.domain.SaleType;
import io.winback.domain.StorableNumber;
import io.winback.validation.FieldError;
import io.winback.json.Json;
import io.winback.money.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the webhook body, one sale or {@code {"sales":[...]}}, into validated {@link Sale}s, or into every
 * {@link FieldError} found: a request is taken whole or not at all, so the POS can fix and resend it.
 */
public final class SaleParser {
    public static final int MAX_SALES_PER_REQUEST = 100;
    static final int MAX_LINES = 1000;
    private static final Instant EARLIEST = OffsetDateTime.of(1990, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    static final int MAX_QUANTITY_DECIMALS = 6;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");

    private final String defaultCurrency;
    private final PhoneNumbers phones;
    private final Clock clock;

    public SaleParser(String defaultCurrency, PhoneNumbers phones, Clock clock) {
        this.defaultCurrency = defaultCurrency;
        this.phones = phones;
        this.clock = clock;
    }

    public sealed interface Result {
        record Valid(List<Sale> sales) implements Result {
        }

        record Invalid(List<FieldError> errors) implements Result {
        }
    }

    public Result parse(String body) {
        JsonNode root;
        try {
            root = Json.readTree(body);
        } catch (JsonProcessingException e) {
            return invalid(null, "body", "malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return invalid(null, "body", "must be a sale object or {\"sales\":[...]}");
        }
        List<JsonNode> saleNodes = new ArrayList<>();
        if (root.has("sales")) {
            JsonNode sales = root.get("sales");
            if (!sales.isArray() || sales.isEmpty() || sales.size() > MAX_SALES_PER_REQUEST) {
                return invalid(null, "sales", "must be an array of 1 to " + MAX_SALES_PER_REQUEST + " sales");
            }
            sales.forEach(saleNodes::add);
        } else {
            saleNodes.add(root);
        }
        List<FieldError> errors = new ArrayList<>();
        List<Sale> parsed = new ArrayList<>();
        for (int i = 0; i < saleNodes.size(); i++) {
            Sale sale = new OneSale(i, saleNodes.get(i), errors).read();
            if (sale != null) {
                parsed.add(sale);
            }
        }
        return errors.isEmpty() ? new Result.Valid(parsed) : new Result.Invalid(errors);
    }

    private static Result invalid(Integer index, String field, String message) {
        return new Result.Invalid(List.of(new FieldError(index, field, message)));
    }

    /** Reads one sale, adding an error for every bad field rather than stopping at the first. */
    private final class OneSale {
        private final int index;
        private final JsonNode node;
        private final List<FieldError> errors;
        private final int errorsBefore;

        OneSale(int index, JsonNode node, List<FieldError> errors) {
            this.index = index;
            this.node = node;
            this.errors = errors;
            this.errorsBefore = errors.size();
        }

        Sale read() {
            if (!node.isObject()) {
                error("", "must be a JSON object");
                return null;
            }
            String saleId = text(node, "saleId", 64, true);
            String typeName = text(node, "type", 16, false);
            SaleType type = SaleType.SALE;
            if (typeName != null) {
                try {
                    type = SaleType.valueOf(typeName);
                } catch (IllegalArgumentException e) {
                    error("type", "must be SALE or RETURN");
                }
            }
            String originalSaleId = text(node, "originalSaleId", 64, false);
            if (originalSaleId != null && type != SaleType.RETURN) {
                error("originalSaleId", "only a RETURN refers to an original sale");
            }
            String storeId = text(node, "storeId", 64, true);
            OffsetDateTime occurredAt = occurredAt();
            SaleCustomer customer = customer(occurredAt);
            List<SaleLine> lines = lines();
            BigDecimal total = money(node, "total", true);
            String currency = text(node, "currency", 3, false);
            if (currency != null && !CURRENCY.matcher(currency).matches()) {
                error("currency", "must be an ISO 4217 code of three capital letters, e.g. RUB");
            } else if (currency != null && !currency.equals(defaultCurrency)) {
                // One currency per shop: a USD total would be added to roubles in the average check, the bonus
                // cap, the metrics and the campaign reports.
                error("currency", "is " + currency + ", but this shop counts in " + defaultCurrency
                        + " (DEFAULT_CURRENCY) and never mixes currencies; send the receipt in " + defaultCurrency
                        + ", or leave currency out");
            }
            BigDecimal bonusRedeemed = money(node, "bonusRedeemed", false);
            if (errors.size() > errorsBefore) {
                return null;
            }
            return new Sale(saleId, type, originalSaleId, storeId, occurredAt, customer, lines, total,
                    currency == null ? defaultCurrency : currency,
                    bonusRedeemed == null ? Money.ZERO.amount() : bonusRedeemed);
        }

        private OffsetDateTime occurredAt() {
            String value = text(node, "occurredAt", 64, true);
            if (value == null) {
                return null;
            }
            OffsetDateTime at;
            try {
                at = OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                error("occurredAt", "must be ISO-8601 with an offset, e.g. 2026-11-20T14:05:00+03:00");
                return null;
            }
            Instant instant = at.toInstant();
            if (instant.isBefore(EARLIEST)) {
                error("occurredAt", "must not be before 1990-01-01");
            } else if (instant.isAfter(clock.instant().plus(1, ChronoUnit.DAYS))) {
                error("occurredAt", "must not be more than one day in the future");
            }
            return at;
        }

        /** @param occurredAt the receipt's moment (null when invalid): a consent stated on it cannot come later */
        private SaleCustomer customer(OffsetDateTime occurredAt) {
            JsonNode c = node.get("customer");
            if (c == null || c.isNull()) {
                error("customer", "is required");
                return null;
            }
            if (!c.isObject()) {
                error("customer", "must be an object");
                return null;
            }
            String id = text(c, "customer.id", "id", 128);
            String rawPhone = text(c, "customer.phone", "phone", 32);
            String phone = null;
            if (rawPhone != null) {
                phone = phones.toE164(rawPhone).orElse(null);
                if (phone == null) {
                    error("customer.phone", "is not a phone number; send it in E.164, e.g. +79161234567");
                }
            }
            String email = text(c, "customer.email", "email", 254);
            if (email != null && !EMAIL.matcher(email).matches()) {
                error("customer.email", "is not an email address");
                email = null;
            }
            email = sendable("customer.email", email);
            String cardNumber = text(c, "customer.cardNumber", "cardNumber", 64);
            if (id == null && rawPhone == null && cardNumber == null) {
                error("customer", "needs at least one of id, phone, cardNumber");
            }
            String name = text(c, "customer.name", "name", 200);
            Gender gender = null;
            // Read whatever its length, so "female" is told the values (F or M) rather than a length limit.
            String genderName = text(c, "customer.gender", "gender", 64);
            if (genderName != null) {
                if (genderName.equals("F") || genderName.equals("M")) {
                    gender = Gender.valueOf(genderName);
                } else {
                    error("customer.gender", "must be F or M");
                }
            }
            LocalDate birthday = birthday(c);
            Boolean vip = flag(c, "customer.vip", "vip");
            Consent consent = null;
            JsonNode consentNode = c.get("consent");
            if (consentNode != null && !consentNode.isNull()) {
                if (consentNode.isObject()) {
                    ConsentStatement smsStated = statement(consentNode, "sms", occurredAt);
                    ConsentStatement emailStated = statement(consentNode, "email", occurredAt);
                    consent = new Consent(
                            smsStated != null ? (Boolean) smsStated.granted() : consentFlag(consentNode, "sms"),
                            emailStated != null ? (Boolean) emailStated.granted() : consentFlag(consentNode, "email"),
                            smsStated, emailStated);
                } else {
                    error("customer.consent", "must be an object like {\"sms\":true,\"email\":false}");
                }
            }
            return new SaleCustomer(id, phone, email == null ? null : email.toLowerCase(java.util.Locale.ROOT),
                    cardNumber, name, gender, birthday, vip, consent);
        }

        private static final String CONSENT_VALUE =
                "must be true or false, or a consent statement {granted, textVersion, givenAt}";

        /** A channel's plain flag; an object there is a statement, read by {@link #statement}. */
        private Boolean consentFlag(JsonNode consent, String channel) {
            JsonNode value = consent.get(channel);
            if (value != null && value.isObject()) {
                return null;
            }
            if (value != null && !value.isNull() && !value.isBoolean()) {
                error("customer.consent." + channel, CONSENT_VALUE);
                return null;
            }
            return flag(consent, "customer.consent." + channel, channel);
        }

        /**
         * A channel's consent stated with its proof, {@code {"granted", "textVersion", "givenAt"}}, all three
         * required; null when the channel holds a plain flag or nothing (or the statement is invalid: errors say so).
         */
        private ConsentStatement statement(JsonNode consent, String channel, OffsetDateTime occurredAt) {
            JsonNode value = consent.get(channel);
            if (value == null || !value.isObject()) {
                return null;
            }
            String path = "customer.consent." + channel;
            Boolean granted = flag(value, path + ".granted", "granted");
            if (granted == null && !hasErrorAt(path + ".granted")) {
                error(path + ".granted", "is required: true or false");
            }
            String textVersion = text(value, path + ".textVersion", "textVersion", 64);
            if (textVersion == null && !hasErrorAt(path + ".textVersion")) {
                error(path + ".textVersion", "is required: the version of the consent text the customer was shown");
            }
            Instant givenAt = null;
            String given = text(value, path + ".givenAt", "givenAt", 64);
            if (given == null && !hasErrorAt(path + ".givenAt")) {
                error(path + ".givenAt", "is required: when the customer gave it, ISO-8601 with an offset");
            } else if (given != null) {
                try {
                    givenAt = OffsetDateTime.parse(given).toInstant();
                    if (givenAt.isBefore(EARLIEST) || givenAt.isAfter(clock.instant().plus(1, ChronoUnit.DAYS))) {
                        error(path + ".givenAt", "must be after 1990 and not more than one day in the future");
                        givenAt = null;
                    } else if (occurredAt != null && givenAt.isAfter(occurredAt.toInstant())) {
                        // A receipt reports consent given at or before its sale; a later moment would let a till
                        // stamping ahead of time undo a withdrawal made in between.
                        error(path + ".givenAt", "must not be after the sale it comes with (occurredAt " + occurredAt + ")");
                        givenAt = null;
                    }
                } catch (DateTimeParseException e) {
                    error(path + ".givenAt", "must be ISO-8601 with an offset, e.g. 2026-12-01T10:00:00+03:00");
                }
            }
            return granted == null || textVersion == null || givenAt == null ? null
                    : new ConsentStatement(granted, textVersion, givenAt);
        }

        /**
         * An address Winback could never email is refused now, with its reason, rather than kept for a chain that
         * fails on it (see {@link EmailAddress}: an internationalised domain is fine, a non-ASCII local part is not).
         */
        private String sendable(String path, String email) {
            if (email == null) {
                return null;
            }
            var problem = EmailAddress.problemWith(email);
            problem.ifPresent(reason -> error(path, reason + "; send an address Winback can email, or none"));
            return problem.isPresent() ? null : email;
        }

        private LocalDate birthday(JsonNode c) {
            String value = text(c, "customer.birthday", "birthday", 10);
            if (value == null) {
                return null;
            }
            try {
                LocalDate day = LocalDate.parse(value);
                if (day.getYear() < 1900 || day.isAfter(LocalDate.now(clock))) {
                    error("customer.birthday", "must be a past date after 1900");
                }
                return day;
            } catch (DateTimeParseException e) {
                error("customer.birthday", "must be a date yyyy-mm-dd");
                return null;
            }
        }

        private List<SaleLine> lines() {
            JsonNode lines = node.get("lines");
            if (lines == null || lines.isNull()) {
                return List.of();
            }
            if (!lines.isArray() || lines.size() > MAX_LINES) {
                error("lines", "must be an array of at most " + MAX_LINES + " lines");
                return List.of();
            }
            List<SaleLine> result = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String path = "lines[" + i + "]";
                JsonNode line = lines.get(i);
                if (!line.isObject()) {
                    error(path, "must be an object");
                    continue;
                }
                String sku = text(line, path + ".sku", "sku", 64);
                String group = text(line, path + ".group", "group", SaleLine.MAX_GROUP_LENGTH);
                String name = text(line, path + ".name", "name", 256);
                BigDecimal quantity = quantity(line, path + ".quantity");
                BigDecimal price = money(line, path + ".price", "price", true);
                BigDecimal discount = money(line, path + ".discount", "discount", false);
                result.add(new SaleLine(sku, group, name, quantity == null ? null : quantity.stripTrailingZeros(),
                        price, discount == null ? Money.ZERO.amount() : discount));
            }
            return result;
        }

        private String text(JsonNode from, String field, int maxLength, boolean required) {
            String value = text(from, field, field, maxLength);
            if (value == null && required && !hasErrorAt(field)) {
                error(field, "is required");
            }
            return value;
        }

        /** A string field; blank counts as absent; {@code path} names it in errors. */
        private String text(JsonNode from, String path, String name, int maxLength) {
            JsonNode value = from.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                error(path, "must be a string");
                return null;
            }
            String text = value.asText().strip();
            if (text.isEmpty()) {
                return null;
            }
            if (text.length() > maxLength) {
                error(path, "must be at most " + maxLength + " characters");
                return null;
            }
            if (!OneLineText.isOneLine(text)) {
                error(path, OneLineText.REFUSAL);
                return null;
            }
            return text;
        }

        private Boolean flag(JsonNode from, String path, String name) {
            JsonNode value = from.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isBoolean()) {
                error(path, "must be true or false");
                return null;
            }
            return value.booleanValue();
        }

        private BigDecimal money(JsonNode from, String field, boolean required) {
            return money(from, field, field, required);
        }

        /** A non-negative amount with at most two decimal places, returned with exactly two. */
        private BigDecimal money(JsonNode from, String path, String name, boolean required) {
            BigDecimal amount = decimal(from, path, name, required);
            if (amount == null) {
                return null;
            }
            return switch (Money.fromReceipt(amount)) {
                case Money.Read.Accepted accepted -> accepted.money().amount();
                case Money.Read.Refused refused -> {
                    error(path, refused.reason());
                    yield null;
                }
            };
        }

        private BigDecimal decimal(JsonNode from, String path, String name, boolean required) {
            JsonNode value = from.get(name);
            if (value == null || value.isNull()) {
                if (required) {
                    error(path, "is required");
                }
                return null;
            }
            if (!value.isNumber()) {
                error(path, "must be a number");
                return null;
            }
            BigDecimal amount = value.decimalValue();
            if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
                error(path, "is out of range");
                return null;
            }
            return storable(path, amount);
        }

        /**
         * Every number of a sale goes through here: one DynamoDB cannot store would fail the write after the request
         * was accepted (a 503 the till retries forever, the batch's earlier sales stored), so it is refused now.
         */
        private BigDecimal storable(String path, BigDecimal number) {
            var problem = StorableNumber.problemWith(number);
            problem.ifPresent(reason -> error(path, reason));
            return problem.isPresent() ? null : number;
        }

        /**
         * A line's quantity: above 0, with at most {@value SaleParser#MAX_QUANTITY_DECIMALS} decimals (grams of a kilogram and
         * finer). The buyers index adds up a receipt's quantities per product, and a sum of 1000000 and 1E-40 has more
         * digits than DynamoDB stores, though each alone fits.
         */
        private BigDecimal quantity(JsonNode line, String path) {
            BigDecimal quantity = decimal(line, path, "quantity", true);
            if (quantity == null) {
                return null;
            }
            if (quantity.signum() <= 0) {
                error(path, "must be greater than 0");
            } else if (quantity.stripTrailingZeros().scale() > MAX_QUANTITY_DECIMALS) {
                error(path, "must have at most " + MAX_QUANTITY_DECIMALS + " decimal places");
                return null;
            }
            return quantity;
        }

        private boolean hasErrorAt(String field) {
            for (int i = errorsBefore; i < errors.size(); i++) {
                if (errors.get(i).field().equals(field)) {
                    return true;
                }
            }
            return false;
        }

        private void error(String field, String message) {
            errors.add(new FieldError(index, field.isEmpty() ? "sales[" + index + "]" : field, message));
        }
    }
}
