package io.winback.console;

/**
 * A segment as the list shows it: its name and id, dynamic or static, its members now and when counted, and how far
 * its fill is in words (null once done).
 */
public record SegmentListed(String id, String name, String kind, String members, String counted, String fill,
                            String path) {
}
