package io.winback.worker;

import io.winback.bonus.BonusGrant;
import io.winback.chain.TouchStatus;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoBonusHistory;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A chain step's bonus is in the customer's bonus history (what the API, the console and the data export show)
 * without an item of its own: the step's touch records it, and the history reads it back from there, named by the
 * episode's chain, exactly as the ledger holds it. A held-out customer's touch grants nothing and shows nothing; a
 * grant recorded as an item before this version is read as recorded.
 */
class AStepsBonusIsInTheHistoryThroughItsTouchTest {
    private final Shop shop = new Shop();
    private final DynamoBonusHistory history = new DynamoBonusHistory(LocalDynamo.client(),
            shop.config.chains().chainsTable(), CapacityMeter.NONE, "test");

    @Test
    void theGrantOnTheLedgerIsTheOneTheHistoryReadsFromTheTouch() {
        shop.buys("anna", "2026-09-30", "1000");

        shop.checkOn("2026-12-05");

        BonusGrant onTheLedger = shop.customer("anna").bonuses().grants().getFirst();
        var episode = shop.episodes("anna").getFirst();
        assertEquals(List.of(onTheLedger), history.of("anna").grants(), "the history's grant is the ledger's");
        assertEquals(episode.chainId() + " step 1", onTheLedger.reason());
        assertEquals(0, new BigDecimal("100").compareTo(onTheLedger.amount()));
        assertEquals(List.of(), grantItemsOf("anna"), "no item of its own was written");
    }

    @Test
    void aTouchThatGrantsNothingShowsNothing() {
        shop.buys("boris", "2026-09-30", "1000");
        shop.checkOn("2026-12-05");
        var touch = shop.touches("boris").getFirst();
        // The same touch as the holdout leaves it: a step with a bonus that the customer never heard of.
        shop.touchStore.advance(touch.with(TouchStatus.HOLDOUT, null, null), touch.status());

        assertEquals(List.of(), history.of("boris").grants());
    }

    @Test
    void aGrantRecordedAsAnItemBeforeIsReadAsRecorded() {
        shop.buys("vera", "2026-09-30", "1000");
        shop.checkOn("2026-12-05");
        BonusGrant fromTheTouch = history.of("vera").grants().getFirst();
        BonusGrant recorded = new BonusGrant(fromTheTouch.id(), new BigDecimal("90"), fromTheTouch.validFrom(),
                fromTheTouch.validUntil(), "recorded before");
        history.recordGrant("vera", recorded);

        assertEquals(List.of(recorded), history.of("vera").grants(), "one grant per id, the item's");
    }

    private List<Map<String, AttributeValue>> grantItemsOf(String customerKey) {
        return LocalDynamo.client().query(b -> b.tableName(shop.config.chains().chainsTable())
                .keyConditionExpression("pk = :pk AND begins_with(sk, :grant)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("customer#" + customerKey),
                        ":grant", AttributeValue.fromS("bonus#grant#")))).items();
    }
}
