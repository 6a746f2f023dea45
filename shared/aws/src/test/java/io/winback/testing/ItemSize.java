package io.winback.testing;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An item's size as DynamoDB counts it against its 400 KB limit and bills it (a write unit per KB): each attribute's
 * name in UTF-8 plus its value; strings in UTF-8, numbers about one byte per two significant digits plus one,
 * booleans and nulls one byte, lists and maps three bytes plus one per element plus the elements (a map's keys
 * counted as names), sets the sum of their elements. Rules of the DynamoDB developer guide, "Item sizes".
 */
public final class ItemSize {
    private ItemSize() {
    }

    public static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            size += utf8(attribute.getKey()) + of(attribute.getValue());
        }
        return size;
    }

    private static long of(AttributeValue value) {
        if (value.s() != null) {
            return utf8(value.s());
        }
        if (value.n() != null) {
            return number(value.n());
        }
        if (value.b() != null) {
            return value.b().asByteArray().length;
        }
        if (value.bool() != null || Boolean.TRUE.equals(value.nul())) {
            return 1;
        }
        if (value.hasM()) {
            return 3 + value.m().size() + of(value.m());
        }
        if (value.hasL()) {
            return 3 + value.l().size() + value.l().stream().mapToLong(ItemSize::of).sum();
        }
        if (value.hasSs()) {
            return value.ss().stream().mapToLong(ItemSize::utf8).sum();
        }
        if (value.hasNs()) {
            return value.ns().stream().mapToLong(ItemSize::number).sum();
        }
        if (value.hasBs()) {
            return value.bs().stream().mapToLong(bytes -> bytes.asByteArray().length).sum();
        }
        return 0;
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static long number(String text) {
        int digits = new BigDecimal(text).stripTrailingZeros().precision();
        return (digits + 1) / 2 + 1;
    }

}
