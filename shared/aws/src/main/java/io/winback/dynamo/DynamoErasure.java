package io.winback.dynamo;

import io.winback.bonus.CustomerBonuses;
import io.winback.chain.Touches;
import io.winback.domain.CustomerRefs;
import io.winback.erasure.CustomerKeyHash;
import io.winback.erasure.CustomerDataEraser;
import io.winback.erasure.CustomerErasers;
import io.winback.erasure.CustomerErasure;
import io.winback.erasure.SegmentMembershipEraser;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A customer's erasure wired over the tables, the same wherever it is asked (the customer API's DELETE, the owner on
 * the console's card): every store that names the person, then the erasers only a deployment has (the local outbox),
 * then their segments.
 */
public final class DynamoErasure {
    private DynamoErasure() {
    }

    /** The tables an erasure reaches. */
    public record Tables(String customers, String chains, String sales, String saleLines) {
    }

    /**
     * @param items       how a card is kept (the shop's bands and sleep days)
     * @param erasedKeys  the keyed hash of erased customers' keys
     * @param refs        the customers' references in ids
     * @param moreErasers erasers of stores only this deployment has (the local outbox), given the chains' touches;
     *                    they run after the standard ones
     */
    public static CustomerErasure of(DynamoDbClient dynamo, Tables tables, CustomerItems items, ZoneId shopZone,
                                     CustomerKeyHash erasedKeys, CustomerRefs refs, Clock clock,
                                     Function<Touches, List<CustomerDataEraser>> moreErasers) {
        String chainsTable = tables.chains();
        var customers = new DynamoCustomerStore(dynamo, tables.customers(), items, CapacityMeter.NONE, "erasure");
        var touches = new DynamoTouches(dynamo, chainsTable, CapacityMeter.NONE, "erasure");
        var bonusAccounts = new CustomerBonuses(customers,
                new DynamoBonusHistory(dynamo, chainsTable, CapacityMeter.NONE, "erasure"), clock);
        List<CustomerDataEraser> extra = new ArrayList<>(moreErasers.apply(touches));
        extra.add(new SegmentMembershipEraser(new DynamoSegmentMemberships(dynamo, chainsTable, CapacityMeter.NONE,
                "erasure")));
        return new CustomerErasure(erasedKeys,
                new DynamoTombstones(dynamo, tables.customers(), CapacityMeter.NONE, "erasure"), customers,
                CustomerErasers.of(bonusAccounts, customers,
                        new DynamoAppliedSaleMarkers(dynamo, chainsTable, CapacityMeter.NONE, "erasure"),
                        new DynamoPurchaseCycles(dynamo, chainsTable, CapacityMeter.NONE, "erasure"),
                        new DynamoCallTasks(dynamo, chainsTable, CapacityMeter.NONE, "erasure"), touches,
                        new DynamoEpisodes(dynamo, chainsTable, CapacityMeter.NONE, "erasure"),
                        new DynamoConsentLedger(dynamo, chainsTable, CapacityMeter.NONE, "erasure"),
                        new DynamoSalesStore(dynamo, tables.sales(), CapacityMeter.NONE, shopZone),
                        new DynamoSaleLineIndex(dynamo, tables.saleLines(), CapacityMeter.NONE, "erasure"),
                        shopZone, refs, extra),
                clock);
    }
}
