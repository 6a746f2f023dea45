package io.winback.tasks;

import io.winback.chain.Trigger;
import io.winback.report.ReportLanguage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StaffReadWhyToCallInOneSentencePerTriggerTest {
    private static final LocalDate LAST_VISIT = LocalDate.of(2026, 9, 15);

    @Test
    void aSleepingCustomerIsNotBackSinceTheirLastVisitWithoutAnyChainOrStepId() {
        Trigger asleep = new Trigger.FellAsleep();
        String episode = asleep.on(LocalDate.of(2026, 11, 20)).episodeId();
        assertEquals("Не приходит с 15.09.2026", CallReason.of(asleep, episode, LAST_VISIT, null, ReportLanguage.RU));
        assertEquals("Not back since 15 Sep 2026", CallReason.of(asleep, episode, LAST_VISIT, null, ReportLanguage.EN));
        assertEquals("Давно не приходит", CallReason.of(asleep, episode, null, null, ReportLanguage.RU));
    }

    @Test
    void aBirthdayCallNamesTheBirthday() {
        Trigger birthday = new Trigger.Birthday(3);
        String episode = birthday.on(LocalDate.of(2026, 12, 20)).episodeId();
        assertEquals("День рождения 20.12.2026", CallReason.of(birthday, episode, LAST_VISIT, null, ReportLanguage.RU));
        assertEquals("Birthday on 20 Dec 2026", CallReason.of(birthday, episode, LAST_VISIT, null, ReportLanguage.EN));
    }

    @Test
    void aRefillCallNamesTheGroupAndItsLastPurchase() {
        Trigger refill = new Trigger.Replenishment("dogfood", new BigDecimal("0.8"), null);
        String episode = Trigger.Replenishment.cycleOf("dogfood", LocalDate.of(2027, 1, 15)) + "2027-03-01";
        assertEquals("Пора пополнить запас: dogfood, последняя покупка 15.01.2027",
                CallReason.of(refill, episode, LAST_VISIT, null, ReportLanguage.RU));
        assertEquals("Time to refill: dogfood, last bought 15 Jan 2027",
                CallReason.of(refill, episode, LAST_VISIT, null, ReportLanguage.EN));
    }

    @Test
    void aCrossSellCallSaysWhatWasBoughtWhenAndWhatToOffer() {
        Trigger bought = new Trigger.Bought("camera", "lens", 7, 365);
        String episode = bought.on(LocalDate.of(2026, 10, 2)).episodeId();
        assertEquals("Купили camera 02.10.2026: предложить lens",
                CallReason.of(bought, episode, LAST_VISIT, null, ReportLanguage.RU));
        assertEquals("Bought camera on 2 Oct 2026: offer lens",
                CallReason.of(bought, episode, LAST_VISIT, null, ReportLanguage.EN));
    }

    @Test
    void aCampaignCallNamesTheCampaignByItsNameNotItsId() {
        Trigger campaign = new Trigger.Campaign("coffee-win");
        String episode = campaign.on(LocalDate.of(2026, 12, 10)).episodeId();
        assertEquals("Кампания «Кофе в подарок»",
                CallReason.of(campaign, episode, LAST_VISIT, "Кофе в подарок", ReportLanguage.RU));
        assertEquals("Campaign “coffee-win”", CallReason.of(campaign, episode, LAST_VISIT, null, ReportLanguage.EN));
    }
}
