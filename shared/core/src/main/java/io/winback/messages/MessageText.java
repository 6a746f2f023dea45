package io.winback.messages;

import io.winback.chain.BonusValidity;
import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.chain.Contacts;
import io.winback.messages.MessageContent;
import io.winback.messages.TemplateText;
import io.winback.chain.Touch;
import io.winback.chain.Trigger;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * A step's message for one customer, with {name}, {amount}, {until}, {store} and {group} filled in; {amount} is what
 * the touch grants (the step's bonus, or less when the cap holds it down), so the message never promises more than is
 * given; {group} is the chain's product group ({@link GroupPlaceholder}).
 */
public final class MessageText {
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd.MM");
    private final String storeName;
    private final ZoneId zone;

    public MessageText(String storeName, ZoneId zone) {
        this.storeName = storeName;
        this.zone = zone;
    }

    /** The message of a step of a chain of {@code trigger}: {@code {group}} reads the trigger's group. */
    public MessageContent render(Trigger trigger, ChainStep step, Channel channel, Contacts contacts, Touch touch) {
        return render(step, channel, contacts, touch, GroupPlaceholder.valueFor(trigger).orElse(null));
    }

    private MessageContent render(ChainStep step, Channel channel, Contacts contacts, Touch touch, String group) {
        Instant touchedAt = touch.at();
        MessageContent template = step.message(channel, contacts.language());
        Map<String, String> values = new HashMap<>();
        values.put(GroupPlaceholder.NAME, group);
        values.put("name", contacts.name() == null ? "" : contacts.name());
        values.put("store", storeName);
        if (step.bonus() != null) {
            values.put("amount", TemplateText.amount(touch.bonusAmount() != null ? touch.bonusAmount()
                    : step.bonus().amount()));
            values.put("until", BonusValidity.lastDay(touchedAt, step.bonus().validDays(), zone).format(DAY_MONTH));
        }
        return new MessageContent(template.subject() == null ? null : TemplateText.render(template.subject(), values),
                TemplateText.render(template.body(), values));
    }

}
