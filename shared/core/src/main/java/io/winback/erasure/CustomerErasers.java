package io.winback.erasure;

import io.winback.bonus.BonusAccounts;
import io.winback.chain.Episodes;
import io.winback.chain.Touches;
import io.winback.consent.ConsentLedger;
import io.winback.cycles.GroupPurchaseRecords;
import io.winback.domain.AppliedSaleMarkers;
import io.winback.domain.CustomerRefs;
import io.winback.domain.CustomerStore;
import io.winback.domain.SalesStore;
import io.winback.report.SaleLineIndex;
import io.winback.tasks.CallTasks;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Every store's eraser, in the order they must run. */
public final class CustomerErasers {
    private CustomerErasers() {
    }

    /**
     * Bonuses before the card (their totals live on it); the card early, so the till, the daily check and the worker
     * stop finding the customer at once; call tasks before touches (found through them); buyers-index rows before
     * receipts (their keys come from the receipts under the customer's key); {@code extra} (the local outbox) last.
     */
    public static List<CustomerDataEraser> of(BonusAccounts bonuses, CustomerStore customers,
                                              AppliedSaleMarkers markers, GroupPurchaseRecords cycles,
                                              CallTasks tasks, Touches touches,
                                              Episodes episodes, ConsentLedger consent, SalesStore sales,
                                              SaleLineIndex lines, ZoneId shopZone, CustomerRefs refs,
                                              List<CustomerDataEraser> extra) {
        List<CustomerDataEraser> erasers = new ArrayList<>(List.of(
                new BonusEraser(bonuses),
                new CustomerCardEraser(customers),
                new AppliedSaleMarkerEraser(markers),
                new PurchaseCycleEraser(cycles),
                new CallTaskEraser(tasks, touches, refs),
                new TouchEraser(touches),
                new EpisodeEraser(episodes),
                new ConsentLedgerEraser(consent),
                new SaleLineEraser(sales, lines, shopZone),
                new SaleEraser(sales)));
        erasers.addAll(extra);
        return erasers;
    }
}
