package io.winback.check;

import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.CrossSellCalendar;
import io.winback.chain.WorkItem;
import io.winback.report.Product;
import io.winback.report.SaleLineIndex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The purchases a cross-sell offer is due for on a day: for each distinct (group, afterDays) among the cross-sell
 * chains in force, the buyers of the group on the day that many days before, read from the buyers index (one Query
 * of the group's partition for that one day: it costs what it finds; nothing without a cross-sell chain). A
 * customer's receipts of the group that day are one work item; returns of that day are not purchases. Only that
 * exact day is read: a missed run is backfilled by invoking the check with that day's time, like the rest of it.
 */
final class DueCrossSells {
    private final ChainConfigurationStore configurations;
    private final SaleLineIndex buyers;

    DueCrossSells(ChainConfigurationStore configurations, SaleLineIndex buyers) {
        this.configurations = configurations;
        this.buyers = buyers;
    }

    List<WorkItem> on(LocalDate day, Instant runTime) {
        List<WorkItem> due = new ArrayList<>();
        for (CrossSellCalendar.PurchaseDayRead read : CrossSellCalendar.readsInForce(configurations.current())) {
            LocalDate purchaseDay = read.purchaseDayDueOn(day);
            Map<String, List<String>> receipts = new LinkedHashMap<>();
            buyers.forEach(Product.group(read.group()), purchaseDay, purchaseDay, entry -> {
                if (entry.isPurchase()) {
                    receipts.computeIfAbsent(entry.customerKey(), key -> new ArrayList<>()).add(entry.saleId());
                }
            });
            receipts.forEach((customerKey, saleIds) -> due.add(
                    new WorkItem.DecideCrossSell(customerKey, read.group(), purchaseDay, saleIds, runTime)));
        }
        return due;
    }
}
