package io.winback.console;

import io.winback.campaign.Campaign;
import io.winback.campaign.CampaignState;
import io.winback.chain.Channel;
import io.winback.chain.ChainStep;
import io.winback.messages.MessageContent;
import io.winback.messages.SmsParts;
import io.winback.messages.TemplateText;
import io.winback.report.ReportLanguage;
import io.winback.text.Noun;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A campaign as its page shows it, in words: the definition, the state, what may be done with it now, and where its
 * report and its sent log are.
 */
public record CampaignView(String id, String idInPath, String name, String segment, String start, String state,
                           String holdout, String entered, List<StepView> steps, boolean paused, boolean cancelled,
                           boolean cancellable, String reportHref, String sentHref) {

    /** One step: when, the bonus, the channels in order, each text (an SMS with its parts), the call. */
    public record StepView(String title, String bonus, String channels, List<TextView> texts, String call) {
    }

    /** A text of a step; {@code parts} says how many SMS it goes out in at the placeholders' longest, else null. */
    public record TextView(String label, String subject, String text, String parts) {
    }

    static CampaignView of(Campaign campaign, Shown shown, LocalDate today, String storeName) {
        ReportLanguage language = shown.language();
        var definition = campaign.definition();
        List<StepView> steps = new ArrayList<>();
        int day = 0;
        for (int i = 0; i < definition.steps().size(); i++) {
            ChainStep step = definition.steps().get(i);
            day += step.offsetDays();
            steps.add(step(i, day, step, shown, storeName));
        }
        String encoded = URLEncoder.encode(campaign.id(), StandardCharsets.UTF_8);
        // Its report and its sent log from the day it started (the sent log reads at most 93 days at a time).
        LocalDate started = campaign.startedAt() == null ? null : campaign.startedAt().atZone(shown.zone())
                .toLocalDate();
        boolean since = started != null && !started.isAfter(today);
        LocalDate sentTo = since && started.plusDays(92).isBefore(today) ? started.plusDays(92) : today;
        return new CampaignView(campaign.id(), encoded, definition.name(), definition.segment(),
                shown.dayAndTime(definition.at().toInstant()), stateWord(campaign, language),
                definition.holdoutPercent() + " %", entered(campaign, language), steps,
                campaign.state() == CampaignState.PAUSED, campaign.state() == CampaignState.CANCELLED,
                campaign.cancellable(),
                since ? "/dashboard?from=" + started + "&to=" + today : "/dashboard",
                ConsoleRoutes.SENT + "?chain=" + encoded + (since ? "&from=" + started + "&to=" + sentTo : ""));
    }

    /** Where it stands, in the shop's words. */
    static String stateWord(Campaign campaign, ReportLanguage language) {
        return switch (campaign.state()) {
            case SCHEDULED -> language.pick("запланирована", "scheduled");
            case STARTED -> language.pick("идёт", "running");
            case PAUSED -> campaign.startedAt() == null
                    ? language.pick("на паузе, ещё не начиналась", "paused, not started yet")
                    : language.pick("на паузе", "paused");
            case CANCELLED -> language.pick("отменена", "cancelled");
        };
    }

    /** "120 клиентов, из них 12 в контрольной группе", once it started; "—" before. */
    static String entered(Campaign campaign, ReportLanguage language) {
        if (campaign.startedAt() == null) {
            return "—";
        }
        return Noun.CUSTOMER.count(campaign.entered(), language) + language.pick(", из них ", ", of them ")
                + campaign.heldOut() + language.pick(" в контрольной группе", " held out");
    }

    /** How many SMS {@code text} goes out in with every placeholder at its longest: "2 части (UCS-2, 134 знака) при самых длинных значениях подстановок". */
    static String smsParts(String text, BigDecimal bonus, String storeName, ReportLanguage language) {
        return MessagePreview.parts(MessagePreview.longest(text, bonus, storeName, null), language)
                + language.pick(" при самых длинных значениях подстановок", " with every placeholder at its longest");
    }

    private static StepView step(int index, int day, ChainStep step, Shown shown, String storeName) {
        ReportLanguage language = shown.language();
        String title = language.pick("Шаг ", "Step ") + (index + 1) + " · "
                + (day == 0 ? language.pick("в день начала", "on the start day")
                : language.pick("через ", "after ") + Noun.DAY.count(day, language));
        String bonus = step.bonus() == null ? language.pick("без бонуса", "no bonus")
                : shown.money(step.bonus().amount()) + language.pick(" на ", " for ")
                + Noun.DAY.count(step.bonus().validDays(), language);
        List<String> channels = step.channels().stream().map(c -> ChannelWords.of(c, language)).toList();
        List<TextView> texts = new ArrayList<>();
        for (Channel channel : step.channels()) {
            for (Map.Entry<String, MessageContent> message : new TreeMap<>(step.messages()
                    .getOrDefault(channel, Map.of())).descendingMap().entrySet()) {
                String label = (channel == Channel.SMS ? "SMS" : language.pick("Письмо", "Email")) + ", "
                        + message.getKey();
                texts.add(new TextView(label, message.getValue().subject(), message.getValue().body(),
                        channel == Channel.SMS ? smsParts(message.getValue().body(),
                                step.bonus() == null ? null : step.bonus().amount(), storeName, language) : null));
            }
        }
        String call = step.call() == null ? null : language.pick("Звонок: позвонить в течение ",
                "Call: within ") + Noun.DAY.count(step.call().deadlineDays(), language);
        return new StepView(title, bonus, channels.isEmpty() ? "—" : String.join(", ", channels), texts, call);
    }
}
