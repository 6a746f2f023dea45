package io.winback.console;

import io.winback.validation.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The builder's mistakes put where they belong: the reader's JSON paths ({@code id}, {@code name},
 * {@code conditions.all[1].op}) turned into the form's fields and rows; what maps to none is listed at the top.
 */
record SegmentFormProblems(List<String> top, Map<String, List<String>> fields, Map<Integer, Map<String, String>> rows) {
    /** A condition of the form's list, and what follows its index ({@code .op}, {@code .not.value[1]}, nothing). */
    private static final Pattern CONDITION = Pattern.compile("conditions\\.(?:all|any)\\[(\\d+)](.*)");

    static final SegmentFormProblems NONE = new SegmentFormProblems(List.of(), Map.of(), Map.of());

    boolean any() {
        return !top.isEmpty() || !fields.isEmpty() || !rows.isEmpty();
    }

    /** The messages of the form field {@code name} ({@code id}, {@code name}); empty when none. */
    List<String> of(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /** The messages of row {@code row}, by the part they concern: field, op, value, days or row. */
    Map<String, String> ofRow(int row) {
        return rows.getOrDefault(row, Map.of());
    }

    boolean invalid(int row, String part) {
        return ofRow(row).containsKey(part);
    }

    /** @param jsonIndexes the form's row of each condition in the JSON's list ({@link SegmentForm#jsonIndexes}) */
    static SegmentFormProblems of(List<FieldError> errors, List<Integer> jsonIndexes, Map<Integer, String> ofRows,
                                  io.winback.report.ReportLanguage language) {
        List<String> top = new ArrayList<>();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<Integer, Map<String, String>> rows = new LinkedHashMap<>();
        ofRows.forEach((row, message) -> rows.computeIfAbsent(row, r -> new LinkedHashMap<>()).merge("op", message,
                SegmentFormProblems::both));
        for (FieldError reason : errors) {
            // The reader's reasons are the API's, in English: a Russian page says them in Russian.
            FieldError error = new FieldError(reason.index(), reason.field(),
                    EditorWords.of(reason.message(), language));
            String path = error.field() == null ? "" : error.field();
            Matcher condition = CONDITION.matcher(path);
            if (path.equals("id") || path.equals("name")) {
                fields.computeIfAbsent(path, p -> new ArrayList<>()).add(error.message());
            } else if (condition.matches() && Integer.parseInt(condition.group(1)) < jsonIndexes.size()) {
                int row = jsonIndexes.get(Integer.parseInt(condition.group(1)));
                rows.computeIfAbsent(row, r -> new LinkedHashMap<>()).merge(part(condition.group(2)),
                        error.message(), SegmentFormProblems::both);
            } else {
                top.add(path.isEmpty() ? error.message() : path + ": " + error.message());
            }
        }
        return new SegmentFormProblems(top, fields, rows);
    }

    /** Which input of a row a path after the condition's index concerns; "row" for the condition as a whole. */
    private static String part(String rest) {
        String leaf = rest.startsWith(".not") ? rest.substring(4) : rest;
        String name = leaf.startsWith(".") ? leaf.substring(1).replaceAll("[.\\[].*", "") : "";
        return switch (name) {
            case "field" -> "field";
            case "op" -> "op";
            case "withinDays" -> "days";
            case "value", "group", "channel" -> "value";
            default -> "row";
        };
    }

    /** The words for a part of a row, as a mistake's place is told. */
    static String partName(String part, io.winback.report.ReportLanguage language) {
        return switch (part) {
            case "field" -> language.pick("поле", "field");
            case "op" -> language.pick("сравнение", "comparison");
            case "value" -> language.pick("значение", "value");
            case "days" -> language.pick("за дней", "within days");
            default -> language.pick("целиком", "as a whole");
        };
    }

    private static String both(String one, String other) {
        return one + "; " + other;
    }
}
