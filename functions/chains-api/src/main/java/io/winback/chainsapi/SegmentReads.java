package io.winback.chainsapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winback.chain.Contacts;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;
import io.winback.domain.PurchaseBand;
import io.winback.domain.PurchaseBandPolicy;
import io.winback.http.ApiReply;
import io.winback.http.report.ReportReplies;
import io.winback.json.Json;
import io.winback.report.CsvWriter;
import io.winback.report.ReportLanguage;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentConfigurationStore;
import io.winback.segment.SegmentDefinition;
import io.winback.segment.SegmentMembers;
import io.winback.validation.FieldError;
import io.winback.validation.Validated;

import io.winback.xlsx.Cell;
import io.winback.xlsx.Column;
import io.winback.xlsx.NumberFormats;
import io.winback.xlsx.SheetName;
import io.winback.xlsx.XlsxWriter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /v1/segments} and {@code /v1/segments/{id}} (definitions with how many members and how far their fill
 * is), {@code /members} (who, a page at a time, as JSON, as the CSV Excel opens or as an Excel workbook with typed
 * cells: key, name, the contacts the shop may use by consent, band, last purchase, spent; now, or at the end of a
 * past day with {@code asOf}) and
 * {@code /history} (who joined and left, and when).
 */
final class SegmentReads {
    static final int DEFAULT_LIMIT = 100;
    static final int DEFAULT_CSV_LIMIT = 5_000;
    static final int MAX_LIMIT = 10_000;
    static final int MAX_HISTORY_DAYS = 400;

    private final SegmentConfigurationStore store;
    private final SegmentMembers members;
    private final CustomerStore customers;
    private final PurchaseBandPolicy bands;
    private final SegmentsDocument document;
    private final java.time.Clock clock;
    private final java.time.ZoneId zone;
    private final String currency;

    /** @param currency the shop's, {@code DEFAULT_CURRENCY}: how a workbook shows the amounts spent */
    SegmentReads(SegmentConfigurationStore store, SegmentMembers members, CustomerStore customers,
                 PurchaseBandPolicy bands, SegmentsDocument document, java.time.Clock clock, java.time.ZoneId zone,
                 String currency) {
        this.clock = clock;
        this.zone = zone;
        this.currency = currency;
        this.store = store;
        this.members = members;
        this.customers = customers;
        this.bands = bands;
        this.document = document;
    }

    ApiReply list() {
        return ApiReply.ok(document.list(store.current()));
    }

    ApiReply one(String segmentId) {
        SegmentConfiguration current = store.current();
        return current.find(segmentId).map(segment -> ApiReply.ok(document.of(current, segment)))
                .orElseGet(() -> notFound(segmentId));
    }

    ApiReply members(String segmentId, Map<String, String> query) {
        Optional<SegmentDefinition> segment = store.current().find(segmentId);
        if (segment.isEmpty()) {
            return notFound(segmentId);
        }
        List<FieldError> errors = new ArrayList<>();
        String format = query.getOrDefault("format", "json");
        if (!format.equals("json") && !format.equals("csv") && !format.equals("xlsx")) {
            errors.add(FieldError.of("format", "must be json, csv or xlsx"));
        }
        Validated<ReportLanguage> language = ChainsLanguage.of(query);
        if (language instanceof Validated.Invalid<ReportLanguage> invalid) {
            errors.addAll(invalid.errors());
        }
        int limit = format.equals("json") ? DEFAULT_LIMIT : DEFAULT_CSV_LIMIT;
        if (query.containsKey("limit")) {
            try {
                limit = Integer.parseInt(query.get("limit"));
                if (limit < 1 || limit > MAX_LIMIT) {
                    errors.add(FieldError.of("limit", "must be from 1 to " + MAX_LIMIT));
                }
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("limit", "must be a whole number from 1 to " + MAX_LIMIT));
            }
        }
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        LocalDate asOf = null;
        if (query.containsKey("asOf")) {
            asOf = day(query, "asOf", errors);
            if (asOf != null && (asOf.isAfter(today) || asOf.plusDays(MAX_HISTORY_DAYS).isBefore(today))) {
                errors.add(FieldError.of("asOf", "must be a day of the last " + MAX_HISTORY_DAYS
                        + " days, the history's reach"));
            }
        }
        Cursor cursor = asOf == null ? Cursor.read(query.get("cursor"), members.shards()) : null;
        String after = asOf == null ? null : AfterKey.read(query.get("cursor"));
        if ((asOf == null && cursor == null) || (asOf != null && after == null)) {
            errors.add(FieldError.of("cursor", "is not a cursor this list handed out"));
        }
        if (!errors.isEmpty()) {
            return ApiReply.errors(400, errors);
        }
        Page page = asOf == null ? page(segmentId, cursor, limit)
                : pageOfDay(new MembersOnADay(members).of(segmentId, asOf, today), after, limit);
        ReportLanguage lang = ((Validated.Valid<ReportLanguage>) language).value();
        ApiReply reply = switch (format) {
            case "csv" -> csv(segmentId, page, lang);
            case "xlsx" -> xlsx(segmentId, page, lang);
            default -> json(page);
        };
        return page.next() == null || format.equals("json") ? reply
                : reply.withHeaders(Map.of("x-next-cursor", page.next()));
    }

    ApiReply history(String segmentId, Map<String, String> query) {
        if (store.current().find(segmentId).isEmpty()) {
            return notFound(segmentId);
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = day(query, "from", errors);
        LocalDate to = day(query, "to", errors);
        if (from != null && to != null && (to.isBefore(from) || from.plusDays(MAX_HISTORY_DAYS).isBefore(to))) {
            errors.add(FieldError.of("to", "must be from 'from' to " + MAX_HISTORY_DAYS + " days after it"));
        }
        if (!errors.isEmpty()) {
            return ApiReply.errors(400, errors);
        }
        ObjectNode root = Json.objectNode();
        root.put("segment", segmentId);
        root.put("from", from.toString());
        root.put("to", to.toString());
        ArrayNode movements = root.putArray("movements");
        for (SegmentMembers.Movement movement : members.movements(segmentId, from, to)) {
            ObjectNode node = movements.addObject();
            node.put("day", movement.day().toString());
            node.put("customerKey", movement.customerKey());
            node.put("change", movement.joined() ? "joined" : "left");
        }
        return ApiReply.ok(root);
    }

    private static LocalDate day(Map<String, String> query, String name, List<FieldError> errors) {
        String value = query.get(name);
        if (value == null) {
            errors.add(FieldError.of(name, "is required: a day, yyyy-MM-dd"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(FieldError.of(name, "must be a day, yyyy-MM-dd"));
            return null;
        }
    }

    private record Row(SegmentMembers.Member member, Customer customer) {
    }

    private record Page(List<Row> rows, String next) {
    }

    /** The members of a past day after the key {@code after} ("" for the start), with their cards. */
    private Page pageOfDay(List<SegmentMembers.Member> ofDay, String after, int limit) {
        List<SegmentMembers.Member> found = ofDay.stream().filter(m -> m.customerKey().compareTo(after) > 0)
                .limit(limit + 1L).toList();
        String next = found.size() > limit ? AfterKey.write(found.get(limit - 1).customerKey()) : null;
        return withCards(found.subList(0, Math.min(limit, found.size())), next);
    }

    /** Members from {@code cursor} on, shard after shard, with their cards; the cursor of what follows. */
    private Page page(String segmentId, Cursor cursor, int limit) {
        List<SegmentMembers.Member> found = new ArrayList<>();
        int shard = cursor.shard();
        String after = cursor.after();
        String next = null;
        while (shard < members.shards()) {
            SegmentMembers.Page page = members.page(segmentId, shard, after, limit - found.size());
            found.addAll(page.members());
            if (page.next() != null) {
                after = page.next();
            } else {
                shard++;
                after = null;
            }
            if (found.size() >= limit) {
                next = shard < members.shards() ? new Cursor(shard, after).write() : null;
                break;
            }
        }
        return withCards(found, next);
    }

    private Page withCards(List<SegmentMembers.Member> found, String next) {
        Map<String, Customer> cards = customers.findAll(found.stream().map(SegmentMembers.Member::customerKey)
                .toList());
        List<Row> rows = found.stream().filter(m -> cards.containsKey(m.customerKey()))
                .map(m -> new Row(m, cards.get(m.customerKey()))).toList();
        return new Page(rows, next);
    }

    /** The cursor of a past day's list: the last key answered; "" at the start. */
    static final class AfterKey {
        private AfterKey() {
        }

        static String write(String key) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(("k:" + key).getBytes(StandardCharsets.UTF_8));
        }

        /** The key, "" when no cursor was given, null when it is not one this list writes. */
        static String read(String text) {
            if (text == null || text.isEmpty()) {
                return "";
            }
            try {
                String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
                return plain.startsWith("k:") ? plain.substring(2) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    private ApiReply json(Page page) {
        ObjectNode root = Json.objectNode();
        ArrayNode list = root.putArray("members");
        for (Row row : page.rows()) {
            Customer c = row.customer();
            Contacts contacts = Contacts.of(c);
            ObjectNode node = list.addObject();
            node.put("customerKey", c.key());
            node.put("name", c.profile().name());
            node.put("phone", Boolean.TRUE.equals(contacts.consentSms()) ? c.profile().phone() : null);
            node.put("email", Boolean.TRUE.equals(contacts.consentEmail()) ? c.profile().email() : null);
            PurchaseBand band = c.band(bands);
            node.put("band", band == null ? null : band.label());
            LocalDate last = c.stats().lastVisitDay();
            node.put("lastPurchase", last == null ? null : last.toString());
            node.put("spent", c.stats().netSpent());
            node.put("since", row.member().since() == null ? null : row.member().since().toString());
        }
        root.put("nextCursor", page.next());
        return ApiReply.ok(root);
    }

    /** A member as a download's row: the contacts only where the customer consented to that channel. */
    private record Line(String key, String name, String phone, String email, String band, LocalDate lastPurchase,
                        java.math.BigDecimal spent, LocalDate since) {
    }

    private Line line(Row row) {
        Customer c = row.customer();
        Contacts contacts = Contacts.of(c);
        PurchaseBand band = c.band(bands);
        return new Line(c.key(), c.profile().name(),
                Boolean.TRUE.equals(contacts.consentSms()) ? c.profile().phone() : null,
                Boolean.TRUE.equals(contacts.consentEmail()) ? c.profile().email() : null,
                band == null ? null : band.label(), c.stats().lastVisitDay(), c.stats().netSpent(),
                row.member().since());
    }

    private static List<String> headers(ReportLanguage language) {
        return List.of(language.pick("Ключ клиента", "Customer key"), language.pick("Имя", "Name"),
                language.pick("Телефон", "Phone"), language.pick("Эл. почта", "Email"),
                language.pick("Сегмент", "Band"), language.pick("Последняя покупка", "Last purchase"),
                language.pick("Потрачено", "Spent"), language.pick("В сегменте с", "Member since"));
    }

    private ApiReply csv(String segmentId, Page page, ReportLanguage language) {
        CsvWriter csv = new CsvWriter(language).header(headers(language));
        for (Row row : page.rows()) {
            Line l = line(row);
            csv.row(l.key(), l.name(), l.phone(), l.email(), l.band(), l.lastPurchase(), l.spent(), l.since());
        }
        return ReportReplies.csv("segment-" + segmentId, csv);
    }

    /** The same columns as the CSV, typed: a phone stays text as typed, the amount spent is money, days are dates. */
    private ApiReply xlsx(String segmentId, Page page, ReportLanguage language) {
        List<String> h = headers(language);
        List<Column> columns = List.of(Column.text(h.get(0), 14), Column.text(h.get(1), 24), Column.text(h.get(2), 16),
                Column.text(h.get(3), 26), Column.text(h.get(4), 6), Column.day(h.get(5)), Column.money(h.get(6)),
                Column.day(h.get(7)));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        XlsxWriter sheet = XlsxWriter.open(file, SheetName.fitted(language.pick("Сегмент ", "Segment ") + segmentId),
                columns, NumberFormats.of(language, currency));
        try (sheet) {
            for (Row row : page.rows()) {
                Line l = line(row);
                sheet.row(Cell.text(l.key()), Cell.text(l.name()), Cell.text(l.phone()), Cell.text(l.email()),
                        Cell.text(l.band()), Cell.day(l.lastPurchase()), Cell.money(l.spent()), Cell.day(l.since()));
            }
        }
        return ReportReplies.xlsx("segment-" + segmentId, file.toByteArray(), sheet.rows());
    }

    private static ApiReply notFound(String segmentId) {
        return ApiReply.error(404, "segmentId", "there is no segment '" + segmentId + "'");
    }

    /** Where a members list goes on: a shard and the last key read in it, opaque to the caller. */
    record Cursor(int shard, String after) {
        static final Cursor START = new Cursor(0, null);

        String write() {
            String plain = shard + ":" + (after == null ? "" : after);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        /** The cursor, {@link #START} when none was given, null when it is not one this list writes. */
        static Cursor read(String text, int shards) {
            if (text == null || text.isEmpty()) {
                return START;
            }
            try {
                String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
                int colon = plain.indexOf(':');
                int shard = Integer.parseInt(plain.substring(0, colon));
                String after = plain.substring(colon + 1);
                return shard < 0 || shard >= shards ? null : new Cursor(shard, after.isEmpty() ? null : after);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
