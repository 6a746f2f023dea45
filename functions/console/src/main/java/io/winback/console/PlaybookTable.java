package io.winback.console;

import io.winback.chain.BonusCap;
import io.winback.chain.Chain;
import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainReadiness;
import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.chain.Trigger;
import io.winback.domain.PurchaseBand;
import io.winback.messages.GroupPlaceholder;
import io.winback.messages.MessageContent;
import io.winback.report.ReportLanguage;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentDefinition;
import io.winback.text.Noun;
import io.winback.text.ShopText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Lays the configuration in force out as {@link PlaybookView}: the playbook as a table per trigger and audience. */
final class PlaybookTable {
    private final String storeName;
    private final BigDecimal smsPrice;
    private final String currency;
    private final ZoneId zone;

    PlaybookTable(String storeName, BigDecimal smsPrice, String currency, ZoneId zone) {
        this.storeName = storeName;
        this.smsPrice = smsPrice;
        this.currency = currency;
        this.zone = zone;
    }

    /** @param readiness one per chain, in the configuration's order */
    PlaybookView of(ChainConfiguration configuration, BonusCap cap, List<ChainReadiness> readiness,
                    SegmentConfiguration segments, Instant now, ReportLanguage language) {
        Map<String, List<PlaybookView.ChainCard>> byTrigger = new LinkedHashMap<>();
        for (int i = 0; i < configuration.chains().size(); i++) {
            Chain chain = configuration.chains().get(i);
            ChainReadiness state = readiness.get(i);
            List<PlaybookView.StepLine> steps = new ArrayList<>();
            for (int s = 0; s < chain.steps().size(); s++) {
                steps.add(step(chain, s, cap, now, language));
            }
            byTrigger.computeIfAbsent(title(chain.trigger(), language), title -> new ArrayList<>())
                    .add(new PlaybookView.ChainCard(chain.id(), audience(chain, segments, language), state.running(),
                            state.running() ? null : state.why(language), steps));
        }
        return new PlaybookView(configuration.version(), capText(cap, language), byTrigger.entrySet().stream()
                .map(e -> new PlaybookView.Group(e.getKey(), e.getValue())).toList());
    }

    static String title(Trigger trigger, ReportLanguage language) {
        return switch (trigger) {
            case Trigger.FellAsleep asleep -> language.pick("Перестал приходить", "Stopped coming");
            case Trigger.Replenishment refill -> language.pick("Пора пополнить запас: ", "Time to restock: ")
                    + refill.group();
            case Trigger.Birthday birthday -> language.pick("День рождения, за ", "Birthday, ")
                    + Noun.DAY.count(birthday.daysBefore(), language) + language.pick("", " before");
            case Trigger.Bought bought -> language.pick("Купил ", "Bought ") + bought.group()
                    + language.pick(" — предложить ", " — offer ") + bought.offerGroup();
            case Trigger.Campaign campaign -> language.pick("Кампания ", "Campaign ") + campaign.campaignId();
        };
    }

    static String audience(Chain chain, SegmentConfiguration segments, ReportLanguage language) {
        if (chain.band() != null) {
            return band(chain.band(), language);
        }
        if (chain.segment() != null) {
            return language.pick("Сегмент «", "Segment “") + segments.find(chain.segment())
                    .map(SegmentDefinition::name).orElse(chain.segment()) + language.pick("»", "”");
        }
        return language.pick("Все клиенты", "Every customer");
    }

    static String band(PurchaseBand band, ReportLanguage language) {
        return switch (band) {
            case ONE -> language.pick("Купили 1 раз", "Bought once");
            case FEW -> language.pick("Купили 2–3 раза", "Bought 2–3 times");
            case MANY -> language.pick("Купили 4 раза и больше", "Bought 4 times or more");
            case VIP -> "VIP";
        };
    }

    private PlaybookView.StepLine step(Chain chain, int index, BonusCap cap, Instant now, ReportLanguage language) {
        ChainStep step = chain.step(index);
        String when = index == 0 && step.offsetDays() == 0 ? (chain.trigger() instanceof Trigger.FellAsleep
                ? language.pick("в день, когда уснул", "on the day they fall asleep")
                : language.pick("в тот же день", "on the day"))
                : index == 0 ? language.pick("через ", "after ") + Noun.DAY.count(step.offsetDays(), language)
                : language.pick("через ", "") + Noun.DAY.count(step.offsetDays(), language)
                + language.pick(" после шага " + index, " after step " + index);
        String bonus = step.bonus() == null ? "—" : bonusText(step, cap, language);
        String channels = step.channels().isEmpty() ? "—" : step.channels().stream()
                .map(channel -> ChannelWords.of(channel, language)).collect(Collectors.joining(", "));
        MessageContent sms = step.messages().getOrDefault(Channel.SMS, Map.of()).get(language.code());
        if (sms == null) {
            sms = step.message(Channel.SMS, language.code());
        }
        String billing = sms == null ? null : MessagePreview.of(sms.body(), true, granted(step, cap),
                step.bonus() == null ? 0 : step.bonus().validDays(), storeName,
                GroupPlaceholder.valueFor(chain.trigger()).orElse(null), now, zone, smsPrice, currency,
                language).billing();
        String call = step.call() == null ? "—" : language.pick("звонок, срок ", "a call within ")
                + Noun.DAY.count(step.call().deadlineDays(), language);
        return new PlaybookView.StepLine(index + 1, when, bonus, channels, sms == null ? null : sms.body(), billing,
                call, ChainPages.stepPath(chain.id(), index + 1));
    }

    private String bonusText(ChainStep step, BonusCap cap, ReportLanguage language) {
        String text = ShopText.money(step.bonus().amount(), currency, language) + language.pick(" на ", " for ")
                + Noun.DAY.count(step.bonus().validDays(), language);
        return cap.reasonAbove(step.bonus().amount()).isPresent()
                ? text + language.pick(" (выдаётся " + ShopText.money(cap.amount(), currency, language)
                + ": предел бюджета)", " (" + ShopText.money(cap.amount(), currency, language)
                + " is granted: the budget's cap)")
                : text;
    }

    /** What a touch of {@code step} grants: its bonus, held down to the cap; null without a bonus. */
    static BigDecimal granted(ChainStep step, BonusCap cap) {
        return step.bonus() == null ? null : cap.limit(step.bonus().amount());
    }

    private String capText(BonusCap cap, ReportLanguage language) {
        String check = cap.check().amount() == null ? language.pick("средний чек ещё не известен",
                "the average check is not known yet") : language.pick("средний чек ", "average check ")
                + ShopText.money(cap.check().amount(), currency, language);
        return language.pick("Любой бонус сейчас не больше ", "Any bonus is at most ")
                + ShopText.money(cap.amount(), currency, language) + " (" + check + language.pick(
                ", потолок установки ", ", the deployment's ceiling ")
                + ShopText.money(cap.maxBonus(), currency, language) + ")";
    }
}
