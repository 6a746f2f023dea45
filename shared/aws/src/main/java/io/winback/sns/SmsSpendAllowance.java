package io.winback.sns;

import io.winback.log.EmbeddedMetric;
import io.winback.log.JsonLog;
import io.winback.messages.SmsSpendLimit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Whether the next SMS fits under the account's monthly SMS spend limit ({@link SmsSpendLimit}), from figures read at
 * most once a {@link #FRESH_FOR} (two requests a minute per worker instance, whatever it sends) plus what this
 * process published since the moment the month-to-date figure stands for, each SMS at its parts times
 * {@code SMS_PRICE_USD}.
 *
 * <p>Figures that cannot be read (no permission, throttled) hold nothing back: they are logged and the SMS goes, SNS's
 * own limit then being the only one, as before this check. Tried again after {@link #FRESH_FOR}.
 */
final class SmsSpendAllowance {
    private static final JsonLog LOG = JsonLog.forClass(SmsSpendAllowance.class);
    static final Duration FRESH_FOR = Duration.ofMinutes(1);
    /** The count an alarm in template.yaml watches: one per reading that found the limit reached. */
    static final String REACHED_METRIC = "SmsSpendLimitReached";
    /** Longer than the month-to-date figure ever lags: an SMS published this long ago is in it. */
    private static final Duration SURELY_COUNTED = Duration.ofHours(1);

    private final SnsSpendFigures figures;
    private final BigDecimal pricePerPartUsd;
    private final String function;
    private final Clock clock;
    private final Deque<Published> published = new ArrayDeque<>();
    private SnsSpendFigures.Figures reading;
    private Instant readAt;
    private boolean reachedReported;

    private record Published(Instant at, BigDecimal usd) {
    }

    /** @param function the function that sends, the metric's dimension */
    SmsSpendAllowance(SnsSpendFigures figures, BigDecimal pricePerPartUsd, String function, Clock clock) {
        this.figures = figures;
        this.pricePerPartUsd = pricePerPartUsd;
        this.function = function;
        this.clock = clock;
    }

    /** Null when an SMS of {@code text} may go; otherwise why it must wait (spent and limit, no phone). */
    synchronized String refusal(String text) {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(FRESH_FOR))) {
            read(now);
        }
        if (reading == null) {
            return null;
        }
        BigDecimal unreported = publishedSince(reading.spentAsOf());
        BigDecimal spent = reading.spentUsd().add(unreported);
        BigDecimal message = SmsSpendLimit.costOf(text, pricePerPartUsd);
        if (new SmsSpendLimit(reading.limitUsd()).check(spent, message) instanceof SmsSpendLimit.Verdict.Reached reached) {
            if (!reachedReported) {
                reachedReported = true;
                Object[] fields = {"spentUsd", reading.spentUsd().toPlainString(), "spentAsOf",
                        reading.spentAsOf().toString(), "publishedSinceUsd", unreported.toPlainString(),
                        "messageUsd", message.toPlainString(), "limitUsd", reading.limitUsd().toPlainString()};
                Object[] metric = EmbeddedMetric.count(REACHED_METRIC, 1, function, now);
                Object[] line = java.util.Arrays.copyOf(fields, fields.length + metric.length);
                System.arraycopy(metric, 0, line, fields.length, metric.length);
                LOG.warn("sms_spend_limit_reached", line);
            }
            return reached.reason();
        }
        return null;
    }

    /** An SMS of {@code text} went out, or may have: it counts until the month-to-date figure shows it. */
    synchronized void published(String text) {
        published.addLast(new Published(clock.instant(), SmsSpendLimit.costOf(text, pricePerPartUsd)));
    }

    private void read(Instant now) {
        readAt = now;
        reachedReported = false;
        forgetPublishedBefore(now.minus(SURELY_COUNTED));
        try {
            reading = figures.read(now);
        } catch (RuntimeException e) {
            // Whatever went wrong reading, the SMS must not end as an escaped exception (taken for "may have gone
            // out", the touch lost): it goes, under SNS's own limit.
            reading = null;
            LOG.warn("sms_spend_unreadable", "reason", e instanceof SnsSpendFigures.Unreadable
                    ? e.getMessage() : e.getClass().getSimpleName());
            return;
        }
        // What the figure already shows need not be counted again.
        forgetPublishedBefore(reading.spentAsOf());
    }

    private void forgetPublishedBefore(Instant instant) {
        while (!published.isEmpty() && published.peekFirst().at().isBefore(instant)) {
            published.removeFirst();
        }
    }

    private BigDecimal publishedSince(Instant asOf) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Published p : published) {
            if (!p.at().isBefore(asOf)) {
                sum = sum.add(p.usd());
            }
        }
        return sum;
    }
}
