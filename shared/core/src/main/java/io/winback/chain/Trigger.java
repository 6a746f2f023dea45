package io.winback.chain;

import java.time.LocalDate;

/**
 * What starts a chain for a customer. The engine only needs an occasion's id (so a retried start finds the episode
 * it already began) and its day; a new trigger (replenishment, birthday, cross-sell) is a new record here and an
 * index that lists its occasions, not a change to the engine.
 */
public sealed interface Trigger permits Trigger.FellAsleep {

    /** The trigger's name in configuration and in episode ids. */
    String name();

    /** This trigger firing for one customer on one day. */
    default Occasion on(LocalDate day) {
        return new Occasion(this, day);
    }

    /** The customer's sleep day came: the days since their last visit reached their segment's threshold. */
    record FellAsleep() implements Trigger {
        public static final String NAME = "fell-asleep";

        @Override
        public String name() {
            return NAME;
        }
    }

    static Trigger named(String name) {
        if (FellAsleep.NAME.equals(name)) {
            return new FellAsleep();
        }
        throw new IllegalArgumentException("unknown trigger " + name + "; known: " + FellAsleep.NAME);
    }

    /** A trigger that fired on {@code day}; its id names the episode it starts, one per customer and occasion. */
    record Occasion(Trigger trigger, LocalDate day) {
        public String episodeId() {
            return trigger.name() + "@" + day;
        }

        /**
         * The day of the occasion an episode id names (the part after {@code @}): the day its customer entered the
         * chain, which the campaign report's period is made of. Null for an id of another shape.
         */
        public static LocalDate dayOf(String episodeId) {
            int at = episodeId == null ? -1 : episodeId.lastIndexOf('@');
            if (at < 0) {
                return null;
            }
            try {
                return LocalDate.parse(episodeId.substring(at + 1));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
    }
}
