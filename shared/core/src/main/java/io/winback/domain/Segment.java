package io.winback.domain;

/** The reactivation segments of the reference playbook, labelled as marketers say them. */
public enum Segment {
    ONE("1"),
    FEW("2-3"),
    MANY("4+"),
    VIP("VIP");

    private final String label;

    Segment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Segment fromLabel(String label) {
        for (Segment segment : values()) {
            if (segment.label.equals(label)) {
                return segment;
            }
        }
        throw new IllegalArgumentException("unknown segment " + label);
    }
}
