package io.winback.chainsapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winback.concurrent.DaemonThreads;
import io.winback.domain.ContactDetail;
import io.winback.domain.Customer;
import io.winback.domain.CustomerKey;
import io.winback.domain.CustomerStore;
import io.winback.domain.PhoneNumbers;
import io.winback.http.ApiReply;
import io.winback.json.Json;
import io.winback.log.JsonLog;
import io.winback.segment.MembershipChange;
import io.winback.segment.MembershipStore;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentConfigurationStore;
import io.winback.segment.SegmentDefinition;
import io.winback.segment.SegmentMembers;
import io.winback.segment.SegmentMemberships;
import io.winback.segment.StoredMemberships;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * {@code POST} (add) and {@code PUT} (replace) {@code /v1/segments/{id}/members} of a static list: each customer the
 * upload names is matched by id, phone or card; those matched join (those not named leave, on PUT); those that match
 * nobody are listed back with where they were and why. Segments that name the list are brought up to date for each
 * customer whose membership changed.
 */
final class StaticMembers {
    private static final JsonLog LOG = JsonLog.forClass(StaticMembers.class);
    private static final int PARALLEL = 16;
    private static final int MAX_ATTEMPTS = 8;

    private final SegmentConfigurationStore store;
    private final MembershipStore memberships;
    private final SegmentMembers members;
    private final SegmentMemberships segments;
    private final CustomerStore customers;
    private final PhoneNumbers phones;
    private final Clock clock;
    private final ZoneId zone;
    private final ExecutorService workers = DaemonThreads.pool("static-members", PARALLEL);

    StaticMembers(SegmentConfigurationStore store, MembershipStore memberships, SegmentMembers members,
                  SegmentMemberships segments, CustomerStore customers, PhoneNumbers phones, Clock clock,
                  ZoneId zone) {
        this.store = store;
        this.memberships = memberships;
        this.members = members;
        this.segments = segments;
        this.customers = customers;
        this.phones = phones;
        this.clock = clock;
        this.zone = zone;
    }

    ApiReply add(String segmentId, byte[] body, String contentType) {
        return upload(segmentId, body, contentType, false);
    }

    ApiReply replace(String segmentId, byte[] body, String contentType) {
        return upload(segmentId, body, contentType, true);
    }

    private ApiReply upload(String segmentId, byte[] body, String contentType, boolean replace) {
        SegmentConfiguration configuration = store.current();
        Optional<SegmentDefinition> segment = configuration.find(segmentId);
        if (segment.isEmpty()) {
            return ApiReply.error(404, "segmentId", "there is no segment '" + segmentId + "'");
        }
        if (!segment.get().isStatic()) {
            return ApiReply.error(409, "segmentId", "segment '" + segmentId + "' is dynamic: its members are whoever"
                    + " meets its conditions; only a static list's members are set");
        }
        MemberUpload upload = MemberUpload.read(body, contentType);
        if (!upload.errors().isEmpty()) {
            return ApiReply.errors(400, upload.errors());
        }
        Map<String, String> unmatched = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (MemberUpload.Entry entry : upload.entries()) {
            String problem = match(entry, keys);
            if (problem != null) {
                unmatched.put(entry.where(), problem);
            }
        }
        Instant now = clock.instant();
        boolean dependents = !configuration.referencing(segmentId).isEmpty();
        List<String> joined = changeAll(keys, key -> set(configuration, segment.get(), key, true, now, dependents));
        List<String> left = List.of();
        if (replace) {
            Set<String> leaving = new HashSet<>();
            members.all(segmentId).forEach(member -> leaving.add(member.customerKey()));
            leaving.removeAll(keys);
            left = changeAll(leaving, key -> set(configuration, segment.get(), key, false, now, dependents));
        }
        LOG.info("static_members_set", "segment", segmentId, "entries", upload.entries().size(),
                "matched", keys.size(), "joined", joined.size(), "left", left.size(), "unmatched", unmatched.size());
        ObjectNode answer = Json.objectNode();
        answer.put("segment", segmentId);
        answer.put("entries", upload.entries().size());
        answer.put("matched", keys.size());
        answer.put("added", joined.size());
        answer.put("alreadyMembers", keys.size() - joined.size());
        answer.put("removed", left.size());
        ArrayNode list = answer.putArray("unmatched");
        unmatched.forEach((where, why) -> list.addObject().put("where", where).put("reason", why));
        return ApiReply.ok(answer);
    }

    /** The customer the entry names, added to {@code keys}; null, or why it matches nobody. */
    private String match(MemberUpload.Entry entry, Set<String> keys) {
        if (entry.customerId() != null) {
            if (customers.find(entry.customerId()).isPresent()) {
                keys.add(entry.customerId());
                return null;
            }
            return "no customer with this customerId";
        }
        if (entry.phone() != null) {
            Optional<String> e164 = phones.toE164(entry.phone());
            if (e164.isEmpty()) {
                return "not a phone number";
            }
            return matchContact(new ContactDetail.Phone(e164.get()), keys, "phone");
        }
        if (entry.cardNumber() != null) {
            Optional<Customer> byKey = customers.find(CustomerKey.CARD_PREFIX + entry.cardNumber());
            if (byKey.isPresent()) {
                keys.add(byKey.get().key());
                return null;
            }
            return matchContact(new ContactDetail.Card(entry.cardNumber()), keys, "card number");
        }
        return "names no customer: customerId, phone and cardNumber are all empty";
    }

    private String matchContact(ContactDetail detail, Set<String> keys, String what) {
        List<Customer> found = customers.findByContact(detail);
        if (found.isEmpty()) {
            return "no customer with this " + what;
        }
        if (found.size() > 1) {
            return found.size() + " customers share this " + what + "; name the customer by customerId";
        }
        keys.add(found.getFirst().key());
        return null;
    }

    /** Joins ({@code in}) or leaves the list; true when that changed anything. */
    private boolean set(SegmentConfiguration configuration, SegmentDefinition segment, String key, boolean in,
                        Instant now, boolean dependents) {
        LocalDate day = now.atZone(zone).toLocalDate();
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            StoredMemberships stored = memberships.of(key);
            if (stored.members().contains(segment.id()) == in) {
                return false;
            }
            MembershipChange change = new MembershipChange(in ? Set.of(segment.id()) : Set.of(),
                    in ? Set.of() : Set.of(segment.id()), false, null);
            if (memberships.apply(key, stored, change, day, Map.of(segment.id(), segment.version()))) {
                if (dependents) {
                    customers.find(key).ifPresent(card -> segments.refresh(configuration, card, now,
                            SegmentMemberships.Flip.LAZY, customers::find));
                }
                return true;
            }
        }
        throw new IllegalStateException("the memberships of one customer kept changing under " + MAX_ATTEMPTS
                + " attempts");
    }

    private interface Change {
        boolean apply(String key);
    }

    /** Applies {@code change} to every key, {@link #PARALLEL} at a time; the keys it changed. */
    private List<String> changeAll(Set<String> keys, Change change) {
        List<String> ordered = new ArrayList<>(keys);
        List<Future<Boolean>> pending = new ArrayList<>();
        ordered.forEach(key -> pending.add(workers.submit(() -> change.apply(key))));
        List<String> changed = new ArrayList<>();
        try {
            for (int i = 0; i < ordered.size(); i++) {
                if (pending.get(i).get()) {
                    changed.add(ordered.get(i));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting members", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("setting members failed", e.getCause());
        }
        return changed;
    }
}
