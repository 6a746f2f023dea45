package io.winback.dynamo;

import io.winback.chain.BudgetCap;
import io.winback.chain.Chain;
import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.chain.Trigger;
import io.winback.config.WinbackConfig;
import io.winback.domain.PurchaseBand;
import io.winback.messages.MessageContent;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each stored version of the configuration keeps its new triggers, their settings, the chains for everyone and the
 * priorities exactly, so an episode started under one reads the same chain after the marketer changed it; a version
 * stored before chains had a priority reads with each trigger's default.
 */
class NewTriggersAndPrioritiesKeepTheirStoredVersionTest {
    private static final Instant NOW = Instant.parse("2026-12-05T07:00:00Z");
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    private final String table = config.chains().chainsTable();

    @Test
    void everyTriggerAndPriorityReadsBackUnchangedAfterTheNextVersionIsStored() {
        ChainConfiguration first = newStore().storeNext(configuration(new BigDecimal("0.75"), 10), 0);
        ChainConfiguration second = newStore().storeNext(configuration(new BigDecimal("0.9"), 1), 1);

        DynamoChainConfigurationStore elsewhere = newStore();

        assertEquals(first, elsewhere.version(1).orElseThrow(), "an episode of version 1 reads its chains unchanged");
        assertEquals(configuration(new BigDecimal("0.75"), 10).withVersion(1), elsewhere.version(1).orElseThrow());
        assertEquals(second, elsewhere.current());
        Chain refill = elsewhere.version(1).orElseThrow().chains().getFirst();
        assertEquals(new Trigger.Replenishment("dogfood", new BigDecimal("0.75"), 60), refill.trigger());
        assertEquals(null, refill.band());
        assertEquals(10, refill.priority());
        assertEquals(1, elsewhere.version(2).orElseThrow().chains().getFirst().priority());
    }

    @Test
    void aVersionStoredBeforeChainsHadAPriorityReadsWithEachTriggersDefault() {
        // As the writer stored a configuration before the new triggers: no priority, the trigger as a string.
        String stored = """
                {"version":1,"budget":{"averageCheck":null,"margin":0.40,"share":0.50},
                 "chains":[{"id":"sleep-1","trigger":"fell-asleep","segment":"1",
                   "steps":[{"offsetDays":0,"bonus":null,"channels":["sms"],
                     "messages":{"sms":{"ru":{"text":"Ждём вас","encoding":"UCS-2","parts":1,"length":8}}},
                     "call":null,"conversionWindowDays":7}]}]}""";
        LocalDynamo.client().putItem(b -> b.tableName(table).item(Map.of(
                ChainsTable.PK, AttributeValue.fromS(DynamoChainConfigurationStore.CONFIG_PK),
                ChainsTable.SK, AttributeValue.fromS(DynamoChainConfigurationStore.sortKey(1)),
                DynamoChainConfigurationStore.JSON, AttributeValue.fromS(stored),
                DynamoChainConfigurationStore.STORED_AT, AttributeValue.fromS(NOW.toString()))));

        Chain chain = newStore().version(1).orElseThrow().chains().getFirst();

        assertEquals(new Trigger.FellAsleep(), chain.trigger());
        assertEquals(PurchaseBand.ONE, chain.band());
        assertEquals(4, chain.priority(), "fell-asleep's default: after the refill, the cross-sell and the birthday");
    }

    private DynamoChainConfigurationStore newStore() {
        return new DynamoChainConfigurationStore(LocalDynamo.client(), table, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** One chain of each trigger; the refill reminds at {@code remindAt} with priority {@code refillPriority}. */
    private static ChainConfiguration configuration(BigDecimal remindAt, int refillPriority) {
        ChainStep sms = new ChainStep(0, null, Map.of(Channel.SMS, Map.of("ru",
                MessageContent.sms("{name}, ждём вас"))), List.of(Channel.SMS), null, 7);
        ChainStep offer = new ChainStep(0, null, Map.of(Channel.SMS, Map.of("ru",
                MessageContent.sms("{name}, {group} со скидкой"))), List.of(Channel.SMS), null, 14);
        return new ChainConfiguration(0, List.of(
                new Chain("dogfood-refill", new Trigger.Replenishment("dogfood", remindAt, 60), null, List.of(offer),
                        refillPriority),
                new Chain("birthday-vip", new Trigger.Birthday(0), PurchaseBand.VIP, List.of(sms)),
                new Chain("camera-lens", new Trigger.Bought("camera", "lens", 3, 90), null, List.of(offer), 7),
                new Chain("sleep-1", new Trigger.FellAsleep(), PurchaseBand.ONE, List.of(sms))),
                BudgetCap.DEFAULT);
    }
}
