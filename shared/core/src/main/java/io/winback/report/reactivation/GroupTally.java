package io.winback.report.reactivation;

import io.winback.chain.Channel;
import io.winback.chain.Conversion;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of one group (treated or holdout) of one chain, for the whole chain or one of its steps, added up as
 * episodes stream past. For a step, "entered" means reached the step (a touch was taken) and a conversion counts when
 * it was credited to that step's touch; for the chain, everyone who entered and every credited conversion.
 */
public final class GroupTally {
    private long entered;
    private long converted;
    private Moments revenue = Moments.NONE;
    private BigDecimal bonusSpent = BigDecimal.ZERO;
    private long sent;
    private long unknown;
    private long failed;
    private long callTasks;
    private long bonusOnly;
    private long heldBack;
    private long smsMessages;
    private long emails;
    private long messaged;
    private long convertedMessaged;
    /** Σ and count of what a customer won back was worth, over those who entered with it recorded. */
    private BigDecimal recordedValue = BigDecimal.ZERO;
    private long valued;
    /** What the messages cost as recorded when sent; messages recorded without a charge are counted apart. */
    private BigDecimal recordedMessageCost = BigDecimal.ZERO;
    private long unchargedSms;
    private long unchargedEmails;
    private final Map<String, Long> skipped = new TreeMap<>();
    private final Map<String, Long> deferred = new TreeMap<>();

    /**
     * One customer in: {@code credited} their conversion (null if none), {@code wasMessaged} if a message went out,
     * {@code value} what a customer won back was worth when their episode started (null if not recorded).
     */
    void enter(Conversion credited, boolean wasMessaged, BigDecimal value) {
        entered++;
        if (value != null) {
            recordedValue = recordedValue.add(value);
            valued++;
        }
        revenue = revenue.plus(credited == null || credited.revenue() == null ? BigDecimal.ZERO : credited.revenue());
        if (credited != null) {
            converted++;
            if (credited.bonusRedeemed() != null) {
                bonusSpent = bonusSpent.add(credited.bonusRedeemed());
            }
        }
        if (wasMessaged) {
            messaged++;
            convertedMessaged += credited != null ? 1 : 0;
        }
    }

    /** One touch taken (in its final state). */
    void touch(Touch touch) {
        switch (touch.status()) {
            case SENT -> sent++;
            case UNKNOWN -> unknown++;
            case FAILED -> failed++;
            case CALL_TASK -> callTasks++;
            case BONUS_ONLY -> bonusOnly++;
            // The holdout is decided like everyone else: a reason means it would have been skipped.
            case HOLDOUT -> {
                if (touch.reason() == null) {
                    heldBack++;
                } else {
                    skipped.merge(touch.reason(), 1L, Long::sum);
                }
            }
            case SKIPPED -> skipped.merge(touch.reason() == null ? "unknown" : touch.reason(), 1L, Long::sum);
            default -> {
            }
        }
        if (isMessage(touch)) {
            if (touch.channel() == Channel.SMS) {
                smsMessages++;
            } else {
                emails++;
            }
            if (touch.charge() != null) {
                recordedMessageCost = recordedMessageCost.add(touch.charge().cost());
            } else if (touch.channel() == Channel.SMS) {
                unchargedSms++;
            } else {
                unchargedEmails++;
            }
        }
    }

    /**
     * The group as named numbers, the form it is kept in ({@link KeptFigure}): each count, Σ and Σ² under a short
     * name, skips and deferrals under {@code s.<reason>} and {@code d.<reason>}; zeros left out.
     */
    public Map<String, BigDecimal> counters() {
        Map<String, BigDecimal> c = new TreeMap<>();
        put(c, "n", entered);
        put(c, "cv", converted);
        put(c, "rn", revenue.n());
        put(c, "rs", revenue.sum());
        put(c, "rq", revenue.sumOfSquares());
        put(c, "bs", bonusSpent);
        put(c, "se", sent);
        put(c, "un", unknown);
        put(c, "fa", failed);
        put(c, "ct", callTasks);
        put(c, "bo", bonusOnly);
        put(c, "hb", heldBack);
        put(c, "sm", smsMessages);
        put(c, "em", emails);
        put(c, "me", messaged);
        put(c, "cm", convertedMessaged);
        put(c, "vs", recordedValue);
        put(c, "vn", valued);
        put(c, "mc", recordedMessageCost);
        put(c, "us", unchargedSms);
        put(c, "ue", unchargedEmails);
        skipped.forEach((reason, n) -> put(c, SKIPPED + reason, n));
        deferred.forEach((reason, n) -> put(c, DEFERRED + reason, n));
        return c;
    }

    /** Adds counters as {@link #counters()} names them: a kept figure read back. */
    void add(Map<String, BigDecimal> c) {
        entered += whole(c, "n");
        converted += whole(c, "cv");
        revenue = new Moments(revenue.n() + whole(c, "rn"), revenue.sum().add(c.getOrDefault("rs", BigDecimal.ZERO)),
                revenue.sumOfSquares().add(c.getOrDefault("rq", BigDecimal.ZERO)));
        bonusSpent = bonusSpent.add(c.getOrDefault("bs", BigDecimal.ZERO));
        sent += whole(c, "se");
        unknown += whole(c, "un");
        failed += whole(c, "fa");
        callTasks += whole(c, "ct");
        bonusOnly += whole(c, "bo");
        heldBack += whole(c, "hb");
        smsMessages += whole(c, "sm");
        emails += whole(c, "em");
        messaged += whole(c, "me");
        convertedMessaged += whole(c, "cm");
        recordedValue = recordedValue.add(c.getOrDefault("vs", BigDecimal.ZERO));
        valued += whole(c, "vn");
        recordedMessageCost = recordedMessageCost.add(c.getOrDefault("mc", BigDecimal.ZERO));
        unchargedSms += whole(c, "us");
        unchargedEmails += whole(c, "ue");
        c.forEach((name, value) -> {
            if (name.startsWith(SKIPPED) && value.signum() != 0) {
                skipped.merge(name.substring(SKIPPED.length()), value.longValueExact(), Long::sum);
            } else if (name.startsWith(DEFERRED) && value.signum() != 0) {
                deferred.merge(name.substring(DEFERRED.length()), value.longValueExact(), Long::sum);
            }
        });
        skipped.values().removeIf(n -> n == 0);
        deferred.values().removeIf(n -> n == 0);
    }

    private static final String SKIPPED = "s.";
    private static final String DEFERRED = "d.";

    private static void put(Map<String, BigDecimal> c, String name, long n) {
        if (n != 0) {
            c.put(name, BigDecimal.valueOf(n));
        }
    }

    private static void put(Map<String, BigDecimal> c, String name, BigDecimal n) {
        if (n.signum() != 0) {
            c.put(name, n);
        }
    }

    private static long whole(Map<String, BigDecimal> c, String name) {
        BigDecimal n = c.get(name);
        return n == null ? 0 : n.longValueExact();
    }

    void defer(String reason, long times) {
        deferred.merge(reason, times, Long::sum);
    }

    /** A message reached, or may have reached, the customer. */
    static boolean isMessage(Touch touch) {
        return touch.channel() != null && (touch.status() == TouchStatus.SENT || touch.status() == TouchStatus.UNKNOWN);
    }

    public long entered() {
        return entered;
    }

    public long converted() {
        return converted;
    }

    /** Converted / entered; null when nobody entered. */
    public Double conversionRate() {
        return entered == 0 ? null : (double) converted / entered;
    }

    public Moments revenue() {
        return revenue;
    }

    public BigDecimal bonusSpent() {
        return bonusSpent;
    }

    public long sent() {
        return sent;
    }

    public long unknown() {
        return unknown;
    }

    public long failed() {
        return failed;
    }

    public long callTasks() {
        return callTasks;
    }

    public long bonusOnly() {
        return bonusOnly;
    }

    /** Holdout touches that would have gone out: nothing was sent or given. */
    public long heldBack() {
        return heldBack;
    }

    /** The mean of what a customer won back was worth, as recorded at each episode's start; null if none was. */
    public BigDecimal recordedValuePerCustomer() {
        return valued == 0 ? null : recordedValue.divide(BigDecimal.valueOf(valued), java.math.MathContext.DECIMAL64);
    }

    /**
     * What the messages cost: each as recorded when it went out; those recorded before charges were (no charge on
     * the touch) at {@code prices}, one part each.
     */
    public BigDecimal messageCost(MessagePrices prices) {
        return recordedMessageCost.add(prices.costOf(unchargedSms, unchargedEmails));
    }

    public long smsMessages() {
        return smsMessages;
    }

    public long emails() {
        return emails;
    }

    /** Customers who got at least one message (sent or maybe sent). */
    public long messaged() {
        return messaged;
    }

    public long convertedMessaged() {
        return convertedMessaged;
    }

    /** The naive "conversion of those messaged": converted among those messaged; null when nobody was. */
    public Double naiveConversionRate() {
        return messaged == 0 ? null : (double) convertedMessaged / messaged;
    }

    public Map<String, Long> skipped() {
        return Map.copyOf(skipped);
    }

    public Map<String, Long> deferred() {
        return Map.copyOf(deferred);
    }
}
