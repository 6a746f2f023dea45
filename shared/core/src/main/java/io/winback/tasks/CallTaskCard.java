package io.winback.tasks;

import io.winback.chain.Episode;
import io.winback.chain.Touch;
import io.winback.chain.Trigger;
import io.winback.report.ReportLanguage;
import io.winback.chain.TouchStatus;
import io.winback.domain.Customer;
import io.winback.domain.CustomerRefs;
import io.winback.domain.PurchaseBand;
import io.winback.domain.PurchaseBandPolicy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** The call task a step opens: what staff see about the customer before they dial. */
public final class CallTaskCard {
    private CallTaskCard() {
    }

    /**
     * @param language     the customer's language ({@code ru} or {@code en}): the words staff say on the phone, and
     *                     the reason's (Russian unless English)
     * @param trigger      what started the episode: the reason says it ({@link CallReason})
     * @param campaignName the campaign's name when the episode is a campaign's, else null
     * @param episode      the episode the touch belongs to: the task keeps where it comes from, for the report
     */
    public static CallTask of(CustomerRefs refs, Customer customer, String language, String store, Touch touch,
                              CallTaskRule rule, List<Touch> touches, PurchaseBandPolicy bands, Trigger trigger,
                              String campaignName, Episode episode) {
        PurchaseBand band = customer.band(bands);
        int touchesSoFar = (int) touches.stream()
                .filter(t -> t.status() == TouchStatus.SENT || t.status() == TouchStatus.UNKNOWN).count();
        String reason = CallReason.of(trigger, touch.episodeId(), customer.stats().lastVisitDay(), campaignName,
                "en".equals(language) ? ReportLanguage.EN : ReportLanguage.RU);
        return new CallTask(CallTask.idOf(refs, customer.key(), touch.id()), customer.key(), store, customer.profile().name(),
                customer.profile().phone(), band == null ? null : band.label(), customer.stats().lastVisitDay(),
                customer.stats().averageCheck(), touchesSoFar, reason,
                touch.at(), touch.at().plus(Duration.ofDays(rule.deadlineDays())), CallTask.OPEN, null, null, null,
                customer.stats().netSpent(), rule.scriptIn(language), origin(episode, touch));
    }

    /** The chain, entry day, step and band the call is counted under; null when the episode id names no day. */
    static CallTask.Origin origin(Episode episode, Touch touch) {
        LocalDate entered = Trigger.Occasion.dayOf(episode.id());
        return entered == null || episode.chainId() == null ? null
                : new CallTask.Origin(episode.chainId(), entered, touch.step(), episode.band());
    }
}
