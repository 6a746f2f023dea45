package io.winback.worker;

import io.winback.chain.Channel;
import io.winback.messaging.EmailGateway;
import io.winback.messaging.SmsGateway;

import java.util.function.BiFunction;

/**
 * The ways out: SMS, email (null when no sender identity is configured: the channel is then never chosen), and the
 * unsubscribe link for a customer and channel.
 */
record Messengers(SmsGateway sms, EmailGateway email, BiFunction<String, Channel, String> unsubscribeLink) {
}
