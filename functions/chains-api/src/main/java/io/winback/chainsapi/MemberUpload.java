package io.winback.chainsapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.csv.CsvUnreadable;
import io.winback.csv.Row;
import io.winback.csv.SpreadsheetCsv;
import io.winback.csv.Table;
import io.winback.json.Json;
import io.winback.validation.FieldError;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The customers a static list's upload names, one per JSON entry or CSV row, each by one of what the shop knows them
 * by: {@code customerId} (as the till sends it), {@code phone} or {@code cardNumber}. A CSV is read as spreadsheets
 * save it ({@code ;} or {@code ,}, a UTF-8 BOM, or Windows-1251 when the content type declares
 * {@code charset=windows-1251}), with a header naming those columns.
 */
record MemberUpload(List<Entry> entries, List<FieldError> errors) {
    static final List<String> COLUMNS = List.of("customerId", "phone", "cardNumber");
    /** An upload is matched and written within one API request: a larger list goes in several POSTs. */
    static final int MAX_ENTRIES = 2_000;

    /** @param where {@code line 7} of a CSV or {@code customers[3]} of JSON, for the answer's list of unmatched */
    record Entry(String where, String customerId, String phone, String cardNumber) {
    }

    static MemberUpload read(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            return failed("body", "must list customers: JSON {\"customers\": [{\"customerId\": …}, {\"phone\": …}]}"
                    + " or a CSV with a header of " + String.join(", ", COLUMNS));
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/csv") ? csv(body, charsetOf(type)) : json(new String(body, StandardCharsets.UTF_8));
    }

    private static MemberUpload csv(byte[] body, String charset) {
        Table table;
        try {
            table = SpreadsheetCsv.read(body, charset);
        } catch (CsvUnreadable e) {
            return failed("body", e.getMessage());
        }
        if (COLUMNS.stream().noneMatch(table::has)) {
            return failed("body", "the CSV's header must name at least one of " + String.join(", ", COLUMNS)
                    + "; it has " + table.header());
        }
        List<Entry> entries = new ArrayList<>();
        for (Row row : table.rows()) {
            entries.add(new Entry("line " + row.line(), cell(table, row, "customerId"), cell(table, row, "phone"),
                    cell(table, row, "cardNumber")));
        }
        return limited(entries);
    }

    private static String cell(Table table, Row row, String column) {
        if (!table.has(column)) {
            return null;
        }
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static MemberUpload json(String body) {
        JsonNode root;
        try {
            root = Json.readTree(body);
        } catch (Exception e) {
            return failed("body", "malformed JSON; send {\"customers\": [{\"customerId\": …}, {\"phone\": …}]}"
                    + " or a CSV with content type text/csv");
        }
        JsonNode list = root == null ? null : root.get("customers");
        if (list == null || !list.isArray()) {
            return failed("customers", "must be a list of customers, each {\"customerId\": …}, {\"phone\": …},"
                    + " {\"cardNumber\": …} or a customer id as a string");
        }
        List<Entry> entries = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String where = "customers[" + i + "]";
            if (item.isTextual() && !item.asText().isBlank()) {
                entries.add(new Entry(where, item.asText().strip(), null, null));
            } else if (item.isObject() && COLUMNS.stream().anyMatch(c -> item.path(c).isTextual())) {
                List<String> unknown = new ArrayList<>();
                item.fieldNames().forEachRemaining(name -> {
                    if (!COLUMNS.contains(name)) {
                        unknown.add(name);
                    }
                });
                if (!unknown.isEmpty()) {
                    errors.add(FieldError.of(where, "unknown fields " + unknown + "; a customer is named by one of "
                            + String.join(", ", COLUMNS)));
                } else {
                    entries.add(new Entry(where, text(item, "customerId"), text(item, "phone"),
                            text(item, "cardNumber")));
                }
            } else {
                errors.add(FieldError.of(where, "must be a customer id or an object with one of "
                        + String.join(", ", COLUMNS) + " as text"));
            }
        }
        return errors.isEmpty() ? limited(entries) : new MemberUpload(List.of(), errors);
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText().strip();
    }

    private static MemberUpload limited(List<Entry> entries) {
        return entries.size() > MAX_ENTRIES
                ? failed("customers", "at most " + MAX_ENTRIES + " customers an upload; send the rest in another POST")
                : new MemberUpload(entries, List.of());
    }

    private static String charsetOf(String contentType) {
        int at = contentType.indexOf("charset=");
        if (at < 0) {
            return null;
        }
        String charset = contentType.substring(at + "charset=".length());
        int end = charset.indexOf(';');
        return (end < 0 ? charset : charset.substring(0, end)).strip().replace("\"", "");
    }

    private static MemberUpload failed(String field, String message) {
        return new MemberUpload(List.of(), List.of(FieldError.of(field, message)));
    }
}
