package io.winback.report;

/**
 * What a buyers list is about: one product by its SKU, or a product group, as the till names them on sale lines.
 *
 * @param code the SKU or the group name, exactly as on the lines
 */
public record Product(Kind kind, String code) {
    public enum Kind {
        SKU("sku"), GROUP("group");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    public Product {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a product needs a code");
        }
    }

    public static Product sku(String sku) {
        return new Product(Kind.SKU, sku);
    }

    public static Product group(String group) {
        return new Product(Kind.GROUP, group);
    }

    /** The index partition of this product's lines: {@code sku#<sku>} or {@code group#<group>}. */
    public String indexKey() {
        return kind.prefix() + "#" + code;
    }
}
