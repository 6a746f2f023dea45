package io.winback.dynamo;

import io.winback.segment.MembershipChange;
import io.winback.segment.MembershipStore;
import io.winback.segment.SegmentMembers;
import io.winback.segment.StoredMemberships;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Customers' segment memberships in the Chains table (layout in {@link ChainsTable}). One change of one customer is
 * one transaction: their {@code segments} record (members, flip day, version), and for each segment joined or left
 * the member item, the shard's count and a history item; the record's version is the transaction's condition, so a
 * count moves exactly once per join or leave whatever retries and races there are. Members and counts are spread
 * over {@link ChainsTable#SEGMENT_SHARDS} partitions by customer, so filling a large segment heats no one partition.
 */
public final class DynamoSegmentMemberships implements MembershipStore, SegmentMembers {
    static final String SEGMENTS_SK = "segments";
    static final String MEMBERS = "members";
    static final String VERSION = "membershipVersion";
    static final String SINCE = "since";
    static final String SEGMENT_VERSION = "segmentVersion";
    static final String COUNT = "count";
    static final String EXPIRES_AT = "expiresAt";
    /** In the customer's partition: {@code seghist#<segment>#<day>#joined|left}, mirroring the segment's history item. */
    static final String HISTORY_MIRROR = "seghist#";
    /** How long who joined and left is kept: a year and a month, so "who was in it a year ago" still has an answer. */
    static final Duration HISTORY_KEPT = Duration.ofDays(400);

    private final MeteredChainsTable chains;
    private final ShardedDayIndex flips;

    public DynamoSegmentMemberships(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
        this.flips = new ShardedDayIndex(dynamo, table, ChainsTable.BY_SEGMENT_FLIP, ChainsTable.SEGMENT_FLIP_SHARD,
                ChainsTable.SEGMENT_FLIP_AT, ChainsTable.SEGMENT_SHARDS, meter, purpose);
    }

    static String shardOf(String customerKey) {
        return Integer.toString(Math.floorMod(customerKey.hashCode(), ChainsTable.SEGMENT_SHARDS));
    }

    static String memberPk(String segmentId, String shard) {
        return "segmember#" + segmentId + "#" + shard;
    }

    static String countPk(String segmentId) {
        return "segcount#" + segmentId;
    }

    static String historyPk(String segmentId, LocalDate day) {
        return "seghist#" + segmentId + "#" + day.toString().substring(0, 7);
    }

    @Override
    public StoredMemberships of(String customerKey) {
        return chains.get(ChainsTable.customerItemKey(customerKey, SEGMENTS_SK)).map(item -> new StoredMemberships(
                        item.containsKey(MEMBERS) ? new HashSet<>(item.get(MEMBERS).ss()) : Set.of(),
                        item.containsKey(ChainsTable.SEGMENT_FLIP_AT)
                                ? LocalDate.parse(item.get(ChainsTable.SEGMENT_FLIP_AT).s()) : null,
                        Long.parseLong(item.get(VERSION).n())))
                .orElse(StoredMemberships.NONE);
    }

    /**
     * A transaction holds at most 100 items, three per segment joined or left and the record: a change of more
     * segments (a new customer's first sale with 50 segments defined) goes in steps of {@link #SEGMENTS_PER_STEP},
     * each a version of the record on its own, so a step lost to another writer leaves a consistent part done.
     */
    static final int SEGMENTS_PER_STEP = 33;

    @Override
    public boolean apply(String customerKey, StoredMemberships read, MembershipChange change, LocalDate day,
                         Map<String, Integer> versions) {
        return applySteps(customerKey, read, change, day, versions, true);
    }

    /** @param recorded whether the joins and leaves go into the history (not when erasing the customer) */
    private boolean applySteps(String customerKey, StoredMemberships read, MembershipChange change, LocalDate day,
                               Map<String, Integer> versions, boolean recorded) {
        List<String> joined = new ArrayList<>(change.joined());
        List<String> left = new ArrayList<>(change.left());
        StoredMemberships current = read;
        int total = joined.size() + left.size();
        int done = 0;
        do {
            int joinedNow = Math.min(joined.size(), SEGMENTS_PER_STEP);
            int leftNow = Math.min(left.size(), SEGMENTS_PER_STEP - joinedNow);
            MembershipChange step = new MembershipChange(Set.copyOf(joined.subList(0, joinedNow)),
                    Set.copyOf(left.subList(0, leftNow)), change.writeFlip(), change.flipAt());
            if (!applyStep(customerKey, current, step, day, versions, recorded)) {
                return false;
            }
            current = after(current, step);
            joined = joined.subList(joinedNow, joined.size());
            left = left.subList(leftNow, left.size());
            done += joinedNow + leftNow;
        } while (done < total);
        return true;
    }

    private static StoredMemberships after(StoredMemberships read, MembershipChange step) {
        Set<String> members = new HashSet<>(read.members());
        members.addAll(step.joined());
        members.removeAll(step.left());
        return new StoredMemberships(members, step.writeFlip() ? step.flipAt() : read.flipAt(), read.version() + 1);
    }

    private boolean applyStep(String customerKey, StoredMemberships read, MembershipChange change, LocalDate day,
                              Map<String, Integer> versions, boolean recorded) {
        String shard = shardOf(customerKey);
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(p -> p.tableName(chains.table())
                .item(record(customerKey, after(read, change), shard))
                .conditionExpression(read.version() == 0 ? "attribute_not_exists(#v)" : "#v = :v")
                .expressionAttributeNames(Map.of("#v", VERSION))
                .expressionAttributeValues(read.version() == 0 ? null
                        : Map.of(":v", AttributeValue.fromN(Long.toString(read.version()))))).build());
        writes.addAll(segmentWrites(customerKey, shard, change.joined(), change.left(), day, versions, recorded));
        return chains.transactIf(writes);
    }

    /** Each segment's member, count and history items for {@code joined} and {@code left}. */
    private List<TransactWriteItem> segmentWrites(String customerKey, String shard, Set<String> joined,
                                                  Set<String> left, LocalDate day, Map<String, Integer> versions,
                                                  boolean recorded) {
        List<TransactWriteItem> writes = new ArrayList<>();
        long expiresAt = day.atStartOfDay().toInstant(ZoneOffset.UTC).plus(HISTORY_KEPT).getEpochSecond();
        for (String segment : joined) {
            Map<String, AttributeValue> member = new HashMap<>(key(memberPk(segment, shard), customerKey));
            member.put(SINCE, AttributeValue.fromS(day.toString()));
            member.put(SEGMENT_VERSION, AttributeValue.fromN(Integer.toString(versions.getOrDefault(segment, 1))));
            writes.add(TransactWriteItem.builder().put(p -> p.tableName(chains.table()).item(member)).build());
            writes.add(count(segment, shard, 1));
            if (recorded) {
                writes.addAll(history(segment, day, customerKey, "joined", expiresAt));
            }
        }
        for (String segment : left) {
            writes.add(TransactWriteItem.builder().delete(d -> d.tableName(chains.table())
                    .key(key(memberPk(segment, shard), customerKey))).build());
            writes.add(count(segment, shard, -1));
            if (recorded) {
                writes.addAll(history(segment, day, customerKey, "left", expiresAt));
            }
        }
        return writes;
    }

    /**
     * The record's set changed by one update conditioned on what it is assumed to hold (a missing record holds
     * nothing, and is created), its version moved on so a writer that read it before re-reads. A change larger than
     * one transaction holds is left to the reading path: false.
     */
    @Override
    public boolean applyUnread(String customerKey, Set<String> joined, Set<String> left, LocalDate day,
                               Map<String, Integer> versions) {
        if (!joined.isEmpty() && !left.isEmpty()) {
            throw new IllegalArgumentException("one update cannot both add to and take from the record's set");
        }
        if (joined.isEmpty() && left.isEmpty()) {
            return true;
        }
        if (joined.size() + left.size() > SEGMENTS_PER_STEP) {
            return false;
        }
        String shard = shardOf(customerKey);
        boolean joining = !joined.isEmpty();
        List<String> segments = new ArrayList<>(joining ? joined : left);
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":segments", AttributeValue.fromSs(segments));
        values.put(":one", AttributeValue.fromN("1"));
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            values.put(":s" + i, AttributeValue.fromS(segments.get(i)));
            conditions.add(joining ? "NOT contains(#members, :s" + i + ")" : "contains(#members, :s" + i + ")");
        }
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().update(u -> u.tableName(chains.table())
                .key(ChainsTable.customerItemKey(customerKey, SEGMENTS_SK))
                .updateExpression((joining ? "ADD #members :segments, #v :one" : "DELETE #members :segments ADD #v :one"))
                .conditionExpression(String.join(" AND ", conditions))
                .expressionAttributeNames(Map.of("#members", MEMBERS, "#v", VERSION))
                .expressionAttributeValues(values)).build());
        writes.addAll(segmentWrites(customerKey, shard, joined, left, day, versions, true));
        return chains.transactIf(writes);
    }

    @Override
    public void flipNoLaterThan(String customerKey, LocalDate day) {
        chains.upsertIf(ChainsTable.customerItemKey(customerKey, SEGMENTS_SK),
                "SET #at = :day, #shard = :shard ADD #v :one", "attribute_not_exists(#at) OR #at > :day",
                Map.of("#at", ChainsTable.SEGMENT_FLIP_AT, "#shard", ChainsTable.SEGMENT_FLIP_SHARD, "#v", VERSION),
                Map.of(":day", AttributeValue.fromS(day.toString()), ":shard", AttributeValue.fromS(shardOf(customerKey)),
                        ":one", AttributeValue.fromN("1")));
    }

    @Override
    public List<String> flipsDueBy(LocalDate day) {
        return flips.upTo(day, item -> item.get(ChainsTable.PK).s().substring("customer#".length()));
    }

    /**
     * The customer's segments record as the store writes it (in its flip index when it has a flip day): what a bulk
     * load (the bench's shop of many customers) puts straight in the table.
     */
    public static Map<String, AttributeValue> recordItem(String customerKey, StoredMemberships memberships) {
        return record(customerKey, memberships, shardOf(customerKey));
    }

    /** The customer's segments record as {@code memberships} says, a version on from the one read. */
    private static Map<String, AttributeValue> record(String customerKey, StoredMemberships memberships, String shard) {
        Map<String, AttributeValue> item = new HashMap<>(ChainsTable.customerItemKey(customerKey, SEGMENTS_SK));
        if (!memberships.members().isEmpty()) {
            item.put(MEMBERS, AttributeValue.fromSs(new ArrayList<>(memberships.members())));
        }
        if (memberships.flipAt() != null) {
            item.put(ChainsTable.SEGMENT_FLIP_AT, AttributeValue.fromS(memberships.flipAt().toString()));
            item.put(ChainsTable.SEGMENT_FLIP_SHARD, AttributeValue.fromS(shard));
        }
        item.put(VERSION, AttributeValue.fromN(Long.toString(memberships.version())));
        return item;
    }

    private TransactWriteItem count(String segment, String shard, int by) {
        return TransactWriteItem.builder().update(u -> u.tableName(chains.table())
                .key(key(countPk(segment), shard))
                .updateExpression("ADD #count :by")
                .expressionAttributeNames(Map.of("#count", COUNT))
                .expressionAttributeValues(Map.of(":by", AttributeValue.fromN(Integer.toString(by))))).build();
    }

    /**
     * The segment's history item, and its mirror in the customer's partition, so erasing the customer finds every
     * history item that names them without reading any segment's whole history.
     */
    private List<TransactWriteItem> history(String segment, LocalDate day, String customerKey, String what,
                                            long expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(key(historyPk(segment, day),
                day + "#" + customerKey + "#" + what));
        item.put(EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt)));
        Map<String, AttributeValue> mirror = new HashMap<>(ChainsTable.customerItemKey(customerKey,
                HISTORY_MIRROR + segment + "#" + day + "#" + what));
        mirror.put(EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt)));
        return List.of(TransactWriteItem.builder().put(p -> p.tableName(chains.table()).item(item)).build(),
                TransactWriteItem.builder().put(p -> p.tableName(chains.table()).item(mirror)).build());
    }

    @Override
    public int eraseAll(String customerKey) {
        int erased = 0;
        for (int attempt = 1; attempt <= 8; attempt++) {
            StoredMemberships stored = of(customerKey);
            if (stored.version() == 0) {
                break;
            }
            // Leaving every segment moves each count down once; then the record goes.
            MembershipChange leave = new MembershipChange(Set.of(), stored.members(), false, null);
            if (stored.members().isEmpty()
                    || applySteps(customerKey, stored, leave, LocalDate.EPOCH, Map.of(), false)) {
                chains.delete(ChainsTable.customerItemKey(customerKey, SEGMENTS_SK));
                erased += stored.members().size() + 1;
                break;
            }
        }
        for (Map<String, AttributeValue> mirror : chains.partition(customerKey, HISTORY_MIRROR, false)) {
            // <segment>#<day>#<joined|left>: segment ids hold no '#'.
            String[] parts = mirror.get(ChainsTable.SK).s().substring(HISTORY_MIRROR.length()).split("#");
            String segment = parts[0];
            LocalDate day = LocalDate.parse(parts[1]);
            String what = parts[2];
            chains.delete(key(historyPk(segment, day), day + "#" + customerKey + "#" + what));
            chains.delete(Map.of(ChainsTable.PK, mirror.get(ChainsTable.PK), ChainsTable.SK, mirror.get(ChainsTable.SK)));
            erased++;
        }
        return erased;
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(ChainsTable.PK, AttributeValue.fromS(pk), ChainsTable.SK, AttributeValue.fromS(sk));
    }

    @Override
    public int shards() {
        return ChainsTable.SEGMENT_SHARDS;
    }

    @Override
    public long count(String segmentId) {
        long count = 0;
        for (Map<String, AttributeValue> shard : chains.partitionOf(countPk(segmentId), "")) {
            count += Long.parseLong(shard.get(COUNT).n());
        }
        return count;
    }

    @Override
    public Page page(String segmentId, int shard, String cursor, int limit) {
        var response = chains.dynamo().query(b -> {
            b.tableName(chains.table()).keyConditionExpression("#pk = :pk")
                    .expressionAttributeNames(Map.of("#pk", ChainsTable.PK))
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(memberPk(segmentId,
                            Integer.toString(shard)))))
                    .limit(limit).returnConsumedCapacity(chains.meter().total());
            if (cursor != null) {
                b.exclusiveStartKey(key(memberPk(segmentId, Integer.toString(shard)), cursor));
            }
        });
        chains.meter().recordRead(chains.purpose(), response.consumedCapacity());
        List<Member> members = response.items().stream().map(item -> new Member(item.get(ChainsTable.SK).s(),
                LocalDate.parse(item.get(SINCE).s()))).toList();
        String next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? response.lastEvaluatedKey().get(ChainsTable.SK).s() : null;
        return new Page(members, next);
    }

    @Override
    public List<Movement> movements(String segmentId, LocalDate from, LocalDate to) {
        List<Movement> movements = new ArrayList<>();
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            for (Map<String, AttributeValue> item : chains.partitionOf(historyPk(segmentId, month), "")) {
                String sk = item.get(ChainsTable.SK).s();
                LocalDate day = LocalDate.parse(sk.substring(0, sk.indexOf('#')));
                String what = sk.substring(sk.lastIndexOf('#') + 1);
                String customerKey = sk.substring(sk.indexOf('#') + 1, sk.lastIndexOf('#'));
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    movements.add(new Movement(day, customerKey, "joined".equals(what)));
                }
            }
        }
        return movements;
    }
}
