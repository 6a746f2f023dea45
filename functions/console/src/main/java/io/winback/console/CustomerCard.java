package io.winback.console;

import io.winback.bonus.BonusGrant;
import io.winback.bonus.BonusHistory;
import io.winback.bonus.BonusRedemption;
import io.winback.chain.Episode;
import io.winback.chain.Episodes;
import io.winback.chain.Touch;
import io.winback.chain.Touches;
import io.winback.consent.ConsentChange;
import io.winback.consent.ConsentLedger;
import io.winback.domain.Customer;
import io.winback.domain.CustomerRefs;
import io.winback.domain.CustomerStats;
import io.winback.domain.PurchaseBandPolicy;
import io.winback.sleep.CardTiming;
import io.winback.sleep.SleepRule;
import io.winback.domain.Sale;
import io.winback.domain.SalesStore;
import io.winback.report.ReportLanguage;
import io.winback.tasks.CallTask;
import io.winback.tasks.CallTasks;
import io.winback.validation.InvalidCursorException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gathers one customer's card: the card itself, a page of purchases, the bonus history, the consent ledger, every
 * episode with its touches, and the calls the touches opened. Each is one read of its own partition (a customer's
 * items live together), so a card costs the same whatever the size of the shop.
 */
final class CustomerCard {
    static final int PURCHASES_PAGE = 20;

    private final SalesStore sales;
    private final BonusHistory bonuses;
    private final ConsentLedger consent;
    private final Episodes episodes;
    private final Touches touches;
    private final CallTasks tasks;
    private final CustomerRefs refs;
    private final PurchaseBandPolicy bands;
    private final SleepRule sleep;
    private final Clock clock;
    private final ZoneId zone;
    private final String currency;

    CustomerCard(SalesStore sales, BonusHistory bonuses, ConsentLedger consent, Episodes episodes, Touches touches,
                 CallTasks tasks, CustomerRefs refs, PurchaseBandPolicy bands, SleepRule sleep, Clock clock,
                 ZoneId zone, String currency) {
        this.sales = sales;
        this.bonuses = bonuses;
        this.consent = consent;
        this.episodes = episodes;
        this.touches = touches;
        this.tasks = tasks;
        this.refs = refs;
        this.bands = bands;
        this.sleep = sleep;
        this.clock = clock;
        this.zone = zone;
        this.currency = currency;
    }

    /** @throws InvalidCursorException when {@code cursor} is not one this card's purchases handed out */
    CardView of(Customer customer, String cursor, ReportLanguage language) {
        Instant now = clock.instant();
        Shown shown = new Shown(language, zone, currency);
        CustomerStats stats = customer.stats();
        CardTiming timing = sleep.timing(customer.band(bands), stats, now.atZone(zone).toLocalDate());
        List<CardView.Fact> facts = List.of(
                new CardView.Fact(language.pick("Покупок", "Purchases"), Integer.toString(stats.purchases())),
                new CardView.Fact(language.pick("Возвратов", "Returns"), Integer.toString(stats.returns())),
                new CardView.Fact(language.pick("Потратил", "Net spent"), shown.money(stats.netSpent())),
                new CardView.Fact(language.pick("Средний чек", "Average check"), shown.money(stats.averageCheck())),
                new CardView.Fact(language.pick("Первый визит", "First visit"), shown.day(stats.firstVisitDay())),
                new CardView.Fact(language.pick("Последний визит", "Last visit"), shown.day(stats.lastVisitDay())),
                new CardView.Fact(language.pick("День сна", "Sleep day"), shown.day(timing.sleepAt())),
                new CardView.Fact(language.pick("По чему день сна", "Sleep day by"), timingWords(timing, shown)),
                new CardView.Fact(language.pick("Чаще всего в магазине", "Visits most"),
                        stats.mostVisitedStore() == null ? "—" : stats.mostVisitedStore()));
        SalesStore.Page page = sales.historyOf(customer.key(), PURCHASES_PAGE, cursor);
        List<CardView.Row> purchases = page.sales().stream().map(sale -> purchase(sale, shown)).toList();
        List<Touch> all = touches.touchesOf(customer.key());
        return new CardView(customer.key(), customer.profile().name(), customer.profile().phone(),
                customer.profile().email(), customer.profile().cardNumber(), customer.band(bands).label(),
                standing(timing.sleepAt(), customer, now, shown), facts, purchases, page.nextCursor(),
                shown.money(customer.bonuses().balance(now)), bonusRows(customer, shown), consentWord(
                customer.profile().consentSms(), language), consentWord(customer.profile().consentEmail(), language),
                consent.history(customer.key()).stream().sorted(Comparator.comparing(ConsentChange::at).reversed())
                        .map(change -> consentRow(change, shown)).toList(),
                episodeViews(customer, all, shown), callRows(customer, all, shown));
    }

    /**
     * Which timing gave the sleep day: the playbook's days, or the shop's model with its figures for today (the
     * chance of no purchase in 90 days, of still being a customer, and the expected next purchase).
     */
    private static String timingWords(CardTiming timing, Shown shown) {
        ReportLanguage language = shown.language();
        if (timing.pAlive() == null) {
            return language.pick("правила (дни по числу покупок)", "the playbook (days by purchases)");
        }
        return language.pick("модель магазина: без покупок 90 дней ", "the shop's model: no purchase in 90 days ")
                + percent(timing.pNoPurchase90d()) + language.pick(", ещё покупатель ", ", still a customer ")
                + percent(timing.pAlive()) + language.pick(", следующая покупка ждётся ", ", next purchase expected ")
                + shown.day(timing.expectedNextPurchase());
    }

    private static String percent(double p) {
        return Math.round(p * 100) + " %";
    }

    /** Whether the customer still comes, or since when they sleep, by the sleep day in force. */
    private String standing(java.time.LocalDate sleepAt, Customer customer, Instant now, Shown shown) {
        ReportLanguage language = shown.language();
        if (sleepAt == null) {
            return language.pick("ещё не покупал", "has not bought yet");
        }
        return sleepAt.isAfter(now.atZone(zone).toLocalDate()) ? language.pick("приходит", "comes")
                : language.pick("не приходит с ", "not back since ") + shown.day(customer.stats().lastVisitDay());
    }

    private static CardView.Row purchase(Sale sale, Shown shown) {
        ReportLanguage language = shown.language();
        String kind = switch (sale.type()) {
            case SALE -> language.pick("покупка", "purchase");
            case RETURN -> language.pick("возврат", "return");
        };
        return new CardView.Row(List.of(shown.dayAndTime(sale.occurredAt().toInstant()), kind,
                sale.storeId() == null ? "—" : sale.storeId(), shown.money(sale.total()),
                Integer.toString(sale.lines().size())));
    }

    private List<CardView.Row> bonusRows(Customer customer, Shown shown) {
        ReportLanguage language = shown.language();
        BonusHistory.Entries history = bonuses.of(customer.key());
        List<CardView.Row> rows = new ArrayList<>();
        for (BonusGrant grant : history.grants()) {
            rows.add(new CardView.Row(List.of(shown.day(grant.validFrom()), language.pick("начислено", "granted"),
                    shown.money(grant.amount()), language.pick("до ", "until ")
                            + shown.day(grant.validUntil().minusSeconds(1)))));
        }
        for (BonusRedemption redemption : history.redemptions()) {
            rows.add(new CardView.Row(List.of(shown.day(redemption.at()), language.pick("списано", "spent"),
                    shown.money(redemption.amount()), language.pick("чек ", "receipt ") + redemption.saleId())));
        }
        return rows;
    }

    private static String consentWord(Boolean given, ReportLanguage language) {
        return given == null ? language.pick("не спрашивали", "not asked")
                : given ? language.pick("согласен", "consents") : language.pick("отказался", "declined");
    }

    private static CardView.Row consentRow(ConsentChange change, Shown shown) {
        ReportLanguage language = shown.language();
        return new CardView.Row(List.of(shown.dayAndTime(change.at()), change.channel().name(),
                change.granted() ? language.pick("дал согласие", "consented") : language.pick("отозвал", "withdrew"),
                change.source() == null ? "—" : change.source()));
    }

    private List<CardView.EpisodeView> episodeViews(Customer customer, List<Touch> touches, Shown shown) {
        ReportLanguage language = shown.language();
        List<CardView.EpisodeView> views = new ArrayList<>();
        for (Episode episode : episodes.episodesOf(customer.key()).stream()
                .sorted(Comparator.comparing(Episode::startedAt).reversed()).toList()) {
            List<CardView.Row> rows = touches.stream().filter(t -> t.episodeId().equals(episode.id()))
                    .sorted(Comparator.comparing(Touch::at))
                    .map(touch -> new CardView.Row(List.of(shown.dayAndTime(touch.at()),
                            Integer.toString(touch.step() + 1), touch.channel() == null ? "—" : touch.channel().name(),
                            SentLog.statusWord(touch.status(), language),
                            touch.bonusAmount() == null ? "—" : shown.money(touch.bonusAmount()),
                            touch.message() == null ? "" : touch.message().body())))
                    .toList();
            String title = episode.chainId() + " · " + shown.day(episode.startedAt())
                    + (episode.holdout() ? language.pick(" · контрольная группа", " · holdout") : "");
            views.add(new CardView.EpisodeView(title, switch (episode.status()) {
                case ACTIVE -> language.pick("идёт", "running");
                case CONVERTED -> language.pick("вернулся", "came back");
                case COMPLETED -> language.pick("все шаги пройдены", "every step done");
                case EXITED -> language.pick("завершена", "ended");
            }, rows));
        }
        return views;
    }

    private List<CardView.Row> callRows(Customer customer, List<Touch> all, Shown shown) {
        ReportLanguage language = shown.language();
        return tasks.tasksOf(customer.key(), refs, all).stream()
                .sorted(Comparator.comparing(CallTask::createdAt).reversed())
                .map(task -> new CardView.Row(List.of(shown.dayAndTime(task.createdAt()), task.reason(),
                        task.outcome() == null ? language.pick("открыт", "open")
                                : CallList.outcome(task.outcome(), language),
                        task.comment() == null ? "" : task.comment(), task.store())))
                .toList();
    }
}
