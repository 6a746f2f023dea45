package io.winback.segments;

import io.winback.config.WinbackConfig;
import io.winback.domain.AbcClass;
import io.winback.domain.Customer;
import io.winback.domain.RfmScores;
import io.winback.domain.Sales;
import io.winback.domain.Standing;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.testing.LocalDynamo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.ToLongFunction;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shop on DynamoDB Local with customers built from real sales (random but seeded), and the scores they should get,
 * worked out here by sorting them all in memory: a score is 1 + ⌊5 × (position of the first of its ties in the
 * ascending order) / (scored customers)⌋; a class follows the revenue of everyone who spent more.
 * Amounts are whole roubles below 10,000 ₽, where the job compares to the rouble, so sorting needs no buckets.
 */
final class SeededShop {
    static final LocalDate DAY = LocalDate.parse("2026-12-05");
    static final String RUN_TIME = "2026-12-05T10:30:00+03:00";
    final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    final DynamoCustomerStore store = new DynamoCustomerStore(LocalDynamo.client(), config.customersTable(),
            new CustomerItems(config.bands(), config.sleep()), CapacityMeter.NONE, "test");
    final Standing.Policy standing = new Standing.Policy(config.bands(), config.sleep(),
            config.chains().catchUp().maxLateDays());
    final List<Seeded> customers = new ArrayList<>();

    record Seeded(String key, int purchases, BigDecimal netSpent, LocalDate lastVisit) {
    }

    /** {@code count} customers: one in ten never bought, the others 1–8 purchases, last visit 0–200 days ago. */
    SeededShop(int count, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            String key = "C-" + i;
            if (i % 10 == 9) {
                assertTrue(store.saveIfUnchanged(Customer.firstSeen(key), Instant.now()));
                customers.add(new Seeded(key, 0, new BigDecimal("0.00"), null));
                continue;
            }
            int purchases = 1 + random.nextInt(8);
            LocalDate last = DAY.minusDays(random.nextInt(201));
            Customer customer = Customer.firstSeen(key);
            BigDecimal spent = BigDecimal.ZERO;
            for (int p = 0; p < purchases; p++) {
                // Coarse amounts so that ties are common: 100 ₽ steps up to 1,500 ₽ a receipt.
                BigDecimal total = BigDecimal.valueOf(100L * (1 + random.nextInt(15)));
                String day = last.minusDays(9L * p).toString();
                customer = customer.apply(Sales.sale(key + "-" + p, key, day + "T12:00:00+03:00", total.toPlainString()),
                        Instant.now(), config.shopZone());
                spent = spent.add(total);
            }
            if (i % 7 == 3) {
                customer = customer.apply(Sales.refund(key + "-r", key, last + "T13:00:00+03:00", "100.00"),
                        Instant.now(), config.shopZone());
                spent = spent.subtract(BigDecimal.valueOf(100));
            }
            assertTrue(store.saveIfUnchanged(customer, Instant.now()));
            customers.add(new Seeded(key, purchases, spent.setScale(2), last));
        }
    }

    Standing standingOf(Seeded c, LocalDate day) {
        return standing.on(day, c.purchases(), false, c.lastVisit());
    }

    /** What sorting says each scored customer should hold on {@code day}; the others are absent. */
    Map<String, RfmScores> expectedScores(LocalDate day) {
        List<Seeded> scored = customers.stream().filter(c -> standingOf(c, day).isScored()).toList();
        Map<String, Integer> r = byFifths(scored, c -> -ChronoUnit.DAYS.between(c.lastVisit(), day));
        Map<String, Integer> f = byFifths(scored, Seeded::purchases);
        Map<String, Integer> m = byFifths(scored, c -> c.netSpent().longValueExact());
        Map<String, AbcClass> abc = abc(scored);
        Map<String, RfmScores> expected = new HashMap<>();
        for (Seeded c : scored) {
            expected.put(c.key(), new RfmScores(r.get(c.key()), f.get(c.key()), m.get(c.key()), abc.get(c.key())));
        }
        return expected;
    }

    private static Map<String, Integer> byFifths(List<Seeded> scored, ToLongFunction<Seeded> value) {
        List<Seeded> sorted = scored.stream().sorted(Comparator.comparingLong(value)).toList();
        Map<String, Integer> scores = new HashMap<>();
        int firstOfTie = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0 && value.applyAsLong(sorted.get(i)) != value.applyAsLong(sorted.get(i - 1))) {
                firstOfTie = i;
            }
            scores.put(sorted.get(i).key(), 1 + 5 * firstOfTie / sorted.size());
        }
        return scores;
    }

    private static Map<String, AbcClass> abc(List<Seeded> scored) {
        List<Seeded> sorted = scored.stream().sorted(Comparator.comparing(Seeded::netSpent).reversed()).toList();
        BigDecimal revenue = sorted.stream().map(Seeded::netSpent).filter(s -> s.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, AbcClass> classes = new HashMap<>();
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal beforeTie = BigDecimal.ZERO;
        for (int i = 0; i < sorted.size(); i++) {
            Seeded c = sorted.get(i);
            if (i == 0 || c.netSpent().compareTo(sorted.get(i - 1).netSpent()) != 0) {
                beforeTie = before;
            }
            BigDecimal percentBefore = beforeTie.multiply(BigDecimal.valueOf(100));
            boolean underA = percentBefore.compareTo(revenue.multiply(BigDecimal.valueOf(80))) < 0;
            boolean underB = percentBefore.compareTo(revenue.multiply(BigDecimal.valueOf(95))) < 0;
            classes.put(c.key(), c.netSpent().signum() <= 0 ? AbcClass.C
                    : underA ? AbcClass.A : underB ? AbcClass.B : AbcClass.C);
            before = before.add(c.netSpent());
        }
        return classes;
    }

    Map<String, RfmScores> storedScores() {
        Map<String, RfmScores> stored = new HashMap<>();
        for (Seeded c : customers) {
            Optional<Customer> found = store.find(c.key());
            RfmScores scores = found.orElseThrow().scores();
            if (scores != null) {
                stored.put(c.key(), scores);
            }
        }
        return stored;
    }

    Map<String, Long> versions() {
        Map<String, Long> versions = new HashMap<>();
        customers.forEach(c -> versions.put(c.key(), store.find(c.key()).orElseThrow().version()));
        return versions;
    }

    Seeded seeded(String key) {
        return customers.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }
}
