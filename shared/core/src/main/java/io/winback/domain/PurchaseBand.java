package io.winback.domain;

/** The reactivation segments of the reference playbook, labelled as marketers say them. */
public enum PurchaseBand {
    ONE("1"),
    FEW("2-3"),
    MANY("4+"),
    VIP("VIP");

    private final String label;

    PurchaseBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static PurchaseBand fromLabel(String label) {
        for (PurchaseBand segment : values()) {
            if (segment.label.equals(label)) {
                return segment;
            }
        }
        throw new IllegalArgumentException("unknown segment " + label);
    }
}
