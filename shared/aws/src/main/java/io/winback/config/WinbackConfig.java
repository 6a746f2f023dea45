package io.winback.config;

import io.winback.chain.CatchUpWindow;
import io.winback.chain.FrequencyCap;
import io.winback.chain.Holdout;
import io.winback.chain.QuietHours;
import io.winback.domain.PurchaseBand;
import io.winback.domain.PurchaseBandPolicy;
import io.winback.domain.SleepPolicy;
import io.winback.money.Money;
import io.winback.report.reactivation.MessagePrices;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every setting Winback reads, from environment variables (the SAM template sets them; the local runner passes
 * its own map). The names and defaults here are the ones docs/configuration.md documents.
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
        PurchaseBandPolicy bands,
        SleepPolicy sleep,
        ChainSettings chains,
        String saleLinesTable,
        MessagePrices messagePrices,
        Long timingMonthlyVolume) {

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
    public static final String CHAINS_TABLE = "CHAINS_TABLE";
    public static final String MAX_LATE_DAYS = "MAX_LATE_DAYS";
    public static final String QUIET_HOURS = "QUIET_HOURS";
    public static final String FREQUENCY_CAP_TOUCHES = "FREQUENCY_CAP_TOUCHES";
    public static final String FREQUENCY_CAP_DAYS = "FREQUENCY_CAP_DAYS";
    public static final String HOLDOUT_PERCENT = "HOLDOUT_PERCENT";
    public static final String HOLDOUT_SALT = "HOLDOUT_SALT";
    public static final String WORK_QUEUE_URL = "WORK_QUEUE_URL";
    public static final String EMAIL_FROM = "EMAIL_FROM";
    public static final String SMS_SENDER_ID = "SMS_SENDER_ID";
    public static final String PUBLIC_BASE_URL = "PUBLIC_BASE_URL";
    public static final String UNSUBSCRIBE_SECRETS = "UNSUBSCRIBE_SECRETS";
    public static final String STORE_NAME = "STORE_NAME";
    public static final String SENDS_PER_SECOND = "SENDS_PER_SECOND";
    /** The buyers index: sale lines by product and shop day (see SaleLinesTable). */
    public static final String SALE_LINES_TABLE = "SALE_LINES_TABLE";
    public static final String SMS_PRICE = "SMS_PRICE";
    public static final String EMAIL_PRICE = "EMAIL_PRICE";
    /**
     * What SNS charges for one SMS part to the shop's country, in USD: how the worker counts the SMS it published
     * that SNS's month-to-date figure does not show yet, against the account's monthly SMS spend limit.
     */
    public static final String SMS_PRICE_USD = "SMS_PRICE_USD";
    public static final BigDecimal DEFAULT_SMS_PRICE_USD = new BigDecimal("0.05");
    /** The most any bonus may be, whatever a chain configuration says: a stack parameter, not an API setting. */
    public static final String MAX_BONUS = "MAX_BONUS";
    /**
     * How many customers the shop's timing model should put to sleep a month (its threshold chosen for it); unset:
     * as many as the playbook does on the shop's own history (same budget, better aim).
     */
    public static final String TIMING_MONTHLY_VOLUME = "TIMING_MONTHLY_VOLUME";
    /**
     * The SQS queue a whole-base job (segments, timing) sends its own slices to: each of those functions has its
     * own queue under this one name. Unset, the job cannot fan out (the local runner works slices in process).
     */
    public static final String SLICES_QUEUE_URL = "SLICES_QUEUE_URL";
    public static final BigDecimal DEFAULT_MAX_BONUS = new BigDecimal("1000");

    /** All variable names, for the test that checks the SAM template and docs/configuration.md against this loader. */
    public static final List<String> VARIABLES = List.of(SALES_TABLE, CUSTOMERS_TABLE, WEBHOOK_SECRETS,
            WEBHOOK_TOLERANCE_SECONDS, API_TOKENS, SHOP_TIMEZONE, DEFAULT_CURRENCY, DEFAULT_COUNTRY_CODE,
            SEGMENT_FEW_FROM, SEGMENT_MANY_FROM, SLEEP_DAYS_ONE, SLEEP_DAYS_FEW, SLEEP_DAYS_MANY, SLEEP_DAYS_VIP,
            CHAINS_TABLE, MAX_LATE_DAYS, QUIET_HOURS, FREQUENCY_CAP_TOUCHES, FREQUENCY_CAP_DAYS, HOLDOUT_PERCENT,
            HOLDOUT_SALT, WORK_QUEUE_URL, EMAIL_FROM, SMS_SENDER_ID, PUBLIC_BASE_URL, UNSUBSCRIBE_SECRETS, STORE_NAME,
            SENDS_PER_SECOND, SALE_LINES_TABLE, SMS_PRICE, EMAIL_PRICE, MAX_BONUS, TIMING_MONTHLY_VOLUME,
            SLICES_QUEUE_URL, SMS_PRICE_USD);

    /**
     * The keyed hash of erased customers' keys (their tombstones and pseudonyms), keyed by {@code HOLDOUT_SALT}: a
     * secret that already must never change, as the hash must not, or tombstones stop matching.
     */
    public io.winback.erasure.CustomerKeyHash erasedKeys() {
        return new io.winback.erasure.CustomerKeyHash(chains.holdout().salt());
    }

    /** The function's own slices queue ({@link #SLICES_QUEUE_URL}); null when unset. */
    public static String slicesQueueUrl() {
        return new Reader(System.getenv()).text(SLICES_QUEUE_URL, null);
    }

    public static WinbackConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static WinbackConfig from(Map<String, String> env) {
        Reader r = new Reader(env);
        ZoneId zone = r.zone(SHOP_TIMEZONE, "Europe/Moscow");
        return new WinbackConfig(
                r.text(SALES_TABLE, "winback-sales"),
                r.text(CUSTOMERS_TABLE, "winback-customers"),
                r.list(WEBHOOK_SECRETS),
                r.number(WEBHOOK_TOLERANCE_SECONDS, 300),
                r.list(API_TOKENS),
                zone,
                r.text(DEFAULT_CURRENCY, "RUB"),
                r.text(DEFAULT_COUNTRY_CODE, "7"),
                new PurchaseBandPolicy((int) r.number(SEGMENT_FEW_FROM, 2), (int) r.number(SEGMENT_MANY_FROM, 4)),
                new SleepPolicy(Map.of(
                        PurchaseBand.ONE, (int) r.number(SLEEP_DAYS_ONE, 66),
                        PurchaseBand.FEW, (int) r.number(SLEEP_DAYS_FEW, 80),
                        PurchaseBand.MANY, (int) r.number(SLEEP_DAYS_MANY, 90),
                        PurchaseBand.VIP, (int) r.number(SLEEP_DAYS_VIP, 90))),
                chainSettings(r, zone),
                r.text(SALE_LINES_TABLE, "winback-sale-lines"),
                new MessagePrices(r.price(SMS_PRICE, MessagePrices.DEFAULT_SMS),
                        r.price(EMAIL_PRICE, MessagePrices.DEFAULT_EMAIL)),
                monthlyVolume(r.text(TIMING_MONTHLY_VOLUME, null)));
    }

    /** Unset or blank: the playbook's volume (null); otherwise a whole number of customers a month, 1 or more. */
    private static Long monthlyVolume(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long volume = Long.parseLong(text.strip());
            if (volume >= 1) {
                return volume;
            }
        } catch (NumberFormatException e) {
            // said below, with the value
        }
        throw new IllegalStateException(TIMING_MONTHLY_VOLUME + " must be a whole number of customers a month, 1 or"
                + " more, or empty for the playbook's volume; got '" + text + "'");
    }

    private static ChainSettings chainSettings(Reader r, ZoneId zone) {
        String quiet = r.text(QUIET_HOURS, "21:00-09:00");
        String[] bounds = quiet.split("-");
        LocalTime quietFrom;
        LocalTime quietTo;
        try {
            if (bounds.length != 2) {
                throw new DateTimeException("two times expected");
            }
            quietFrom = LocalTime.parse(bounds[0].strip());
            quietTo = LocalTime.parse(bounds[1].strip());
        } catch (DateTimeException e) {
            throw new IllegalStateException(QUIET_HOURS + " must be HH:MM-HH:MM in shop time, such as 21:00-09:00, got '"
                    + quiet + "'");
        }
        long holdoutPercent = r.number(HOLDOUT_PERCENT, 10);
        if (holdoutPercent < 0 || holdoutPercent > 50) {
            throw new IllegalStateException(HOLDOUT_PERCENT + " must be a whole percentage from 0 to 50, got " + holdoutPercent);
        }
        String baseUrl = r.text(PUBLIC_BASE_URL, "http://localhost:8080");
        String rate = r.text(SENDS_PER_SECOND, "10");
        double sendsPerSecond;
        try {
            sendsPerSecond = Double.parseDouble(rate);
        } catch (NumberFormatException e) {
            sendsPerSecond = -1;
        }
        if (!(sendsPerSecond > 0)) {
            throw new IllegalStateException(SENDS_PER_SECOND + " must be a positive number, got '" + rate + "'");
        }
        return new ChainSettings(
                r.text(CHAINS_TABLE, "winback-chains"),
                new CatchUpWindow((int) r.number(MAX_LATE_DAYS, 30)),
                new QuietHours(quietFrom, quietTo, zone),
                new FrequencyCap((int) r.number(FREQUENCY_CAP_TOUCHES, 2), Duration.ofDays(r.number(FREQUENCY_CAP_DAYS, 7))),
                new Holdout(holdoutPercent / 100.0, r.text(HOLDOUT_SALT, "winback-holdout")),
                r.text(WORK_QUEUE_URL, null),
                r.text(EMAIL_FROM, null),
                r.text(SMS_SENDER_ID, null),
                URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/"),
                r.list(UNSUBSCRIBE_SECRETS),
                r.text(STORE_NAME, "Наш магазин"),
                sendsPerSecond,
                r.maxBonus(MAX_BONUS, DEFAULT_MAX_BONUS),
                r.money(SMS_PRICE_USD, DEFAULT_SMS_PRICE_USD, price -> price.signum() >= 0,
                        "SNS's price of one SMS part in USD, 0 or more, such as 0.05"));
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

        /** A price in the shop's currency, such as 4.50; 0 or more. */
        BigDecimal price(String name, BigDecimal fallback) {
            return money(name, fallback, price -> price.signum() >= 0,
                    "a price of 0 or more in the shop's currency, such as 4.50");
        }

        /** An amount of money above 0 with at most 2 decimals, such as 1000. */
        BigDecimal maxBonus(String name, BigDecimal fallback) {
            return money(name, fallback, amount -> Money.positive(amount) instanceof Money.Read.Accepted,
                    "an amount above 0 with at most 2 decimals in the shop's currency, such as 1000");
        }

        BigDecimal money(String name, BigDecimal fallback, java.util.function.Predicate<BigDecimal> valid,
                                 String what) {
            String value = text(name, null);
            if (value == null) {
                return fallback;
            }
            try {
                BigDecimal amount = new BigDecimal(value);
                if (valid.test(amount)) {
                    return amount;
                }
            } catch (NumberFormatException e) {
                // Reported below.
            }
            throw new IllegalStateException(name + " must be " + what + ", got '" + value + "'");
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

    /** Where a customer stands (active, sleeping, lost) by these settings: the bands, sleep days and MAX_LATE_DAYS. */
    public io.winback.domain.Standing.Policy standing() {
        return new io.winback.domain.Standing.Policy(bands, sleep, chains.catchUp().maxLateDays());
    }
}
