package io.winback.chainsapi;

import io.winback.segment.SegmentMembers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who was in a segment at the end of a past day: who is in it now, with each customer's first movement after that
 * day undone (a join after it: not in it then; a leave after it: in it then). Reads every member and the history
 * since the day, so it answers for days within the history's 400 days.
 */
final class MembersOnADay {
    private final SegmentMembers members;

    MembersOnADay(SegmentMembers members) {
        this.members = members;
    }

    /** The members at the end of {@code day}, by customer key; {@code since} null for those who left since. */
    List<SegmentMembers.Member> of(String segmentId, LocalDate day, LocalDate today) {
        TreeMap<String, SegmentMembers.Member> now = new TreeMap<>();
        members.all(segmentId).forEach(m -> now.put(m.customerKey(), m));
        Map<String, SegmentMembers.Movement> firstAfter = new HashMap<>();
        if (day.isBefore(today)) {
            for (SegmentMembers.Movement movement : members.movements(segmentId, day.plusDays(1), today)) {
                SegmentMembers.Movement known = firstAfter.get(movement.customerKey());
                // Of one day's join and leave, the join came first: a customer moves in before moving out again.
                if (known == null || movement.day().isBefore(known.day())
                        || (movement.day().equals(known.day()) && movement.joined() && !known.joined())) {
                    firstAfter.put(movement.customerKey(), movement);
                }
            }
        }
        TreeMap<String, SegmentMembers.Member> then = new TreeMap<>(now);
        firstAfter.forEach((key, movement) -> {
            if (movement.joined()) {
                then.remove(key);
            } else {
                then.put(key, new SegmentMembers.Member(key, null));
            }
        });
        return new ArrayList<>(then.values());
    }
}
