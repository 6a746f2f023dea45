package io.winback.chain;

import io.winback.tasks.CallTaskRule;
import io.winback.messages.MessageContent;

import java.util.List;
import java.util.Map;

/**
 * One step of a chain.
 *
 * @param offsetDays           days after the previous step (for the first step: after the trigger's day)
 * @param bonus                granted with the touch, or null
 * @param messages             per channel, per language ("ru", "en"): what the customer reads
 * @param channels             in order of preference; the touch goes out once, on the first one the customer can
 *                             be reached on with consent
 * @param call                 a call task for staff, or null
 * @param conversionWindowDays how long after a touch without bonus a purchase still counts as its conversion
 */
public record ChainStep(int offsetDays, BonusOffer bonus, Map<Channel, Map<String, MessageContent>> messages,
                        List<Channel> channels, CallTaskRule call, int conversionWindowDays) {

    public static final int DEFAULT_CONVERSION_WINDOW_DAYS = 7;

    public ChainStep {
        messages = Map.copyOf(messages);
        channels = List.copyOf(channels);
    }

    public boolean sendsMessage() {
        return !channels.isEmpty() && !messages.isEmpty();
    }

    /** Days after the touch in which a purchase converts: the bonus's validity, else the configured window. */
    public int windowDays() {
        return bonus != null ? bonus.validDays() : conversionWindowDays;
    }

    /** The message in {@code language}, falling back to Russian, the shop's default. */
    public MessageContent message(Channel channel, String language) {
        Map<String, MessageContent> byLanguage = messages.getOrDefault(channel, Map.of());
        MessageContent content = byLanguage.get(language);
        return content != null ? content : byLanguage.get(Playbook.DEFAULT_LANGUAGE);
    }
}
