package io.winback.console;

import io.winback.access.Role;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.chain.Touches;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;
import io.winback.report.ReportLanguage;
import io.winback.tasks.CallTask;
import io.winback.tasks.CallTasks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gathers a call list: a page of open tasks (the store's, or every store's for the owner), each customer's card for
 * the bonus balance and the touches sent so far (read per task on the page: at most {@link #PAGE} of each), and the
 * calls closed today with their outcomes, by store for the owner.
 */
final class CallList {
    static final int PAGE = 50;
    /** Closed calls read for today's outcomes: a day's calls at a large store, newest first. */
    static final int CLOSED_READ = 200;

    private final CallTasks tasks;
    private final CustomerStore customers;
    private final Touches touches;
    private final Clock clock;
    private final ZoneId zone;
    private final String currency;

    CallList(CallTasks tasks, CustomerStore customers, Touches touches, Clock clock, ZoneId zone, String currency) {
        this.tasks = tasks;
        this.customers = customers;
        this.touches = touches;
        this.clock = clock;
        this.zone = zone;
        this.currency = currency;
    }

    /** @param store the list asked for (null: the staff's own, or every store for the owner) */
    CallListView of(Role role, String store, String cursor, ReportLanguage language) {
        String shown = role instanceof Role.Staff staff ? staff.storeId() : store;
        Instant now = clock.instant();
        Shown format = new Shown(language, zone, currency);
        CallTasks.TaskPage page = tasks.openTasks(shown, PAGE, cursor);
        Map<String, Customer> cards = customers.findAll(page.tasks().stream().map(CallTask::customerKey).toList());
        List<TaskRow> open = new ArrayList<>();
        for (CallTask task : page.tasks()) {
            open.add(row(task, cards.get(task.customerKey()), now, format));
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        List<CallTask> closed = tasks.tasks(CallTask.DONE, shown, CLOSED_READ, null).tasks().stream()
                .filter(task -> task.doneAt() != null && task.doneAt().atZone(zone).toLocalDate().equals(today))
                .toList();
        List<ClosedRow> closedRows = closed.stream().map(task -> new ClosedRow(task.name(),
                outcome(task.outcome(), language), task.comment(), format.time(task.doneAt()), task.store())).toList();
        Set<String> stores = new TreeSet<>();
        page.tasks().forEach(task -> stores.add(task.store()));
        closed.forEach(task -> stores.add(task.store()));
        return new CallListView(shown, role.isOwner() ? List.copyOf(stores) : List.of(shown), open, closedRows,
                role.isOwner() ? byStore(page.tasks(), closed) : List.of(), page.nextCursor());
    }

    private TaskRow row(CallTask task, Customer card, Instant now, Shown format) {
        String balance = null;
        String expires = null;
        if (card != null) {
            balance = format.money(card.bonuses().balance(now));
            expires = card.bonuses().nearestExpiry(now).map(grant -> format.money(card.bonuses().remaining(grant))
                    + " " + format.language().pick("до ", "until ") + format.day(grant.validUntil().minusSeconds(1)))
                    .orElse(null);
        }
        List<String> sent = new ArrayList<>();
        touches.touchesOf(task.customerKey()).stream()
                .filter(touch -> touch.status().reachedCustomer() || touch.status() == TouchStatus.BONUS_ONLY)
                .sorted(Comparator.comparing(Touch::at))
                .forEach(touch -> sent.add(sentLine(touch, format)));
        return new TaskRow(URLEncoder.encode(task.id(), StandardCharsets.UTF_8), "t" + Integer.toHexString(
                task.id().hashCode()), ConsoleRoutes.customerPath(task.customerKey()), task.name(), task.phone(), task.store(), task.band(),
                format.day(task.lastVisitDay()), format.money(task.averageCheck()), balance, expires, sent,
                task.reason(), task.script(), format.dayAndTime(task.deadline()),
                task.deadline() != null && task.deadline().isBefore(now));
    }

    private static String sentLine(Touch touch, Shown format) {
        ReportLanguage language = format.language();
        StringBuilder line = new StringBuilder(format.day(touch.at())).append(": ");
        if (touch.channel() != null && touch.status().reachedCustomer()) {
            line.append(ChannelWords.of(touch.channel(), language));
            if (touch.status() == TouchStatus.UNKNOWN) {
                line.append(language.pick(" (доставка не подтверждена)", " (delivery unconfirmed)"));
            }
        }
        if (touch.bonusAmount() != null && touch.bonusAmount().signum() > 0) {
            if (line.charAt(line.length() - 1) != ' ') {
                line.append(", ");
            }
            line.append(language.pick("бонус ", "bonus ")).append(format.money(touch.bonusAmount()));
        }
        return line.toString();
    }

    /** The words of an outcome's wire name in the page's language. */
    static String outcome(String wireName, ReportLanguage language) {
        if (wireName == null) {
            return "";
        }
        return switch (wireName) {
            case "reached" -> language.pick("Дозвонились", "Reached");
            case "no_answer" -> language.pick("Не ответил", "No answer");
            case "refused" -> language.pick("Отказался", "Refused");
            case "will_come" -> language.pick("Придёт", "Will come");
            case "came_back" -> language.pick("Пришёл сам", "Came back on their own");
            default -> wireName;
        };
    }

    /** Today's closed calls by store and outcome (their wire names), and the open calls of the page by store. */
    private static List<StoreOutcomes> byStore(List<CallTask> open, List<CallTask> closed) {
        Map<String, Map<String, Integer>> closedByStore = new TreeMap<>();
        Map<String, Integer> openByStore = new TreeMap<>();
        for (CallTask task : closed) {
            closedByStore.computeIfAbsent(task.store(), store -> new java.util.HashMap<>())
                    .merge(String.valueOf(task.outcome()), 1, Integer::sum);
        }
        open.forEach(task -> openByStore.merge(task.store(), 1, Integer::sum));
        Set<String> stores = new TreeSet<>(closedByStore.keySet());
        stores.addAll(openByStore.keySet());
        return stores.stream().map(store -> {
            Map<String, Integer> outcomes = closedByStore.getOrDefault(store, Map.of());
            return new StoreOutcomes(store, outcomes.getOrDefault("reached", 0), outcomes.getOrDefault("no_answer", 0),
                    outcomes.getOrDefault("refused", 0), outcomes.getOrDefault("will_come", 0),
                    outcomes.getOrDefault("came_back", 0), openByStore.getOrDefault(store, 0));
        }).toList();
    }
}
