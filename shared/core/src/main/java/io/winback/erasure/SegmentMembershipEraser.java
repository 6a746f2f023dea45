package io.winback.erasure;

import io.winback.segment.MembershipStore;

/**
 * The customer's segments: they leave each one (the counts stay right), and their record and the history items that
 * name them go. What the segments are and how many they hold stays.
 */
public final class SegmentMembershipEraser implements CustomerDataEraser {
    private final MembershipStore memberships;

    public SegmentMembershipEraser(MembershipStore memberships) {
        this.memberships = memberships;
    }

    @Override
    public String name() {
        return "segments";
    }

    @Override
    public int erase(Erasure erasure) {
        return memberships.eraseAll(erasure.customerKey());
    }
}
