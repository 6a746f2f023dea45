package io.winback.segment;

/**
 * One segment as the shop defined it: a dynamic segment has {@code conditions} (members are whoever meets them,
 * kept current), a static list has none (members are set by id list or CSV upload). {@code version} counts the edits
 * of this segment: a new version is filled again.
 */
public record SegmentDefinition(String id, String name, int version, Condition conditions) {
    public boolean isStatic() {
        return conditions == null;
    }
}
