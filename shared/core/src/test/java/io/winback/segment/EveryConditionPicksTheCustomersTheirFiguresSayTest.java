package io.winback.segment;

import io.winback.bonus.BonusGrant;
import io.winback.bonus.BonusLedger;
import io.winback.chain.Channel;
import io.winback.domain.AbcClass;
import io.winback.domain.CustomProperty;
import io.winback.domain.Customer;
import io.winback.domain.Gender;
import io.winback.domain.PurchaseBand;
import io.winback.domain.Standing;
import io.winback.segment.GeneratedCustomers.Generated;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.winback.segment.GeneratedCustomers.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 300 made-up customers, and for every kind of condition the members it picks against the ones the test works out
 * itself from the raw figures, by plain code of its own (not the conditions' helpers), on one day.
 */
class EveryConditionPicksTheCustomersTheirFiguresSayTest {
    private static final List<Generated> CUSTOMERS = GeneratedCustomers.make(300, 24);

    private record Case(String name, Condition condition, Predicate<Generated> expected) {
    }

    @TestFactory
    Stream<DynamicTest> eachConditionPicksExactlyTheCustomersWorkedOutByHand() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Set<String> expected = keysWhere(c.expected());
            Set<String> picked = keysWhere(g -> c.condition().holds(g.factsOn(DAY)));
            assertEquals(expected, picked, c.name());
            // Both members and non-members, or the comparison above proves little.
            assertTrue(!expected.isEmpty() && expected.size() < CUSTOMERS.size(),
                    c.name() + " picks " + expected.size() + " of " + CUSTOMERS.size());
        }));
    }

    @Test
    void segmentsNamingOtherSegmentsAndStaticListsAreDecidedInOnePass() {
        Condition lapsed = new Condition.DaysSinceLastPurchase(Comparison.AT_LEAST, 60);
        Condition coffee = Condition.Bought.within(GeneratedCustomers.COFFEE, 365);
        SegmentConfiguration configuration = SegmentConfiguration.NONE
                // Named before it is defined would be refused by the reader; here the order is the point.
                .with(new SegmentDefinition("call-list", "To call", 0, null))
                .with(new SegmentDefinition("lapsed", "Lapsed", 0, lapsed))
                .with(new SegmentDefinition("coffee-lapsed", "Coffee, lapsed", 0, new Condition.All(List.of(
                        coffee, new Condition.InSegment("lapsed")))))
                .with(new SegmentDefinition("to-call", "Lapsed coffee buyers to call", 0, new Condition.All(List.of(
                        new Condition.InSegment("coffee-lapsed"), new Condition.InSegment("call-list")))));
        for (Generated g : CUSTOMERS) {
            boolean isLapsed = lapsed.holds(g.factsOn(DAY));
            boolean coffeeLapsed = isLapsed && coffee.holds(g.factsOn(DAY));
            boolean onList = g.lists().contains("call-list");
            Set<String> expected = new TreeSet<>();
            if (onList) {
                expected.add("call-list");
            }
            if (isLapsed) {
                expected.add("lapsed");
            }
            if (coffeeLapsed) {
                expected.add("coffee-lapsed");
            }
            if (coffeeLapsed && onList) {
                expected.add("to-call");
            }
            SegmentEvaluation evaluation = SegmentEvaluation.of(configuration, g.factsOn(DAY)
                    // A stale membership of a dynamic segment must not carry over.
                    .withMemberOf(Stream.concat(g.lists().stream(), Stream.of("to-call")).collect(Collectors.toSet())));
            assertEquals(expected, new TreeSet<>(evaluation.members()), g.customer().key());
            assertEquals(Flips.earlier(lapsed.nextFlip(g.factsOn(DAY)), coffee.nextFlip(g.factsOn(DAY))),
                    evaluation.nextFlip(), g.customer().key());
        }
    }

    private static Set<String> keysWhere(Predicate<Generated> which) {
        return CUSTOMERS.stream().filter(which).map(g -> g.customer().key()).collect(Collectors.toSet());
    }

    private static List<Case> cases() {
        Condition lapsed = new Condition.DaysSinceLastPurchase(Comparison.AT_LEAST, 60);
        Condition bigSpender = new Condition.Spent(Comparison.AT_LEAST, new BigDecimal("5000"));
        return List.of(
                new Case("daysSinceLastPurchase >= 60", lapsed, g -> daysSinceLast(g) != null && daysSinceLast(g) >= 60),
                new Case("daysSinceLastPurchase < 30", new Condition.DaysSinceLastPurchase(Comparison.LESS_THAN, 30),
                        g -> daysSinceLast(g) != null && daysSinceLast(g) < 30),
                new Case("daysSinceLastPurchase != 0", new Condition.DaysSinceLastPurchase(Comparison.NOT_EQUAL, 0),
                        g -> daysSinceLast(g) != null && daysSinceLast(g) != 0),
                new Case("purchases > 3", new Condition.Purchases(Comparison.MORE_THAN, 3), g -> purchases(g) > 3),
                new Case("purchases = 1", new Condition.Purchases(Comparison.EQUAL, 1), g -> purchases(g) == 1),
                new Case("spent >= 5000", bigSpender, g -> spent(g).compareTo(new BigDecimal("5000")) >= 0),
                new Case("averageCheck <= 1500", new Condition.AverageCheck(Comparison.AT_MOST, new BigDecimal("1500")),
                        g -> purchases(g) > 0 && spent(g).divide(BigDecimal.valueOf(purchases(g)), 2,
                                RoundingMode.HALF_UP).compareTo(new BigDecimal("1500")) <= 0),
                new Case("band 4+ or VIP", new Condition.BandIn(Set.of(PurchaseBand.MANY, PurchaseBand.VIP)),
                        g -> vip(g) || purchases(g) >= 4),
                new Case("band 1", new Condition.BandIn(Set.of(PurchaseBand.ONE)), g -> !vip(g) && purchases(g) == 1),
                new Case("rfm 5?? or ?1?", new Condition.RfmIn(Set.of("5??", "?1?")),
                        g -> g.customer().scores() != null && (g.customer().scores().recency() == 5
                                || g.customer().scores().frequency() == 1)),
                new Case("rfm 123", new Condition.RfmIn(Set.of("123")), g -> g.customer().scores() != null
                        && g.customer().scores().recency() == 1 && g.customer().scores().frequency() == 2
                        && g.customer().scores().monetary() == 3),
                new Case("abc A", new Condition.AbcIn(Set.of(AbcClass.A)),
                        g -> g.customer().scores() != null && g.customer().scores().abc() == AbcClass.A),
                new Case("standing sleeping or lost", new Condition.StandingIn(Set.of(Standing.SLEEPING, Standing.LOST)),
                        g -> Set.of("sleeping", "lost").contains(standing(g))),
                new Case("standing active", new Condition.StandingIn(Set.of(Standing.ACTIVE)),
                        g -> standing(g).equals("active")),
                new Case("standing never bought", new Condition.StandingIn(Set.of(Standing.NEVER_BOUGHT)),
                        g -> purchases(g) == 0),
                new Case("bought coffee within 90 days", Condition.Bought.within(GeneratedCustomers.COFFEE, 90),
                        g -> g.bought().get(GeneratedCustomers.COFFEE).stream()
                                .anyMatch(d -> ChronoUnit.DAYS.between(d, DAY) >= 0 && ChronoUnit.DAYS.between(d, DAY) <= 90)),
                new Case("bought the SKU in the first quarter", Condition.Bought.between(GeneratedCustomers.BEANS,
                        LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31")),
                        g -> g.bought().get(GeneratedCustomers.BEANS).stream()
                                .anyMatch(d -> d.getYear() == 2026 && d.getMonthValue() <= 3)),
                new Case("store tver", new Condition.StoreIn(Set.of("tver")), g -> "tver".equals(mostVisited(g))),
                new Case("birthday within 30 days", new Condition.BirthdayWithinDays(30), g -> birthdayWithin(g, 30)),
                new Case("birthday today", new Condition.BirthdayWithinDays(0), g -> birthdayWithin(g, 0)),
                new Case("gender F", new Condition.GenderIs(Gender.F), g -> g.customer().profile().gender() == Gender.F),
                new Case("consent to sms", new Condition.ConsentTo(Channel.SMS, true),
                        g -> g.customer().profile().withdrawals().sms() == null
                                && Boolean.TRUE.equals(g.customer().profile().consentSms())),
                new Case("no consent to email", new Condition.ConsentTo(Channel.EMAIL, false),
                        g -> !Boolean.TRUE.equals(g.customer().profile().consentEmail())),
                new Case("bonusBalance >= 150", new Condition.BonusBalance(Comparison.AT_LEAST, new BigDecimal("150")),
                        g -> balance(g.customer(), GeneratedCustomers.noonOf(DAY)).compareTo(new BigDecimal("150")) >= 0),
                new Case("city = Москва", new Condition.Property("city", Comparison.EQUAL,
                        new CustomProperty.Text("Москва")), g -> property(g, "city").equals("Москва")),
                new Case("city != Москва", new Condition.Property("city", Comparison.NOT_EQUAL,
                        new CustomProperty.Text("Москва")),
                        g -> !property(g, "city").equals("") && !property(g, "city").equals("Москва")),
                new Case("pets >= 2", new Condition.Property("pets", Comparison.AT_LEAST,
                        new CustomProperty.Number(BigDecimal.TWO)),
                        g -> property(g, "pets").matches("\\d+") && Integer.parseInt(property(g, "pets")) >= 2),
                new Case("clubSince < 2025-01-01", new Condition.Property("clubSince", Comparison.LESS_THAN,
                        new CustomProperty.Date(LocalDate.parse("2025-01-01"))),
                        g -> !property(g, "clubSince").isEmpty() && property(g, "clubSince").compareTo("2025-01-01") < 0),
                new Case("club = true", new Condition.Property("club", Comparison.EQUAL, new CustomProperty.Flag(true)),
                        g -> property(g, "club").equals("true")),
                new Case("in the static list", new Condition.InSegment("call-list"),
                        g -> g.lists().contains("call-list")),
                new Case("all: lapsed and spent 5000", new Condition.All(List.of(lapsed, bigSpender)),
                        g -> lapsed.holds(g.factsOn(DAY)) && bigSpender.holds(g.factsOn(DAY))),
                new Case("any: lapsed or spent 5000", new Condition.Any(List.of(lapsed, bigSpender)),
                        g -> lapsed.holds(g.factsOn(DAY)) || bigSpender.holds(g.factsOn(DAY))),
                new Case("not lapsed", new Condition.Not(lapsed), g -> !lapsed.holds(g.factsOn(DAY))));
    }

    private static Long daysSinceLast(Generated g) {
        TreeSet<LocalDate> visits = new TreeSet<>(g.customer().stats().visitDays());
        return visits.isEmpty() ? null : ChronoUnit.DAYS.between(visits.last(), DAY);
    }

    private static int purchases(Generated g) {
        return g.customer().stats().purchases();
    }

    private static boolean vip(Generated g) {
        return Boolean.TRUE.equals(g.customer().profile().vip());
    }

    private static BigDecimal spent(Generated g) {
        return g.customer().stats().salesTotal().subtract(g.customer().stats().returnsTotal());
    }

    /** The playbook's thresholds written out: 66 days for one purchase, 80 for 2-3, 90 for 4+ and VIP; lost after 30. */
    private static String standing(Generated g) {
        Long since = daysSinceLast(g);
        if (purchases(g) == 0) {
            return "never";
        }
        int sleepDays = vip(g) || purchases(g) >= 4 ? 90 : purchases(g) >= 2 ? 80 : 66;
        if (since < sleepDays) {
            return "active";
        }
        return since - sleepDays > 30 ? "lost" : "sleeping";
    }

    private static String mostVisited(Generated g) {
        Map<String, Integer> visits = g.customer().stats().storeVisits();
        return visits.entrySet().stream()
                .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                        : b.getValue() - a.getValue())
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Day by day through the window: is one of them the birthday (29 February kept on 28 February off leap years)? */
    private static boolean birthdayWithin(Generated g, int days) {
        LocalDate birthday = g.customer().profile().birthday();
        if (birthday == null) {
            return false;
        }
        for (LocalDate d = DAY; !d.isAfter(DAY.plusDays(days)); d = d.plusDays(1)) {
            boolean sameDay = d.getMonth() == birthday.getMonth() && d.getDayOfMonth() == birthday.getDayOfMonth();
            boolean leapDayKept = birthday.getMonth() == Month.FEBRUARY && birthday.getDayOfMonth() == 29
                    && !d.isLeapYear() && d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() == 28;
            if (sameDay || leapDayKept) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal balance(Customer customer, Instant at) {
        BonusLedger ledger = customer.bonuses();
        BigDecimal total = BigDecimal.ZERO;
        for (BonusGrant grant : ledger.grants()) {
            if (!grant.validFrom().isAfter(at) && !grant.validUntil().isBefore(at)) {
                BigDecimal left = grant.amount().subtract(ledger.spent().getOrDefault(grant.id(), BigDecimal.ZERO));
                total = total.add(left.max(BigDecimal.ZERO));
            }
        }
        return total;
    }

    private static String property(Generated g, String name) {
        CustomProperty property = g.customer().properties().get(name);
        return property == null ? "" : String.valueOf(property.value());
    }
}
