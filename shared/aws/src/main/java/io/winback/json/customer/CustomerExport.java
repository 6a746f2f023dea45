package io.winback.json.customer;

import io.winback.bonus.BonusAccounts;
import io.winback.domain.CustomerRefs;
import io.winback.chain.Episodes;
import io.winback.chain.Touch;
import io.winback.chain.Touches;
import io.winback.consent.ConsentLedger;
import io.winback.cycles.GroupPurchaseRecords;
import io.winback.cycles.GroupPurchases;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;
import io.winback.domain.SalesStore;
import io.winback.tasks.CallTasks;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything Winback holds about one person, for their right of access and
 * portability (GDPR art. 15 and 20, 152-FZ art. 14), as one JSON document: the card (contacts, consent, custom
 * properties, statistics, segment, scores), the consent ledger, every receipt and return with its lines, the bonus
 * grants and redemptions, the episodes (holdout membership included), the touches with the text each message
 * carried, the call tasks with how they went, and the recent purchase days per product group (replenishment).
 * Each part is read through its store, so a store that keeps its
 * part elsewhere (bonuses apart from the card) is followed.
 */
public final class CustomerExport {
    private final CustomerStore customers;
    private final SalesStore sales;
    private final BonusAccounts bonuses;
    private final ConsentLedger ledger;
    private final Episodes episodes;
    private final Touches touches;
    private final CallTasks tasks;
    private final GroupPurchaseRecords cycles;
    private final CustomerView view;
    private final BonusView bonusView;
    private final CustomerRefs refs;
    private final Clock clock;

    public CustomerExport(CustomerStore customers, SalesStore sales, BonusAccounts bonuses, ConsentLedger ledger,
                   Episodes episodes, Touches touches, CallTasks tasks, GroupPurchaseRecords cycles, CustomerView view,
                   BonusView bonusView, CustomerRefs refs, Clock clock) {
        this.cycles = cycles;
        this.refs = refs;
        this.customers = customers;
        this.sales = sales;
        this.bonuses = bonuses;
        this.ledger = ledger;
        this.episodes = episodes;
        this.touches = touches;
        this.tasks = tasks;
        this.view = view;
        this.bonusView = bonusView;
        this.clock = clock;
    }

    /** Everything held about the customer, as one JSON document's map; empty when there is no such customer. */
    public Optional<Map<String, Object>> of(String customerId) {
        Optional<Customer> customer = customers.find(customerId);
        if (customer.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        BonusAccounts.Account account = bonuses.of(customerId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customerId);
        body.put("exportedAt", now.toString());
        body.put("customer", view.of(customer.get(), now));
        body.put("consentHistory", ledger.history(customerId).stream().map(ConsentViews::change).toList());
        body.put("sales", SaleView.of(sales.allOf(customerId)));
        body.put("bonuses", bonusView.of(account.ledger(), account.history(), now));
        body.put("episodes", episodes.episodesOf(customerId).stream().map(ChainRecordViews::episode).toList());
        List<Touch> touchesOf = touches.touchesOf(customerId);
        body.put("touches", touchesOf.stream().map(ChainRecordViews::touch).toList());
        body.put("callTasks", tasks.tasksOf(customerId, refs, touchesOf).stream().map(ChainRecordViews::task).toList());
        body.put("purchaseCycles", cycles.allOf(customerId).stream().map(CustomerExport::purchaseCycle).toList());
        return Optional.of(body);
    }

    /** A product group's recent purchase days, the intervals between them, and the receipts of each day. */
    private static Map<String, Object> purchaseCycle(GroupPurchases purchases) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("group", purchases.group());
        view.put("lastPurchaseDay", purchases.lastDay() == null ? null : purchases.lastDay().toString());
        view.put("intervalsDays", purchases.intervals());
        List<Map<String, Object>> days = new java.util.ArrayList<>();
        purchases.days().forEach((day, sales) -> days.add(Map.of("day", day.toString(),
                "saleIds", sales.keySet().stream().sorted().toList())));
        view.put("purchaseDays", days);
        return view;
    }
}
