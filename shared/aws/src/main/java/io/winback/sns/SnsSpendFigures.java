package io.winback.sns;

import io.winback.messages.SmsSpendLimit;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import io.winback.aws.LazyClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.sns.SnsClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The account's two figures the SMS spend limit is held to: the limit itself ({@code MonthlySpendLimit}, SNS
 * {@code GetSMSAttributes}; unset, AWS's default of 1 USD) and what the month has cost so far (CloudWatch's
 * {@code AWS/SNS SMSMonthToDateSpentUSD}, the latest figure of the calendar month, UTC, as AWS bills it). No figure
 * this month means no SMS yet: 0.
 */
final class SnsSpendFigures {
    static final String LIMIT_ATTRIBUTE = "MonthlySpendLimit";
    static final String NAMESPACE = "AWS/SNS";
    static final String METRIC = "SMSMonthToDateSpentUSD";
    /** The recent figures are read by the minute, to know the moment the latest one stands for. */
    private static final Duration RECENT = Duration.ofHours(1);

    private final LazyClient<SnsClient> sns;
    private final LazyClient<CloudWatchClient> cloudWatch;

    SnsSpendFigures(LazyClient<SnsClient> sns, LazyClient<CloudWatchClient> cloudWatch) {
        this.sns = sns;
        this.cloudWatch = cloudWatch;
    }

    /**
     * The limit and the month's spend as of {@code spentAsOf}: the start of the minute (or hour) of the latest figure,
     * from which on whatever was published may not be in it yet.
     */
    record Figures(BigDecimal limitUsd, BigDecimal spentUsd, Instant spentAsOf) {
    }

    /** A figure could not be read (no permission, throttled, no answer, not a number). */
    static final class Unreadable extends RuntimeException {
        Unreadable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    Figures read(Instant now) {
        BigDecimal limit = limit();
        Instant monthStart = now.atZone(ZoneOffset.UTC).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).toInstant();
        Instant recentFrom = now.minus(RECENT).isAfter(monthStart) ? now.minus(RECENT) : monthStart;
        Datapoint latest = latest(recentFrom, now, 60);
        if (latest == null && recentFrom.isAfter(monthStart)) {
            // No SMS in the last hour: the month's figure stands where the last one left it (by the hour: a month
            // of minutes is more than one request may return).
            latest = latest(monthStart, now, 3600);
        }
        if (latest == null) {
            return new Figures(limit, BigDecimal.ZERO, monthStart);
        }
        return new Figures(limit, BigDecimal.valueOf(latest.maximum()), latest.timestamp());
    }

    private BigDecimal limit() {
        String text;
        try {
            text = sns.get().getSMSAttributes(r -> r.attributes(LIMIT_ATTRIBUTE)).attributes().get(LIMIT_ATTRIBUTE);
        } catch (RuntimeException e) {
            throw new Unreadable("SNS GetSMSAttributes: " + reason(e), e);
        }
        if (text == null || text.isBlank()) {
            return SmsSpendLimit.AWS_DEFAULT_USD;
        }
        try {
            BigDecimal limit = new BigDecimal(text.strip());
            if (limit.signum() >= 0) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Unreadable(LIMIT_ATTRIBUTE + " is not an amount of 0 USD or more: '" + text + "'", null);
    }

    private Datapoint latest(Instant from, Instant to, int periodSeconds) {
        List<Datapoint> points;
        try {
            points = cloudWatch.get().getMetricStatistics(r -> r.namespace(NAMESPACE).metricName(METRIC)
                    .startTime(from).endTime(to).period(periodSeconds).statistics(Statistic.MAXIMUM)).datapoints();
        } catch (RuntimeException e) {
            throw new Unreadable("CloudWatch GetMetricStatistics: " + reason(e), e);
        }
        return points.stream().filter(p -> p.maximum() != null && p.timestamp() != null)
                .max(Comparator.comparing(Datapoint::timestamp)).orElse(null);
    }

    /** Status and error code only, as the gateway logs SNS's failures. */
    private static String reason(RuntimeException e) {
        if (e instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
            return service.statusCode() + " " + (code == null ? service.getClass().getSimpleName() : code);
        }
        return e.getClass().getSimpleName();
    }
}
