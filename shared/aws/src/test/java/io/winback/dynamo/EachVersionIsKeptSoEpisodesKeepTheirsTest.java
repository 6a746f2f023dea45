package io.winback.dynamo;

import io.winback.chain.BonusOffer;
import io.winback.chain.BudgetCap;
import io.winback.tasks.CallTaskRule;
import io.winback.chain.Chain;
import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainConfigurationStore.ConcurrentChangeException;
import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.messages.MessageContent;
import io.winback.chain.Playbook;
import io.winback.chain.Trigger;
import io.winback.config.WinbackConfig;
import io.winback.domain.PurchaseBand;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EachVersionIsKeptSoEpisodesKeepTheirsTest {
    private static final Instant NOW = Instant.parse("2025-11-20T11:06:40Z");
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    private final String table = config.chains().chainsTable();
    private final DynamoChainConfigurationStore store = newStore();

    @Test
    void versionOneReadsBackUnchangedAfterVersionTwoIsStored() {
        ChainConfiguration first = store.storeNext(configuration("120"), 0);
        ChainConfiguration second = store.storeNext(configuration("150"), 1);

        DynamoChainConfigurationStore elsewhere = newStore();

        assertEquals(Optional.of(first), elsewhere.version(1), "another Lambda, nothing cached, reads it the same");
        assertEquals(configuration("120").withVersion(1), elsewhere.version(1).orElseThrow());
        assertEquals(second, elsewhere.current());
        assertEquals(2, elsewhere.current().version());
    }

    @Test
    void versionZeroIsThePlaybookAndAVersionNeverStoredIsNone() {
        assertEquals(Optional.of(Playbook.configuration()), store.version(0));
        assertEquals(Playbook.configuration(), store.current());
        assertEquals(Optional.empty(), store.version(1));
    }

    @Test
    void eachVersionIsOneItemWithItsJsonAndWhenItWasStored() throws Exception {
        store.storeNext(configuration("120"), 0);
        store.storeNext(configuration("150"), 1);

        var items = LocalDynamo.scan(table).stream()
                .sorted((a, b) -> a.get(ChainsTable.SK).s().compareTo(b.get(ChainsTable.SK).s())).toList();
        assertEquals(List.of("chains#00000001", "chains#00000002"),
                items.stream().map(i -> i.get(ChainsTable.SK).s()).toList());
        assertEquals("config", items.getFirst().get(ChainsTable.PK).s());
        assertEquals(NOW.toString(), items.getFirst().get("storedAt").s());
        assertEquals(1, io.winback.json.Json.readTree(items.getFirst().get("json").s()).get("version").asInt());
    }

    @Test
    void ofTwoChangesOnTopOfTheSameVersionOnlyTheFirstIsStored() {
        store.storeNext(configuration("120"), 0);

        assertThrows(ConcurrentChangeException.class, () -> newStore().storeNext(configuration("150"), 0));
        assertEquals("120", newStore().current().chains().getFirst().step(0).bonus().amount().toPlainString());
    }

    @Test
    void theCurrentVersionIsAskedForEachTimeNotRemembered() {
        DynamoChainConfigurationStore reader = newStore();
        assertEquals(0, reader.current().version());

        newStore().storeNext(configuration("120"), 0);

        assertEquals(1, reader.current().version());
    }

    private DynamoChainConfigurationStore newStore() {
        return new DynamoChainConfigurationStore(LocalDynamo.client(), table, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** One chain for segment 1: a bonus of {@code amount} with an SMS, then a call. */
    private static ChainConfiguration configuration(String amount) {
        ChainStep bonus = new ChainStep(0, new BonusOffer(new BigDecimal(amount), 7),
                Map.of(Channel.SMS, Map.of("ru", MessageContent.sms("Дарим {amount} рублей до {until}"),
                        "en", MessageContent.sms("{amount} roubles until {until}"))),
                List.of(Channel.SMS), null, 7);
        ChainStep call = new ChainStep(7, null, Map.of(), List.of(), new CallTaskRule(2), 14);
        return new ChainConfiguration(0, List.of(new Chain("sleep-1", new Trigger.FellAsleep(), PurchaseBand.ONE,
                List.of(bonus, call))), new BudgetCap(new BigDecimal("900"), new BigDecimal("0.40"), new BigDecimal("0.50")));
    }
}
