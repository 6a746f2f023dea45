package io.winback.tasks;

import io.winback.chain.Trigger;
import io.winback.report.ReportLanguage;
import io.winback.text.ShopText;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Why staff call, as they would say it, one plain sentence per trigger with its day as the shop writes days
 * ({@link ShopText#day}): «Не приходит с 15.09.2026» / "Not back since 15 Sep 2026". No chain or step id: those
 * are the engine's names, not the shop's.
 */
public final class CallReason {
    private CallReason() {
    }

    /**
     * @param episodeId    the episode the call belongs to: its occasion's day is the birthday, the purchase a
     *                     cross-sell follows, and for a refill the last purchase of the group
     * @param lastVisit    the customer's last visit, or null
     * @param campaignName the campaign's name for a campaign's call, or null
     */
    public static String of(Trigger trigger, String episodeId, LocalDate lastVisit, String campaignName,
                            ReportLanguage language) {
        LocalDate occasion = Trigger.Occasion.dayOf(episodeId);
        return switch (trigger) {
            case Trigger.FellAsleep ignored -> lastVisit == null
                    ? language.pick("Давно не приходит", "Has not been back")
                    : language.pick("Не приходит с ", "Not back since ") + ShopText.day(lastVisit, language);
            case Trigger.Birthday ignored -> occasion == null ? language.pick("День рождения", "Birthday")
                    : language.pick("День рождения ", "Birthday on ") + ShopText.day(occasion, language);
            case Trigger.Replenishment refill -> {
                LocalDate bought = lastBought(episodeId);
                yield language.pick("Пора пополнить запас: ", "Time to refill: ") + refill.group()
                        + (bought == null ? "" : language.pick(", последняя покупка ", ", last bought ")
                        + ShopText.day(bought, language));
            }
            case Trigger.Bought bought -> language.pick("Купили " + bought.group(), "Bought " + bought.group())
                    + (occasion == null ? "" : language.pick(" ", " on ") + ShopText.day(occasion, language))
                    + language.pick(": предложить ", ": offer ") + bought.offerGroup();
            case Trigger.Campaign campaign -> language.pick("Кампания «", "Campaign “")
                    + (campaignName == null || campaignName.isBlank() ? campaign.campaignId() : campaignName)
                    + language.pick("»", "”");
        };
    }

    /** A refill episode's last purchase of the group: {@code replenishment:dogfood/2027-01-15@2027-03-01}. */
    private static LocalDate lastBought(String episodeId) {
        int slash = episodeId == null ? -1 : episodeId.lastIndexOf('/');
        int at = episodeId == null ? -1 : episodeId.lastIndexOf('@');
        if (slash < 0 || at < slash) {
            return null;
        }
        try {
            return LocalDate.parse(episodeId.substring(slash + 1, at));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
