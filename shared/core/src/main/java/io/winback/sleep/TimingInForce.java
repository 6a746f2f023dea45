package io.winback.sleep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which timing decides when a customer falls asleep, as the timing job last left it: the shop's own BG/NBD model
 * ({@link Model}) where it beat the playbook on the shop's backtest, else the playbook ({@link Playbook}) and why.
 * The daily check, the stream and the pages read it; only the job writes it.
 */
public sealed interface TimingInForce {

    /** The day of the customers' histories the job fitted and tested on (the shop's day of its run). */
    LocalDate asOf();

    Instant fittedAt();

    /** "bgnbd" or "playbook", as the API and the card write it. */
    String name();

    /**
     * The model: BG/NBD parameters in days ({@code r}, {@code alpha}, {@code a}, {@code b}), and the sleep day's
     * rule: the first day on which, if the customer is still silent, the probability of no purchase in the next
     * {@code windowDays} reaches {@code threshold} (chosen so that as many fall asleep each month as under the
     * playbook, or a configured volume).
     */
    record Model(double r, double alpha, double a, double b, double threshold, int windowDays, LocalDate asOf,
                 Instant fittedAt) implements TimingInForce {
        public Model {
            for (double p : new double[] {r, alpha, a, b}) {
                if (!(p > 0) || Double.isInfinite(p)) {
                    throw new IllegalArgumentException("BG/NBD parameters are positive and finite: " + p);
                }
            }
            if (!(threshold > 0 && threshold < 1)) {
                throw new IllegalArgumentException("the threshold is a probability between 0 and 1: " + threshold);
            }
            if (windowDays < 1) {
                throw new IllegalArgumentException("the window is at least a day: " + windowDays);
            }
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(fittedAt, "fittedAt");
        }

        @Override
        public String name() {
            return "bgnbd";
        }
    }

    /**
     * The playbook's days by band, and why not the model: {@code reason} one of {@link PlaybookReason}, said in
     * words by the report.
     */
    record Playbook(PlaybookReason reason, LocalDate asOf, Instant fittedAt) implements TimingInForce {
        public Playbook {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String name() {
            return "playbook";
        }
    }

    /** Why the playbook stays. */
    enum PlaybookReason {
        /** The job has not run yet. */
        NOT_FITTED,
        /** Fewer customers with a repeat purchase than the minimum. */
        TOO_FEW_CUSTOMERS,
        /** Less history than the backtest needs (a year of cutoffs and their 90 days after). */
        TOO_LITTLE_HISTORY,
        /** The model did not beat the playbook on the shop's own backtest. */
        NO_GAIN,
        /** The fit did not converge. */
        NO_FIT;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Before any run of the job. */
    TimingInForce NONE = new Playbook(PlaybookReason.NOT_FITTED, null, null);
}
