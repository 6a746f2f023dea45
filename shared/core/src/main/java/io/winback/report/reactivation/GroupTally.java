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
