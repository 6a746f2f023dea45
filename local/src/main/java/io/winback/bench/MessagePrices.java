package io.winback.bench;

/**
 * What the SMS and email providers charge, kept apart from the platform's cost because it depends on the country
 * and the contract, not on Winback. Set with the system property or environment variable of the same name:
 * {@code WINBACK_SMS_PRICE_USD} per SMS part (default 0.05, a typical international A2P rate) and
 * {@code WINBACK_EMAIL_PRICE_USD} per email (default 0.0001, SES's $0.10 per 1,000).
 */
record MessagePrices(double usdPerSmsPart, double usdPerEmail) {
    static final String SMS_PRICE = "WINBACK_SMS_PRICE_USD";
    static final String EMAIL_PRICE = "WINBACK_EMAIL_PRICE_USD";
    static final double DEFAULT_SMS_PRICE = 0.05;
    static final double DEFAULT_EMAIL_PRICE = 0.0001;

    static MessagePrices configured() {
        return new MessagePrices(setting(SMS_PRICE, DEFAULT_SMS_PRICE), setting(EMAIL_PRICE, DEFAULT_EMAIL_PRICE));
    }

    private static double setting(String name, double fallback) {
        String value = System.getProperty(name, System.getenv(name));
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a price in USD such as 0.05, got '" + value + "'");
        }
    }
}
