package io.winback.segment;

import io.winback.bonus.BonusGrant;
import io.winback.bonus.BonusLedger;
import io.winback.consent.ConsentWithdrawals;
import io.winback.domain.AbcClass;
import io.winback.domain.CustomProperty;
import io.winback.domain.Customer;
import io.winback.domain.CustomerProfile;
import io.winback.domain.CustomerStats;
import io.winback.domain.CustomerStatus;
import io.winback.domain.Gender;
import io.winback.domain.PurchaseBandPolicy;
import io.winback.domain.RecentlyAppliedSales;
import io.winback.domain.RfmScores;
import io.winback.domain.SleepPolicy;
import io.winback.domain.Standing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A shop's customers made up from a seeded {@link Random}: every figure a condition reads varies (purchases and
 * visit days, refunds, stores, VIP, gender, birthdays with some on 29 February, consent and withdrawals, bonus grants
 * that start and expire around the day, custom properties of each type, scores or none, days bought of a group and
 * a SKU), so that each condition has members and non-members to be told apart.
 */
final class GeneratedCustomers {
    static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Moscow");
    static final LocalDate DAY = LocalDate.parse("2026-06-15");
    static final int MAX_LATE_DAYS = 30;
    static final Standing.Policy STANDING = new Standing.Policy(PurchaseBandPolicy.DEFAULT, SleepPolicy.DEFAULT,
            MAX_LATE_DAYS);
    static final ItemRef COFFEE = ItemRef.group("coffee");
    static final ItemRef BEANS = ItemRef.sku("SKU-77");
    static final List<String> STORES = List.of("moscow-1", "moscow-2", "tver");
    static final List<String> CITIES = List.of("Москва", "Тверь", "Казань");

    /** One made-up customer and the days they bought coffee and the SKU. */
    record Generated(Customer customer, Map<ItemRef, NavigableSet<LocalDate>> bought, Set<String> lists) {
        CustomerFacts factsOn(LocalDate day) {
            return new CustomerFacts(customer, day, noonOf(day), STANDING, bought, lists);
        }
    }

    private GeneratedCustomers() {
    }

    static Instant noonOf(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(SHOP_ZONE).toInstant();
    }

    static List<Generated> make(int count, long seed) {
        Random random = new Random(seed);
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> one(i, random)).toList();
    }

    private static Generated one(int i, Random random) {
        int purchases = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(8);
        TreeSet<LocalDate> visits = new TreeSet<>();
        Map<String, Integer> storeVisits = new HashMap<>();
        BigDecimal sales = BigDecimal.ZERO;
        for (int p = 0; p < purchases; p++) {
            visits.add(DAY.minusDays(random.nextInt(420)));
            storeVisits.merge(STORES.get(random.nextInt(STORES.size())), 1, Integer::sum);
            sales = sales.add(BigDecimal.valueOf(50 + random.nextInt(4000)).add(new BigDecimal("0.50")));
        }
        BigDecimal refunds = purchases > 0 && random.nextInt(5) == 0
                ? BigDecimal.valueOf(random.nextInt(sales.intValue() + 1)) : BigDecimal.ZERO;
        Instant first = visits.isEmpty() ? null : noonOf(visits.first());
        Instant last = visits.isEmpty() ? null : noonOf(visits.last());
        CustomerStats stats = new CustomerStats(purchases, refunds.signum() > 0 ? 1 : 0, sales, refunds, first, last,
                visits, storeVisits);
        LocalDate birthday = switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> LocalDate.of(1996, 2, 29);
            default -> DAY.minusYears(20 + random.nextInt(30)).plusDays(random.nextInt(365));
        };
        Gender gender = switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> Gender.F;
            default -> Gender.M;
        };
        Boolean consentSms = pick(random, null, true, false);
        Boolean consentEmail = pick(random, null, true, false);
        ConsentWithdrawals withdrawals = random.nextInt(6) == 0
                ? new ConsentWithdrawals(new ConsentWithdrawals.Withdrawal(noonOf(DAY.minusDays(9)), false), null)
                : ConsentWithdrawals.NONE;
        CustomerProfile profile = new CustomerProfile("+7900000" + String.format("%04d", i), null, null, "N" + i,
                gender, birthday, random.nextInt(10) == 0, consentSms, consentEmail, Map.of(), withdrawals);
        Map<String, CustomProperty> properties = new HashMap<>();
        if (random.nextBoolean()) {
            properties.put("city", new CustomProperty.Text(CITIES.get(random.nextInt(CITIES.size()))));
        }
        if (random.nextBoolean()) {
            properties.put("pets", new CustomProperty.Number(BigDecimal.valueOf(random.nextInt(5))));
        }
        if (random.nextBoolean()) {
            properties.put("clubSince", new CustomProperty.Date(DAY.minusDays(random.nextInt(1000))));
        }
        if (random.nextBoolean()) {
            properties.put("club", new CustomProperty.Flag(random.nextBoolean()));
        }
        if (random.nextInt(8) == 0) {
            // The same name with another type than conditions compare it with: such a customer never matches.
            properties.put("pets", new CustomProperty.Text("two"));
        }
        RfmScores scores = purchases == 0 || random.nextInt(4) == 0 ? null
                : new RfmScores(1 + random.nextInt(5), 1 + random.nextInt(5), 1 + random.nextInt(5),
                AbcClass.values()[random.nextInt(3)]);
        Customer customer = new Customer("c" + i, profile, stats, CustomerStatus.ACTIVE, properties,
                RecentlyAppliedSales.NONE, 1, null, bonuses(random), scores);
        Map<ItemRef, NavigableSet<LocalDate>> bought = new HashMap<>();
        bought.put(COFFEE, someOf(visits, random));
        bought.put(BEANS, someOf(visits, random));
        Set<String> lists = random.nextInt(3) == 0 ? Set.of("call-list") : Set.of();
        return new Generated(customer, bought, lists);
    }

    /** Up to three grants that start before or after the day and expire within weeks, some partly spent. */
    private static BonusLedger bonuses(Random random) {
        BonusLedger ledger = BonusLedger.EMPTY;
        int grants = random.nextInt(4);
        Instant dayNoon = noonOf(DAY);
        for (int g = 0; g < grants; g++) {
            Instant from = dayNoon.plusSeconds(3600L * (random.nextInt(24 * 40) - 24 * 20));
            Instant until = from.plusSeconds(3600L * (24 + random.nextInt(24 * 30)));
            ledger = ledger.with(new BonusGrant("g" + g, BigDecimal.valueOf(100 + 50L * random.nextInt(6)), from,
                    until, "test"), dayNoon.minusSeconds(86_400L * 30));
        }
        if (!ledger.grants().isEmpty() && random.nextBoolean()) {
            BonusGrant spentFrom = ledger.grants().get(0);
            ledger = ledger.redeem("s", spentFrom.validFrom(), new BigDecimal("60"));
        }
        return ledger;
    }

    private static TreeSet<LocalDate> someOf(TreeSet<LocalDate> visits, Random random) {
        TreeSet<LocalDate> some = new TreeSet<>();
        visits.forEach(day -> {
            if (random.nextInt(3) == 0) {
                some.add(day);
            }
        });
        return some;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
