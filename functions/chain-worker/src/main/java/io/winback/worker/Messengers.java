package io.winback.worker;

import io.winback.chain.Channel;
import io.winback.chain.Touch;
import io.winback.domain.CustomerRefs;
import io.winback.messages.EmailGateway;
import io.winback.messages.SmsGateway;

import java.util.function.BiFunction;

/**
 * The ways out: SMS, email (null when no sender identity is configured: the channel is then never chosen), the
 * unsubscribe link for a customer and channel, and the references under which customers are named outside Winback
 * (touch ids at the providers, call task ids), which carry no contact detail.
 */
record Messengers(SmsGateway sms, EmailGateway email, BiFunction<String, Channel, String> unsubscribeLink,
                  CustomerRefs refs) {
    /** The touch's id as providers, headers and logs see it. */
    String outwardId(Touch touch) {
        return Touch.outwardIdOf(refs, touch.customerKey(), touch.id());
    }
}
