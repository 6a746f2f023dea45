package io.winback.messages;

import io.winback.chain.ConvertingPurchase;
import io.winback.chain.Trigger;

import java.util.Optional;

/**
 * What {@code {group}} reads in a chain's messages: the product group the chain is about, as the receipts name it.
 * A refill reminder names the group to refill; a cross-sell offer names the group it offers (a camera's buyer is
 * offered {@code lens}). A chain without a group (fell-asleep, birthday) may not use the placeholder at all: it would
 * go out empty.
 */
public final class GroupPlaceholder {
    public static final String NAME = "group";
    public static final String PLACEHOLDER = "{" + NAME + "}";

    private GroupPlaceholder() {
    }

    /**
     * The group {@code {group}} names in the messages of a chain of {@code trigger}; empty when it names none: the
     * group whose purchase the chain is after ({@link ConvertingPurchase}).
     */
    public static Optional<String> valueFor(Trigger trigger) {
        return ConvertingPurchase.groupOf(trigger);
    }
}
