package io.winback.segment;

import java.time.LocalDate;
import java.util.List;

/** What the API and campaigns read of a segment's members: how many, who (by shard, a page at a time), who came and went. */
public interface SegmentMembers {

    /** Shards a segment's members are spread over; each is read on its own ({@link #page}). */
    int shards();

    /** How many customers are in the segment now. */
    long count(String segmentId);

    /** Members of one shard, in customer-key order, from {@code cursor} (null: the start). */
    Page page(String segmentId, int shard, String cursor, int limit);

    /**
     * Every member, shard after shard (each in customer-key order): for work that needs the whole segment at once, a
     * static list replaced or the members of a past day; it reads as much as the segment holds.
     */
    default List<Member> all(String segmentId) {
        List<Member> all = new java.util.ArrayList<>();
        for (int shard = 0; shard < shards(); shard++) {
            String cursor = null;
            do {
                Page page = page(segmentId, shard, cursor, 1000);
                all.addAll(page.members());
                cursor = page.next();
            } while (cursor != null);
        }
        return all;
    }

    /** Who joined and left the segment from {@code from} to {@code to}, both days included, oldest first. */
    List<Movement> movements(String segmentId, LocalDate from, LocalDate to);

    /** @param since the day the customer joined (the fill's day, for those a fill found) */
    record Member(String customerKey, LocalDate since) {
    }

    /** @param next where the shard goes on; null when it is done */
    record Page(List<Member> members, String next) {
        public Page {
            members = List.copyOf(members);
        }
    }

    /** @param joined true: joined on {@code day}; false: left */
    record Movement(LocalDate day, String customerKey, boolean joined) {
    }
}
