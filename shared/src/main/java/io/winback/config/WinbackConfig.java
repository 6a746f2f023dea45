package io.winback.config;

import io.winback.domain.Segment;
import io.winback.domain.SegmentPolicy;
import io.winback.domain.SleepPolicy;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every setting Winback reads, from environment variables (the SAM template sets them; the local runner passes
 * its own map). The names and defaults here are the ones README.md documents.
 */
public record WinbackConfig(
        String salesTable,
        String customersTable,
        List<String> webhookSecrets,
        long webhookToleranceSeconds,
        List<String> apiTokens,
        ZoneId shopZone,
        String defaultCurrency,
        String defaultCountryCode,
        SegmentPolicy segments,
        SleepPolicy sleep) {

    public static final String SALES_TABLE = "SALES_TABLE";
    public static final String CUSTOMERS_TABLE = "CUSTOMERS_TABLE";
    public static final String WEBHOOK_SECRETS = "WEBHOOK_SECRETS";
    public static final String WEBHOOK_TOLERANCE_SECONDS = "WEBHOOK_TOLERANCE_SECONDS";
    public static final String API_TOKENS = "API_TOKENS";
    public static final String SHOP_TIMEZONE = "SHOP_TIMEZONE";
    public static final String DEFAULT_CURRENCY = "DEFAULT_CURRENCY";
    public static final String DEFAULT_COUNTRY_CODE = "DEFAULT_COUNTRY_CODE";
    public static final String SEGMENT_FEW_FROM = "SEGMENT_FEW_FROM";
    public static final String SEGMENT_MANY_FROM = "SEGMENT_MANY_FROM";
    public static final String SLEEP_DAYS_ONE = "SLEEP_DAYS_ONE";
    public static final String SLEEP_DAYS_FEW = "SLEEP_DAYS_FEW";
    public static final String SLEEP_DAYS_MANY = "SLEEP_DAYS_MANY";
    public static final String SLEEP_DAYS_VIP = "SLEEP_DAYS_VIP";

    /** All variable names, for the test that checks the SAM template and README against this loader. */
    public static final List<String> VARIABLES = List.of(SALES_TABLE, CUSTOMERS_TABLE, WEBHOOK_SECRETS,
            WEBHOOK_TOLERANCE_SECONDS, API_TOKENS, SHOP_TIMEZONE, DEFAULT_CURRENCY, DEFAULT_COUNTRY_CODE,
            SEGMENT_FEW_FROM, SEGMENT_MANY_FROM, SLEEP_DAYS_ONE, SLEEP_DAYS_FEW, SLEEP_DAYS_MANY, SLEEP_DAYS_VIP);

    public static WinbackConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static WinbackConfig from(Map<String, String> env) {
        Reader r = new Reader(env);
        return new WinbackConfig(
                r.text(SALES_TABLE, "winback-sales"),
                r.text(CUSTOMERS_TABLE, "winback-customers"),
                r.list(WEBHOOK_SECRETS),
                r.number(WEBHOOK_TOLERANCE_SECONDS, 300),
                r.list(API_TOKENS),
                r.zone(SHOP_TIMEZONE, "Europe/Moscow"),
                r.text(DEFAULT_CURRENCY, "RUB"),
                r.text(DEFAULT_COUNTRY_CODE, "7"),
                new SegmentPolicy((int) r.number(SEGMENT_FEW_FROM, 2), (int) r.number(SEGMENT_MANY_FROM, 4)),
                new SleepPolicy(Map.of(
                        Segment.ONE, (int) r.number(SLEEP_DAYS_ONE, 66),
                        Segment.FEW, (int) r.number(SLEEP_DAYS_FEW, 80),
                        Segment.MANY, (int) r.number(SLEEP_DAYS_MANY, 90),
                        Segment.VIP, (int) r.number(SLEEP_DAYS_VIP, 90))));
    }

    private record Reader(Map<String, String> env) {
        String text(String name, String fallback) {
            String value = env.get(name);
            return value == null || value.isBlank() ? fallback : value.strip();
        }

        List<String> list(String name) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                return List.of();
            }
            return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        long number(String name, long fallback) {
            String value = text(name, null);
            if (value == null) {
                return fallback;
            }
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(name + " must be a whole number, got '" + value + "'");
            }
        }

        ZoneId zone(String name, String fallback) {
            String value = text(name, fallback);
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new IllegalStateException(name + " must be an IANA time zone such as Europe/Moscow, got '"
                        + value + "'");
            }
        }
    }
}
