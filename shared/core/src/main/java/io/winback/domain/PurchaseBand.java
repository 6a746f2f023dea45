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
        for (PurchaseBand band : values()) {
            if (band.label.equals(label)) {
                return band;
            }
        }
        throw new IllegalArgumentException("unknown segment " + label);
    }
}
