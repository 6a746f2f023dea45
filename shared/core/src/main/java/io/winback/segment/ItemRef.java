package io.winback.segment;

/** What a "bought" condition asks about: a product group or one SKU, as the receipts' lines name them. */
public record ItemRef(Kind kind, String name) {
    public enum Kind { GROUP, SKU }

    public ItemRef {
        if (kind == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("an item is a group or a sku with a name");
        }
    }

    public static ItemRef group(String name) {
        return new ItemRef(Kind.GROUP, name);
    }

    public static ItemRef sku(String name) {
        return new ItemRef(Kind.SKU, name);
    }
}
