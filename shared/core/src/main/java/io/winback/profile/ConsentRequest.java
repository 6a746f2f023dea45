package io.winback.profile;

import io.winback.chain.Channel;
import io.winback.consent.ConsentChange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a customer said about being messaged (by {@code POST /v1/customers/{customerId}/consent}, an unsubscribe
 * link or the owner on the console's card): per channel named, where
 * ({@code source}) and under which consent text.
 *
 * @param granted     yes or no per channel named; at least one
 * @param textVersion the version of the consent text shown to the customer, or null when not given
 */
public record ConsentRequest(Map<Channel, Boolean> granted, String source, String textVersion) {
    public static final String DEFAULT_SOURCE = "api";

    public ConsentRequest {
        granted = new EnumMap<>(granted);
    }

    /** The ledger entries of this request, one per channel, in channel order. */
    public List<ConsentChange> changes(String customerKey, Instant at) {
        List<ConsentChange> changes = new ArrayList<>();
        granted.forEach((channel, yes) -> changes.add(new ConsentChange(customerKey, channel, yes, at, source, textVersion)));
        return changes;
    }

    /** The request as a profile edit: the channels named are set, the others kept. */
    public ProfileEdit asProfileEdit() {
        return new ProfileEdit(FieldEdit.keep(), FieldEdit.keep(), FieldEdit.keep(), FieldEdit.keep(),
                edit(Channel.SMS), edit(Channel.EMAIL));
    }

    private FieldEdit<Boolean> edit(Channel channel) {
        Boolean yes = granted.get(channel);
        return yes == null ? FieldEdit.keep() : FieldEdit.setTo(yes);
    }
}
