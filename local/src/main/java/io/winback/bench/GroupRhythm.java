package io.winback.bench;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one product group of the sample shop ({@link SampleShop}) is bought: which share of the customers buy it, and
 * on what rhythm. The rhythm is what the cycles are to learn, so it is known here exactly.
 */
sealed interface GroupRhythm {
    String group();

    /** The share of the shop's customers who buy the group at all (each customer drawn independently per group). */
    double shareOfCustomers();

    /** The line a receipt carries for the group. */
    String sku();

    BigDecimal price();

    /**
     * Goods used up at a steady pace. Each household has its own cycle, drawn once: {@code centreDays ×
     * e^N(0, householdSpread)} (a log-normal: as many households twice as fast as half as fast, its median the
     * centre; a household with two dogs, a small dog, a bigger bag). Each interval is the household's cycle ×
     * {@code e^N(0, intervalSpread)} (day-to-day jitter: a busy week, a bag opened early), rounded to whole days, at
     * least one. Multiplicative because a 90-day filter wobbles by more days than a 14-day coffee bag.
     */
    record Cyclic(String group, double shareOfCustomers, double centreDays, double householdSpread,
                  double intervalSpread, String sku, BigDecimal price) implements GroupRhythm {
    }

    /**
     * Goods bought once: a single purchase on a random day of the customer's time with the shop; {@code againShare}
     * of the buyers buy a second one on a random later day (a second room, a broken set): a handful of long, scattered
     * intervals, too few to call a cycle.
     */
    record OneOff(String group, double shareOfCustomers, double againShare, String sku, BigDecimal price)
            implements GroupRhythm {
    }

    /**
     * The sample shop's goods. Dog food around 60 days with households that differ (the issue's own example);
     * contact lenses, a monthly box, very regular; coffee around 14 days, irregular (bags of different sizes, guests,
     * a week away); water filters around a quarter; televisions bought once.
     */
    List<GroupRhythm> SAMPLE = List.of(
            new Cyclic("dogfood", 0.45, 60, 0.20, 0.08, "DF-15", new BigDecimal("4200.00")),
            new Cyclic("lenses", 0.30, 30, 0.03, 0.04, "LN-30", new BigDecimal("2900.00")),
            new Cyclic("coffee", 0.20, 14, 0.25, 0.35, "CF-1", new BigDecimal("890.00")),
            new Cyclic("filters", 0.35, 90, 0.12, 0.08, "FL-W", new BigDecimal("1500.00")),
            new OneOff("tv", 0.25, 0.03, "TV-55", new BigDecimal("54000.00")));
}
