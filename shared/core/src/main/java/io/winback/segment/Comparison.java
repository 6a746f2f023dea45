package io.winback.segment;

/** How a condition compares a customer's figure with the value the marketer wrote. */
public enum Comparison {
    AT_LEAST(">="), MORE_THAN(">"), AT_MOST("<="), LESS_THAN("<"), EQUAL("="), NOT_EQUAL("!=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** As definitions write it: {@code >=}, {@code >}, {@code <=}, {@code <}, {@code =}, {@code !=}. */
    public String symbol() {
        return symbol;
    }

    /** The comparison written {@code symbol}; null when there is none. */
    public static Comparison ofSymbol(String symbol) {
        for (Comparison comparison : values()) {
            if (comparison.symbol.equals(symbol)) {
                return comparison;
            }
        }
        return null;
    }

    /** Whether a figure that compares to the value as {@code compareTo} says ({@code <0}, 0, {@code >0}) passes. */
    public boolean test(int compareTo) {
        return switch (this) {
            case AT_LEAST -> compareTo >= 0;
            case MORE_THAN -> compareTo > 0;
            case AT_MOST -> compareTo <= 0;
            case LESS_THAN -> compareTo < 0;
            case EQUAL -> compareTo == 0;
            case NOT_EQUAL -> compareTo != 0;
        };
    }
}
