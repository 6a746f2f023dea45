package io.winback.chain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What starts a chain for a customer. The engine only needs an occasion's id (so a retried start finds the episode
 * it already began) and its day; a new trigger (replenishment, birthday, cross-sell) is a new record here and an
 * index that lists its occasions, not a change to the engine.
 */
public sealed interface Trigger permits Trigger.FellAsleep, Trigger.Replenishment, Trigger.Birthday, Trigger.Bought,
        Trigger.Campaign {

    /**
     * The trigger's name in episode ids: its type, and for a trigger of a product group the group(s), so that two
     * chains of one type never share an occasion ({@code replenishment:dogfood@2026-12-01}).
     */
    String name();

    /** The trigger's type as configuration writes it: fell-asleep, replenishment, birthday or bought. */
    String type();

    /**
     * When one customer is due for several triggers on one day, the one that starts (lowest first) unless the chain
     * sets its own priority: the timeliest reasons first (a refill, an offer on what was just bought), then the
     * birthday, then the sleeping customer, whose day is the least exact.
     */
    int defaultPriority();

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

        @Override
        public String type() {
            return NAME;
        }

        @Override
        public int defaultPriority() {
            return 4;
        }
    }

    /**
     * Cyclic goods: the customer is reminded {@code remindAt} of their cycle for {@code group} after their last
     * purchase of it. The cycle is learned from the receipts (the group's, shrunk toward the customer's own);
     * {@code cycleDays} (null: none) stands in while the group has too little evidence.
     */
    record Replenishment(String group, BigDecimal remindAt, Integer cycleDays) implements Trigger {
        public static final String TYPE = "replenishment";
        /** The latest share of a cycle a reminder may wait for: at twice the cycle the customer has lapsed. */
        public static final BigDecimal MAX_REMIND_AT = BigDecimal.valueOf(2);

        public Replenishment {
            requireText(group, "group");
            if (remindAt == null || remindAt.signum() <= 0 || remindAt.compareTo(MAX_REMIND_AT) > 0) {
                throw new IllegalArgumentException("remindAt must be above 0 and at most " + MAX_REMIND_AT + ": "
                        + remindAt);
            }
            if (cycleDays != null && (cycleDays < 1 || cycleDays > MAX_DAYS)) {
                throw new IllegalArgumentException("cycleDays must be 1.." + MAX_DAYS + ": " + cycleDays);
            }
        }

        @Override
        public String name() {
            return TYPE + ":" + group;
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public int defaultPriority() {
            return 1;
        }

        /**
         * The cycle that began with the customer's purchase of the group on {@code lastPurchase}: the start of the id
         * of every episode reminding them in it ({@code replenishment:dogfood/2027-01-15@2027-03-01}, entered on
         * 1 March), so a cycle is reminded once however its due day moves.
         */
        public static String cycleOf(String group, LocalDate lastPurchase) {
            return TYPE + ":" + group + "/" + lastPurchase + "@";
        }
    }

    /** The customer's birthday, {@code daysBefore} days ahead (0: on the day), once a year. */
    record Birthday(int daysBefore) implements Trigger {
        public static final String TYPE = "birthday";
        public static final int MAX_DAYS_BEFORE = 60;

        public Birthday {
            if (daysBefore < 0 || daysBefore > MAX_DAYS_BEFORE) {
                throw new IllegalArgumentException("daysBefore must be 0.." + MAX_DAYS_BEFORE + ": " + daysBefore);
            }
        }

        @Override
        public String name() {
            return TYPE;
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public int defaultPriority() {
            return 3;
        }
    }

    /**
     * Cross-sell: a purchase containing {@code group} starts, {@code afterDays} later, an offer for {@code offerGroup},
     * unless the customer bought from {@code offerGroup} since, or within {@code unlessBoughtWithinDays} before it.
     */
    record Bought(String group, String offerGroup, int afterDays, int unlessBoughtWithinDays) implements Trigger {
        public static final String TYPE = "bought";
        public static final int DEFAULT_UNLESS_BOUGHT_WITHIN_DAYS = 365;

        public Bought {
            requireText(group, "group");
            requireText(offerGroup, "offerGroup");
            if (group.equals(offerGroup)) {
                throw new IllegalArgumentException("offerGroup must differ from group: " + group);
            }
            if (afterDays < 0 || afterDays > MAX_DAYS) {
                throw new IllegalArgumentException("afterDays must be 0.." + MAX_DAYS + ": " + afterDays);
            }
            if (unlessBoughtWithinDays < 0 || unlessBoughtWithinDays > MAX_DAYS) {
                throw new IllegalArgumentException("unlessBoughtWithinDays must be 0.." + MAX_DAYS + ": "
                        + unlessBoughtWithinDays);
            }
        }

        @Override
        public String name() {
            return TYPE + ":" + group + ">" + offerGroup;
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public int defaultPriority() {
            return 2;
        }
    }

    /**
     * A campaign to a segment ({@link io.winback.campaign.Campaign}): everyone in it enters one episode at the
     * campaign's start ({@code campaign:coffee-win@2026-12-10}). A campaign is not a chain of the configuration: its
     * steps are the campaign's own, looked up by {@link #campaignOf(String)} from the episode id. Any purchase reaches
     * its goal, as for a sleeping customer.
     */
    record Campaign(String campaignId) implements Trigger {
        public static final String TYPE = "campaign";
        private static final String PREFIX = TYPE + ":";

        public Campaign {
            if (campaignId == null || campaignId.isBlank() || campaignId.contains("@")) {
                throw new IllegalArgumentException("a campaign trigger names its campaign: " + campaignId);
            }
        }

        @Override
        public String name() {
            return PREFIX + campaignId;
        }

        @Override
        public String type() {
            return TYPE;
        }

        /** Never compared: a campaign starts on its own work item, not among a customer's occasions of a day. */
        @Override
        public int defaultPriority() {
            return Chain.MAX_PRIORITY;
        }

        /** The campaign an episode id belongs to ({@code campaign:coffee-win@2026-12-10}); empty for a chain's. */
        public static java.util.Optional<String> campaignOf(String episodeId) {
            int at = episodeId == null ? -1 : episodeId.lastIndexOf('@');
            if (at <= PREFIX.length() || !episodeId.startsWith(PREFIX)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(episodeId.substring(PREFIX.length(), at));
        }
    }

    /** The longest span, in days, any trigger's setting may have: two years. */
    int MAX_DAYS = 730;

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must be a product group's name");
        }
    }

    /** A trigger that fired on {@code day}; its id names the episode it starts, one per customer and occasion. */
    record Occasion(Trigger trigger, LocalDate day) {
        public String episodeId() {
            return trigger.name() + "@" + day;
        }

        /**
         * An episode id, or a touch id made of one, as it may leave Winback: to the SMS and email providers, into a
         * message header, onto a log line. A birthday occasion's day is the customer's birthday, which is personal
         * data: only its year goes out ({@code birthday@2027#0}), still naming the one greeting of that year. The
         * days of the other occasions are the shop's own events (a sleep day, a purchase, a refill due) and go out as
         * they are. Inside Winback the id keeps its day: the campaign report files episodes by it.
         */
        public static String outward(String id) {
            String birthday = Birthday.TYPE + "@";
            int yearEnd = birthday.length() + 4;
            int dayEnd = yearEnd + 6; // -MM-DD
            if (id == null || !id.startsWith(birthday) || id.length() < dayEnd) {
                return id;
            }
            return id.substring(0, yearEnd) + id.substring(dayEnd);
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
