package io.winback.segment;

import io.winback.domain.CustomProperty;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a custom property compares with the value a condition names, by its declared type: numbers and dates are
 * ordered (every comparison); texts and flags are only equal or not (a text's order by code points would surprise a
 * marketer: "Тверь" before "москва"), and texts match exactly as the card holds them. A date property holds a fixed
 * day: comparing it never flips by time (a "date within days" condition would be a different condition).
 */
public final class PropertyOrder {
    private static final Set<Comparison> EQUALITY = EnumSet.of(Comparison.EQUAL, Comparison.NOT_EQUAL);

    private PropertyOrder() {
    }

    public static boolean allows(CustomProperty value, Comparison op) {
        return comparisonsOf(value).contains(op);
    }

    /** The comparisons a property of {@code value}'s type admits. */
    public static Set<Comparison> comparisonsOf(CustomProperty value) {
        return value instanceof CustomProperty.Number || value instanceof CustomProperty.Date
                ? EnumSet.allOf(Comparison.class) : EQUALITY;
    }

    /** {@code own} against {@code value}, both of one type, as {@link Comparable#compareTo} answers. */
    static int compare(CustomProperty own, CustomProperty value) {
        return switch (own) {
            case CustomProperty.Number number -> number.value().compareTo(((CustomProperty.Number) value).value());
            case CustomProperty.Date date -> date.value().compareTo(((CustomProperty.Date) value).value());
            case CustomProperty.Text text -> text.value().equals(value.value()) ? 0 : 1;
            case CustomProperty.Flag flag -> flag.value().equals(value.value()) ? 0 : 1;
        };
    }
}
