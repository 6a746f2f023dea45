package io.winback.json.customer;

import io.winback.domain.CustomProperty;
import io.winback.domain.Customer;
import io.winback.domain.CustomerProfile;
import io.winback.domain.CustomerStats;
import io.winback.domain.RfmScores;
import io.winback.domain.PurchaseBand;
import io.winback.domain.PurchaseBandPolicy;
import io.winback.sleep.CardTiming;
import io.winback.sleep.SleepRule;

import java.time.Instant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A customer as the API shows them. Absent values are left out of the JSON; money stays BigDecimal with the two
 * decimals the domain gives it; segment and sleep day come from the domain with the configured policies, so the API
 * and the daily check can never disagree about who is asleep. The bonus balance is what can be spent at the time of
 * the request, so the card changes as grants expire without anything being written.
 */
public final class CustomerView {
    private final PurchaseBandPolicy bands;
    private final SleepRule sleep;
    private final ZoneId zone;

    /** @param sleep the sleep rule in force; {@code zone} the shop's, whose day the timing's figures are for */
    public CustomerView(PurchaseBandPolicy bands, SleepRule sleep, ZoneId zone) {
        this.bands = bands;
        this.sleep = sleep;
        this.zone = zone;
    }

    public Map<String, Object> of(Customer customer, Instant now) {
        PurchaseBand band = customer.band(bands);
        CardTiming timing = sleep.timing(band, customer.stats(), now.atZone(zone).toLocalDate());
        LocalDate sleepAt = timing.sleepAt();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("customerId", customer.key());
        view.put("status", customer.status().wireName());
        view.put("segment", band == null ? null : band.label());
        view.put("sleepAt", textOf(sleepAt));
        if (customer.sleepDecision() != null) {
            // What the daily check decided for that sleep day: started (a chain), lost, archived, in_episode, no_chain.
            view.put("sleepDecision", Map.of("sleepDay", customer.sleepDecision().sleepDay().toString(),
                    "outcome", customer.sleepDecision().outcome()));
        }
        view.put("timing", timing(timing));
        view.put("profile", profile(customer.profile()));
        view.put("consent", consent(customer.profile()));
        view.put("bonusBalance", BonusView.money(customer.bonuses().balance(now)));
        view.put("properties", properties(customer.properties()));
        view.put("stats", stats(customer.stats()));
        if (customer.scores() != null) {
            // The segments job's last scores (docs/reports.md, "Segments: RFM and ABC"); absent for the lost and never-bought.
            RfmScores r = customer.scores();
            view.put("rfm", Map.of("recency", r.recency(), "frequency", r.frequency(), "monetary", r.monetary(),
                    "score", r.rfm(), "abc", r.abc().name()));
        }
        return view;
    }

    /**
     * The timing the sleep day comes from: the model's figures (probabilities to three decimals) or, under the
     * playbook, the day alone with the figures null (written as JSON null, so the shape never changes).
     */
    private static Map<String, Object> timing(CardTiming t) {
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("model", t.model());
        timing.put("asOf", orJsonNull(textOf(t.asOf())));
        timing.put("pNoPurchase90d", orJsonNull(probability(t.pNoPurchase90d())));
        timing.put("pAlive", orJsonNull(probability(t.pAlive())));
        timing.put("expectedNextPurchase", orJsonNull(textOf(t.expectedNextPurchase())));
        timing.put("sleepAt", orJsonNull(textOf(t.sleepAt())));
        return timing;
    }

    private static BigDecimal probability(Double p) {
        return p == null ? null : BigDecimal.valueOf(p).setScale(3, RoundingMode.HALF_UP);
    }

    private static Map<String, Object> profile(CustomerProfile p) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("phone", p.phone());
        profile.put("email", p.email());
        profile.put("cardNumber", p.cardNumber());
        profile.put("name", p.name());
        profile.put("gender", p.gender() == null ? null : p.gender().name());
        profile.put("birthday", textOf(p.birthday()));
        profile.put("vip", p.isVip());
        return profile;
    }

    /** Consent never given reads as false: only an explicit yes allows a message. */
    public static Map<String, Object> consent(CustomerProfile p) {
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("sms", Boolean.TRUE.equals(p.consentSms()));
        consent.put("email", Boolean.TRUE.equals(p.consentEmail()));
        return consent;
    }

    private static Map<String, Object> properties(Map<String, CustomProperty> properties) {
        Map<String, Object> view = new LinkedHashMap<>();
        properties.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("type", entry.getValue().typeName());
            property.put("value", textOf(entry.getValue().value()));
            view.put(entry.getKey(), property);
        });
        return view;
    }

    private static Map<String, Object> stats(CustomerStats s) {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("purchases", s.purchases());
        stats.put("returns", s.returns());
        stats.put("netSpent", s.netSpent());
        stats.put("salesTotal", s.salesTotal());
        stats.put("returnsTotal", s.returnsTotal());
        stats.put("averageCheck", s.averageCheck());
        stats.put("firstPurchaseAt", textOf(s.firstPurchaseAt()));
        stats.put("lastPurchaseAt", textOf(s.lastPurchaseAt()));
        stats.put("visitDays", s.visitDays().size());
        stats.put("firstVisitDay", textOf(s.firstVisitDay()));
        stats.put("lastVisitDay", textOf(s.lastVisitDay()));
        // With one visit day there is no interval: said as null, as docs/api.md documents, not left out.
        stats.put("meanIntervalDays", orJsonNull(s.meanIntervalDays()));
        stats.put("medianIntervalDays", orJsonNull(s.medianIntervalDays()));
        return stats;
    }

    /** The one mapper leaves Java nulls out; a JSON null node is written as {@code null}. */
    private static Object orJsonNull(Object value) {
        return value == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : value;
    }

    /** Dates and instants as ISO text; numbers, strings and booleans stay as they are. */
    public static Object textOf(Object value) {
        return value instanceof LocalDate || value instanceof Instant ? value.toString() : value;
    }
}
