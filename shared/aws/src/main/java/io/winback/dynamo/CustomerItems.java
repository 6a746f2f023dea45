package io.winback.dynamo;

import io.winback.domain.AbcClass;
import io.winback.consent.ConsentWithdrawals;
import io.winback.domain.CustomProperty;
import io.winback.domain.Customer;
import io.winback.domain.CustomerProfile;
import io.winback.domain.CustomerStats;
import io.winback.domain.CustomerStatus;
import io.winback.domain.Gender;
import io.winback.domain.RecentlyAppliedSales;
import io.winback.domain.RfmScores;
import io.winback.domain.PurchaseBand;
import io.winback.domain.PurchaseBandPolicy;
import io.winback.domain.SleepDecision;
import io.winback.money.Money;
import io.winback.sleep.SleepRule;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static io.winback.dynamo.Attributes.flag;
import static io.winback.dynamo.Attributes.map;
import static io.winback.dynamo.Attributes.number;
import static io.winback.dynamo.Attributes.putFlag;
import static io.winback.dynamo.Attributes.putNumber;
import static io.winback.dynamo.Attributes.putObject;
import static io.winback.dynamo.Attributes.putText;
import static io.winback.dynamo.Attributes.text;
import static io.winback.dynamo.Attributes.wholeNumber;

/**
 * A customer as a Customers table item. Stored are the order-free aggregates the domain needs (counts, sums,
 * first/last, the set of visit days as epoch days) plus, for queries and people reading the table, the derived
 * figures: net spent, average check, intervals, segment, sleepAt and its index shard.
 */
public final class CustomerItems {
    public static final String CUSTOMER_KEY = "customerKey";
    public static final String SLEEP_SHARD = "sleepShard";
    public static final String SLEEP_AT = "sleepAt";
    public static final String VERSION = "version";
    public static final String SLEEP_DECIDED_DAY = "sleepDecidedDay";
    /** Hash key of the sparse bySleepDecision index: present once a sleep day was decided, same shard as sleepShard. */
    public static final String SLEEP_DECIDED_SHARD = "sleepDecidedShard";
    /**
     * Keys of the sparse byBirthday index: the month-day of the card's birthday ({@code 02-29}) and its shard, present
     * while the card holds a birthday and is not archived.
     */
    public static final String BIRTHDAY_SHARD = "birthdayShard";
    public static final String BIRTHDAY_MONTH_DAY = "birthdayMonthDay";
    /** The segments job's scores (see {@link io.winback.domain.RfmScores}); all four or none. */
    public static final String RECENCY_SCORE = "recencyScore";
    public static final String FREQUENCY_SCORE = "frequencyScore";
    public static final String MONETARY_SCORE = "monetaryScore";
    public static final String ABC_CLASS = "abcClass";
    public static final String PURCHASES = "purchases";
    /**
     * The ids of the episodes the customer may be in (a string set; absent when none): marked before an episode
     * starts, unmarked once it ends, so the stats function knows from the card it reads anyway whose purchases may
     * end an episode.
     */
    public static final String OPEN_EPISODES = "openEpisodes";
    /** Sale ids applied recently, each with its receipt time (epoch millis); see {@link RecentlyAppliedSales}. */
    static final String RECENT_SALES = "recentSales";
    static final String RECENT_SALES_FORGOTTEN_UP_TO = "recentSalesForgottenUpTo";
    public static final String NET_SPENT = "netSpent";
    /** When the customer first bought; a tombstone keeps it under the same name (TombstoneItems). */
    public static final String FIRST_PURCHASE_AT = "firstPurchaseAt";
    public static final String LAST_PURCHASE_AT = "lastPurchaseAt";
    public static final String LAST_VISIT_DAY = "lastVisitDay";
    /** Purchases per store: a map of store id to count. */
    static final String STORE_VISITS = "storeVisits";
    public static final String VIP = "vip";
    /** Profile attributes that are also keys of the byPhone and byCard indexes. */
    public static final String PHONE = "phone";
    public static final String CARD_NUMBER = "cardNumber";
    /** The byName index's keys ({@link io.winback.domain.NameKey}): written with the name, unchanged otherwise. */
    public static final String NAME_INITIAL = "nameInitial";
    public static final String NAME_KEY = "nameKey";
    /** Shards of the bySleepAt index: enough to spread a day's sleepers over partitions, few enough to query. */
    public static final int SLEEP_SHARDS = 16;
    public static final List<String> SLEEP_INDEX_ATTRIBUTES = List.of("segment", "status", "lastVisitDay");

    private final PurchaseBandPolicy bands;
    private final SleepRule sleep;

    /** @param sleep the sleep rule in force (the playbook's {@code SleepPolicy}, or a rule that follows the timing) */
    public CustomerItems(PurchaseBandPolicy bands, SleepRule sleep) {
        this.bands = bands;
        this.sleep = sleep;
    }

    public static String sleepShardOf(String customerKey) {
        return Integer.toString(Math.floorMod(customerKey.hashCode(), SLEEP_SHARDS));
    }

    /** A month-day as the byBirthday index keys it: {@code MM-dd}, in calendar order as text. */
    public static String monthDayKey(MonthDay monthDay) {
        return monthDay.toString().substring(2);
    }

    public Map<String, AttributeValue> toItem(Customer customer, long version, Instant updatedAt) {
        Map<String, AttributeValue> item = new HashMap<>();
        putText(item, CUSTOMER_KEY, customer.key());
        putNumber(item, VERSION, version);
        putText(item, "updatedAt", updatedAt.toString());
        putText(item, "status", customer.status().wireName());

        CustomerProfile p = customer.profile();
        // Index keys: DynamoDB refuses an empty string there and would fail the whole write, so blank is absent.
        putText(item, PHONE, blankAsAbsent(p.phone()));
        putText(item, "email", p.email());
        putText(item, CARD_NUMBER, blankAsAbsent(p.cardNumber()));
        putText(item, "name", p.name());
        io.winback.domain.NameKey.of(p.name()).ifPresent(name -> {
            putText(item, NAME_INITIAL, name.initial());
            putText(item, NAME_KEY, name.key());
        });
        putObject(item, "gender", p.gender());
        putObject(item, "birthday", p.birthday());
        if (p.birthday() != null && customer.status() != CustomerStatus.ARCHIVE) {
            // Unchanged on every later write of the card, so the index is written only when the birthday is.
            putText(item, BIRTHDAY_MONTH_DAY, monthDayKey(MonthDay.from(p.birthday())));
            putText(item, BIRTHDAY_SHARD, sleepShardOf(customer.key()));
        }
        putFlag(item, "vip", p.vip());
        putFlag(item, "consentSms", p.consentSms());
        putFlag(item, "consentEmail", p.consentEmail());
        if (!p.asOf().isEmpty()) {
            Map<String, AttributeValue> asOf = new HashMap<>();
            p.asOf().forEach((field, token) -> asOf.put(field, AttributeValue.fromS(token)));
            item.put("profileAsOf", AttributeValue.fromM(asOf));
        }
        putWithdrawal(item, "sms", p.withdrawals().sms());
        putWithdrawal(item, "email", p.withdrawals().email());
        if (!customer.properties().isEmpty()) {
            Map<String, AttributeValue> properties = new HashMap<>();
            customer.properties().forEach((name, property) -> properties.put(name, propertyValue(property)));
            item.put("properties", AttributeValue.fromM(properties));
        }

        CustomerStats s = customer.stats();
        putNumber(item, PURCHASES, s.purchases());
        putNumber(item, "returns", s.returns());
        putNumber(item, "salesTotal", s.salesTotal());
        putNumber(item, "returnsTotal", s.returnsTotal());
        putObject(item, FIRST_PURCHASE_AT, s.firstPurchaseAt());
        putObject(item, LAST_PURCHASE_AT, s.lastPurchaseAt());
        if (!s.visitDays().isEmpty()) {
            List<String> days = new ArrayList<>(s.visitDays().size());
            s.visitDays().forEach(day -> days.add(Long.toString(day.toEpochDay())));
            item.put("visitDays", AttributeValue.fromNs(days));
        }
        putNumber(item, "visitDayCount", s.visitDays().size());
        if (!s.storeVisits().isEmpty()) {
            Map<String, AttributeValue> visits = new HashMap<>();
            s.storeVisits().forEach((store, count) -> visits.put(store, AttributeValue.fromN(Integer.toString(count))));
            item.put(STORE_VISITS, AttributeValue.fromM(visits));
        }
        putNumber(item, NET_SPENT, s.netSpent());
        putNumber(item, "averageCheck", s.averageCheck());
        putNumber(item, "meanIntervalDays", s.meanIntervalDays());
        putNumber(item, "medianIntervalDays", s.medianIntervalDays());
        putObject(item, "lastVisitDay", s.lastVisitDay());
        PurchaseBand band = customer.band(bands);
        if (band != null) {
            putText(item, "segment", band.label());
        }
        item.putAll(sleepAttributes(customer));
        if (customer.sleepDecision() != null) {
            putText(item, SLEEP_DECIDED_DAY, customer.sleepDecision().sleepDay().toString());
            putText(item, "sleepOutcome", customer.sleepDecision().outcome());
            putText(item, SLEEP_DECIDED_SHARD, sleepShardOf(customer.key()));
        }
        if (!customer.openEpisodes().isEmpty()) {
            item.put(OPEN_EPISODES, AttributeValue.fromSs(List.copyOf(new TreeSet<>(customer.openEpisodes()))));
        }
        BonusItems.put(item, customer.bonuses());
        putScores(item, customer.scores());

        if (!customer.recentSales().receivedAt().isEmpty()) {
            Map<String, AttributeValue> recent = new HashMap<>();
            customer.recentSales().receivedAt().forEach((saleId, millis) ->
                    recent.put(saleId, AttributeValue.fromN(Long.toString(millis))));
            item.put(RECENT_SALES, AttributeValue.fromM(recent));
        }
        if (customer.recentSales().forgottenUpTo() != null) {
            putNumber(item, RECENT_SALES_FORGOTTEN_UP_TO, customer.recentSales().forgottenUpTo().longValue());
        }
        return item;
    }

    /**
     * The sleep day under the rule in force and its shard of the bySleepAt index, as the card's item holds them (the
     * ones absent when there is no day, or no shard when it was decided): the whole-item write and the rewrite after
     * a refit ({@code DynamoSleepDayRefresh}) write exactly these.
     */
    public Map<String, AttributeValue> sleepAttributes(Customer customer) {
        Map<String, AttributeValue> item = new HashMap<>();
        LocalDate sleepAt = customer.sleepAt(bands, sleep);
        if (sleepAt != null) {
            putText(item, SLEEP_AT, sleepAt.toString());
            // The index holds only sleep days still to decide: a decided customer leaves it until a purchase
            // starts a new silence, so the daily check never rereads the long-asleep.
            if (!customer.decidedThisSilence()) {
                putText(item, SLEEP_SHARD, sleepShardOf(customer.key()));
            }
        }
        return item;
    }

    public Customer fromItem(Map<String, AttributeValue> item) {
        Map<String, String> asOf = new HashMap<>();
        map(item, "profileAsOf").forEach((field, token) -> asOf.put(field, token.s()));
        String gender = text(item, "gender");
        String birthday = text(item, "birthday");
        CustomerProfile profile = new CustomerProfile(text(item, PHONE), text(item, "email"),
                text(item, CARD_NUMBER), text(item, "name"), gender == null ? null : Gender.valueOf(gender),
                birthday == null ? null : LocalDate.parse(birthday), flag(item, "vip"), flag(item, "consentSms"),
                flag(item, "consentEmail"), asOf,
                new ConsentWithdrawals(withdrawal(item, "sms", asOf), withdrawal(item, "email", asOf)));

        TreeSet<LocalDate> days = new TreeSet<>();
        AttributeValue storedDays = item.get("visitDays");
        if (storedDays != null && storedDays.hasNs()) {
            storedDays.ns().forEach(day -> days.add(LocalDate.ofEpochDay(Long.parseLong(day))));
        }
        String first = text(item, FIRST_PURCHASE_AT);
        String last = text(item, LAST_PURCHASE_AT);
        CustomerStats stats = new CustomerStats((int) wholeNumber(item, PURCHASES, 0),
                (int) wholeNumber(item, "returns", 0), orZero(number(item, "salesTotal")),
                orZero(number(item, "returnsTotal")), first == null ? null : Instant.parse(first),
                last == null ? null : Instant.parse(last), days, storeVisits(item));

        Map<String, CustomProperty> properties = new HashMap<>();
        map(item, "properties").forEach((name, value) -> properties.put(name, property(value.m())));
        Map<String, Long> recent = new HashMap<>();
        map(item, RECENT_SALES).forEach((saleId, at) -> recent.put(saleId, receivedMillis(Long.parseLong(at.n()))));
        long forgottenUpTo = wholeNumber(item, RECENT_SALES_FORGOTTEN_UP_TO, Long.MIN_VALUE);
        String status = text(item, "status");
        String decidedDay = text(item, SLEEP_DECIDED_DAY);
        SleepDecision decision = decidedDay == null ? null
                : new SleepDecision(LocalDate.parse(decidedDay), text(item, "sleepOutcome"));
        return new Customer(text(item, CUSTOMER_KEY), profile, stats,
                status == null ? CustomerStatus.ACTIVE : CustomerStatus.fromWireName(status), properties,
                new RecentlyAppliedSales(recent, forgottenUpTo == Long.MIN_VALUE ? null : forgottenUpTo),
                wholeNumber(item, VERSION, 0), decision, BonusItems.read(item),
                scores(item), openEpisodes(item));
    }

    private static java.util.Set<String> openEpisodes(Map<String, AttributeValue> item) {
        AttributeValue open = item.get(OPEN_EPISODES);
        return open == null || !open.hasSs() ? java.util.Set.of() : java.util.Set.copyOf(open.ss());
    }

    /**
     * Items written before the ids were kept by receipt time hold the second each sale was applied: a moment after it
     * was received, so it serves as its receipt time (it can only make a forgotten id be looked up, never missed).
     */
    private static long receivedMillis(long stored) {
        return stored < 100_000_000_000L ? stored * 1000 : stored;
    }

    /** A standing withdrawal of consent: {@code smsWithdrawnAt} and {@code smsRefusalNoted} (likewise email). */
    private static void putWithdrawal(Map<String, AttributeValue> item, String channel,
                                      ConsentWithdrawals.Withdrawal withdrawal) {
        if (withdrawal != null) {
            putText(item, channel + "WithdrawnAt", withdrawal.at().toString());
            putFlag(item, channel + "RefusalNoted", withdrawal.refusalNoted());
        }
    }

    private static ConsentWithdrawals.Withdrawal withdrawal(Map<String, AttributeValue> item, String channel,
                                                            Map<String, String> asOf) {
        String at = text(item, channel + "WithdrawnAt");
        if (at != null) {
            return new ConsentWithdrawals.Withdrawal(Instant.parse(at),
                    Boolean.TRUE.equals(flag(item, channel + "RefusalNoted")));
        }
        // A card written before withdrawals were kept: a "no" the customer said directly (the API or an unsubscribe
        // link, stamped "api", or an SNS opt-out) is the withdrawal it was, so a till's echo cannot undo it now.
        String field = "consent" + Character.toUpperCase(channel.charAt(0)) + channel.substring(1);
        String token = asOf.get(field);
        if (Boolean.FALSE.equals(flag(item, field)) && token != null
                && (token.endsWith("#api") || token.endsWith("#sns_opt_out")) && token.indexOf('#') > 0) {
            try {
                return new ConsentWithdrawals.Withdrawal(
                        Instant.ofEpochMilli(Long.parseLong(token.substring(0, token.indexOf('#')))), false);
            } catch (NumberFormatException notAStamp) {
                return null;
            }
        }
        return null;
    }

    /** The scores as attributes, nothing when null. */
    public static void putScores(Map<String, AttributeValue> item, RfmScores scores) {
        if (scores != null) {
            putNumber(item, RECENCY_SCORE, scores.recency());
            putNumber(item, FREQUENCY_SCORE, scores.frequency());
            putNumber(item, MONETARY_SCORE, scores.monetary());
            putText(item, ABC_CLASS, scores.abc().name());
        }
    }

    /** The scores an item holds; null when it holds none. */
    public static RfmScores scores(Map<String, AttributeValue> item) {
        String abc = text(item, ABC_CLASS);
        return abc == null ? null : new RfmScores((int) wholeNumber(item, RECENCY_SCORE, 0),
                (int) wholeNumber(item, FREQUENCY_SCORE, 0), (int) wholeNumber(item, MONETARY_SCORE, 0),
                AbcClass.fromName(abc));
    }

    private static AttributeValue propertyValue(CustomProperty property) {
        AttributeValue value = switch (property) {
            case CustomProperty.Text t -> AttributeValue.fromS(t.value());
            case CustomProperty.Number n -> AttributeValue.fromN(n.value().toPlainString());
            case CustomProperty.Date d -> AttributeValue.fromS(d.value().toString());
            case CustomProperty.Flag f -> AttributeValue.fromBool(f.value());
        };
        return AttributeValue.fromM(Map.of("type", AttributeValue.fromS(property.typeName()), "value", value));
    }

    private static CustomProperty property(Map<String, AttributeValue> stored) {
        AttributeValue value = stored.get("value");
        return switch (stored.get("type").s()) {
            case "string" -> new CustomProperty.Text(value.s());
            case "number" -> new CustomProperty.Number(new BigDecimal(value.n()));
            case "date" -> new CustomProperty.Date(LocalDate.parse(value.s()));
            case "boolean" -> new CustomProperty.Flag(value.bool());
            default -> throw new IllegalStateException("unknown property type " + stored.get("type").s());
        };
    }

    private static String blankAsAbsent(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return (amount == null ? Money.ZERO : Money.of(amount)).amount();
    }

    private static Map<String, Integer> storeVisits(Map<String, AttributeValue> item) {
        Map<String, Integer> visits = new HashMap<>();
        map(item, STORE_VISITS).forEach((store, count) -> visits.put(store, Integer.parseInt(count.n())));
        return visits;
    }
}
