package io.winback.console;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winback.json.Json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The segment builder's form as typed: id, name, whether all or any of the conditions must hold, and up to
 * {@link #ROWS} condition rows (field, comparison, value, and days for a group bought). It becomes the very JSON
 * {@code POST /v1/segments} takes ({@link #json}), so the one reader judges it; empty rows are left out, and
 * {@link #jsonIndexes} says which row each condition of the JSON came from, to put a mistake back at its row.
 */
record SegmentForm(String id, String name, String match, List<Row> rows) {
    static final int ROWS = 6;
    /** The fields a row offers: those compared with a number, then those naming something. */
    static final List<String> COMPARED = List.of("daysSinceLastPurchase", "purchases", "spent", "averageCheck",
            "bonusBalance");
    static final List<String> NAMING = List.of("band", "standing", "store", "boughtGroup", "birthdayWithinDays",
            "consent");
    static final List<String> OPS = List.of(">=", ">", "<=", "<", "=", "!=");
    /** A row's field as its select offers it, in Russian and English. */
    record FieldOption(String value, String russian, String english) {
    }

    static final List<FieldOption> FIELD_OPTIONS = List.of(
            new FieldOption("daysSinceLastPurchase", "Дней с последней покупки", "Days since the last purchase"),
            new FieldOption("purchases", "Покупок", "Purchases"),
            new FieldOption("spent", "Потрачено", "Spent"),
            new FieldOption("averageCheck", "Средний чек", "Average check"),
            new FieldOption("bonusBalance", "Бонусов на счёте", "Bonus balance"),
            new FieldOption("band", "Группа по покупкам (1, 2-3, 4+, VIP)", "Band (1, 2-3, 4+, VIP)"),
            new FieldOption("standing", "Состояние (active, sleeping, lost, never-bought)",
                    "Standing (active, sleeping, lost, never-bought)"),
            new FieldOption("store", "Магазин (код)", "Store (id)"),
            new FieldOption("boughtGroup", "Покупал группу товаров (за дней)", "Bought a group (within days)"),
            new FieldOption("birthdayWithinDays", "День рождения в ближайшие дни", "Birthday within days"),
            new FieldOption("consent", "Можно писать (sms, email)", "May be messaged (sms, email)"));
    private static final Set<String> WHOLE = Set.of("daysSinceLastPurchase", "purchases", "birthdayWithinDays");

    /** One condition row as typed; blank when nothing is typed in it. */
    record Row(String field, String op, String value, String days) {
        boolean blank() {
            return field.isEmpty() && value.isEmpty() && days.isEmpty();
        }

        boolean is(String option, String chosen) {
            return option.equals(chosen);
        }
    }

    SegmentForm {
        rows = List.copyOf(rows);
    }

    static SegmentForm empty() {
        return of(Map.of());
    }

    static SegmentForm of(Map<String, String> form) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Row(text(form, "field" + i), text(form, "op" + i), text(form, "value" + i),
                    text(form, "days" + i)));
        }
        return new SegmentForm(text(form, "id"), text(form, "name"), "any".equals(form.get("match")) ? "any" : "all",
                rows);
    }

    private static String text(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null ? "" : value.strip();
    }

    /** For each condition of the JSON's list, in order, the index of the form's row it came from. */
    List<Integer> jsonIndexes() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).blank()) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    /**
     * Rows whose comparison their field does not take (a field naming something takes = or !=, which turns it
     * round): the form's own mistake, before any JSON. Keyed by row index.
     */
    List<Integer> rowsWithAStrayComparison() {
        List<Integer> stray = new ArrayList<>();
        for (int i : jsonIndexes()) {
            Row row = rows.get(i);
            if (NAMING.contains(row.field()) && !row.op().isEmpty() && !row.op().equals("=")
                    && !row.op().equals("!=")) {
                stray.add(i);
            }
        }
        return stray;
    }

    /** The definition as {@code POST /v1/segments} takes it. */
    String json() {
        ObjectNode root = Json.objectNode();
        root.put("id", id);
        root.put("name", name);
        List<Integer> used = jsonIndexes();
        if (!used.isEmpty()) {
            ArrayNode list = root.putObject("conditions").putArray(match);
            used.forEach(i -> list.add(condition(rows.get(i))));
        }
        return Json.write(root);
    }

    private static ObjectNode condition(Row row) {
        ObjectNode leaf = Json.objectNode();
        leaf.put("field", row.field());
        boolean negated = row.op().equals("!=");
        switch (row.field()) {
            case "band", "standing", "store" -> {
                List<String> names = List.of(row.value().split("\\s*,\\s*"));
                if (names.size() == 1) {
                    leaf.put("value", names.getFirst());
                } else {
                    names.forEach(leaf.putArray("value")::add);
                }
            }
            case "boughtGroup" -> {
                leaf.put("group", row.value());
                if (!row.days().isEmpty()) {
                    number(leaf, "withinDays", row.days(), true);
                }
            }
            case "consent" -> {
                leaf.put("channel", row.value());
                if (negated) {
                    leaf.put("value", false);
                }
                return leaf;
            }
            case "birthdayWithinDays" -> number(leaf, "value", row.value(), true);
            default -> {
                if (!row.op().isEmpty()) {
                    leaf.put("op", row.op());
                }
                number(leaf, "value", row.value(), WHOLE.contains(row.field()));
                return leaf;
            }
        }
        if (!negated) {
            return leaf;
        }
        ObjectNode not = Json.objectNode();
        not.set("not", leaf);
        return not;
    }

    /**
     * A number as typed in the shop ({@code 1 500,50}), or the text as it is when it is none, so the reader says
     * what it must be; nothing when empty, so the reader says it is required.
     */
    private static void number(ObjectNode leaf, String name, String typed, boolean whole) {
        if (typed.isEmpty()) {
            return;
        }
        String plain = typed.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        try {
            BigDecimal number = new BigDecimal(plain);
            if (whole && number.scale() <= 0) {
                leaf.put(name, number.longValueExact());
            } else {
                leaf.put(name, number);
            }
        } catch (NumberFormatException | ArithmeticException notANumber) {
            leaf.put(name, typed);
        }
    }
}
