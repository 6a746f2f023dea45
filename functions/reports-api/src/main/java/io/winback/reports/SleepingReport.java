package io.winback.reports;

import io.winback.sleep.SleepRule;
import io.winback.report.TableWriter;
import io.winback.chain.Episode;
import io.winback.chain.Episodes;
import io.winback.chain.Trigger;
import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.domain.CustomerProfile;
import io.winback.domain.CustomerStore;
import io.winback.domain.PurchaseBand;
import io.winback.domain.PurchaseBandPolicy;
import io.winback.domain.SleepDecision;
import io.winback.http.ApiReply;
import io.winback.report.CsvWriter;
import io.winback.report.ReportFormat;
import io.winback.report.ReportLanguage;
import io.winback.report.ReportQuery;
import io.winback.http.report.ReportReplies;
import io.winback.report.SleepDayIndex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /v1/reports/sleeping?on=&limit=&cursor=}: the customers whose sleep day is {@code on}, and what came of
 * it: {@code undecided} (the daily check has not run for the day yet, or the day is still to come) or the check's
 * decision ({@code started}, {@code lost}, {@code archived}, {@code in_episode}, {@code no_chain}), with the chain
 * episode's state when one runs. A customer decided for the day stays in its list after buying again; one whose sleep
 * day a purchase moved before the check decided no longer falls asleep that day, and is left out. Read from the
 * sleep indexes a page at a time ({@link SleepDayIndex}), then the page's cards (100 a request) and episodes.
 */
final class SleepingReport implements Report {
    static final String UNDECIDED = "undecided";
    private final SleepDayIndex sleepers;
    private final CustomerStore customers;
    private final Episodes episodes;
    private final PurchaseBandPolicy bands;
    private final SleepRule sleep;

    /** @param sleep the sleep rule in force, as the stream wrote the index's days under it */
    SleepingReport(SleepDayIndex sleepers, CustomerStore customers, Episodes episodes,
                   WinbackConfig config, SleepRule sleep) {
        this.sleepers = sleepers;
        this.customers = customers;
        this.episodes = episodes;
        this.bands = config.bands();
        this.sleep = sleep;
    }

    @Override
    public ApiReply answer(ReportQuery query) {
        LocalDate on = query.requiredDate("on");
        int limit = Paging.limit(query);
        String cursor = query.text("cursor");
        if (!query.isValid()) {
            return ApiReply.errors(400, query.errors());
        }
        SleepDayIndex.Page page;
        try {
            page = sleepers.page(on, limit, cursor);
        } catch (IllegalArgumentException e) {
            // Refused before anything was read.
            return ApiReply.error(400, "cursor", e.getMessage());
        }
        Map<String, Customer> cards = customers.findAll(page.customerKeys());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String key : page.customerKeys().stream().sorted().toList()) {
            Customer card = cards.get(key);
            String decision = card == null ? null : decisionOn(card, on);
            if (decision != null) {
                rows.add(row(card, on, decision));
            }
        }
        if (query.format().isTable()) {
            TableWriter csv = ReportReplies.table(query, "Засыпающие", "Falling asleep");
            csv.header(header(query.language()));
            rows.forEach(row -> csv.row(ListCells.of(row, query.language())));
            return ReportReplies.download("sleeping-" + on, csv).withHeaders(Paging.nextCursorHeader(page.nextCursor()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("on", on.toString());
        body.put("rows", rows);
        body.put("nextCursor", page.nextCursor());
        return ApiReply.ok(body);
    }

    /** The card's decision for the day, {@link #UNDECIDED}, or null when the customer no longer sleeps on it. */
    private String decisionOn(Customer card, LocalDate on) {
        SleepDecision decision = card.sleepDecision();
        if (decision != null && on.equals(decision.sleepDay())) {
            return decision.outcome();
        }
        return on.equals(card.undecidedSleepAt(bands, sleep)) ? UNDECIDED : null;
    }

    private Map<String, Object> row(Customer card, LocalDate on, String decision) {
        CustomerProfile p = card.profile();
        PurchaseBand band = card.band(bands);
        Optional<Episode> episode = episodeFor(card.key(), on, decision);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("customerKey", card.key());
        row.put("name", p.name());
        row.put("phone", p.phone());
        row.put("email", p.email());
        row.put("consentSms", p.consentSms());
        row.put("consentEmail", p.consentEmail());
        row.put("segment", band == null ? null : band.label());
        row.put("lastVisitDay", card.stats().lastVisitDay() == null ? null
                : card.stats().lastVisitDay().toString());
        row.put("decision", decision);
        row.put("chainId", episode.map(Episode::chainId).orElse(null));
        row.put("holdout", episode.map(Episode::holdout).orElse(null));
        row.put("episodeStatus", episode.map(e -> e.status().wireName()).orElse(null));
        row.put("stepsTaken", episode.map(Episode::nextStep).orElse(null));
        row.put("endReason", episode.map(Episode::endReason).orElse(null));
        row.put("converted", episode.map(e -> e.conversion() != null).orElse(null));
        return row;
    }

    /**
     * The episode the day started (its id is the occasion's), or for {@code in_episode} the customer's latest one,
     * which was running then; none for the other decisions.
     */
    private Optional<Episode> episodeFor(String customerKey, LocalDate on, String decision) {
        return switch (decision) {
            case SleepDecision.STARTED ->
                    episodes.episode(customerKey, new Trigger.FellAsleep().on(on).episodeId());
            case SleepDecision.IN_EPISODE -> episodes.episodesOf(customerKey).stream()
                    .filter(e -> e.startedAt() != null)
                    .max(Comparator.comparing(Episode::startedAt));
            default -> Optional.empty();
        };
    }

    static List<String> header(ReportLanguage language) {
        return List.of(language.pick("клиент", "customer"), language.pick("имя", "name"),
                language.pick("телефон", "phone"), language.pick("эл. почта", "email"),
                language.pick("согласие на SMS", "SMS consent"), language.pick("согласие на письма", "email consent"),
                language.pick("сегмент", "segment"), language.pick("последний визит", "last visit"),
                language.pick("решение", "decision"), language.pick("цепочка", "chain"),
                language.pick("контрольная группа", "holdout"), language.pick("статус эпизода", "episode status"),
                language.pick("шагов сделано", "steps taken"), language.pick("причина завершения", "end reason"),
                language.pick("вернулся", "converted"));
    }
}
