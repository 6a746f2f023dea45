package io.winback.dynamo;

import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.chain.Touches;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Optional;

/** Touches in the Chains table, in the customer's partition beside their episodes. */
public final class DynamoTouches implements Touches {
    private final MeteredChainsTable chains;

    public DynamoTouches(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
    }

    @Override
    public Optional<Touch> touch(String customerKey, String touchId) {
        return chains.get(TouchItems.key(customerKey, touchId)).map(TouchItems::touch);
    }

    @Override
    public List<Touch> touchesOf(String customerKey) {
        return chains.partition(customerKey, TouchItems.PREFIX, false).stream().map(TouchItems::touch).toList();
    }

    @Override
    public boolean claim(Touch touch) {
        return chains.putIfAbsent(TouchItems.item(touch));
    }

    @Override
    public boolean advance(Touch touch, TouchStatus expected) {
        return chains.putIfStill(TouchItems.item(touch), TouchItems.STATUS, AttributeValue.fromS(expected.wireName()));
    }

    @Override
    public void deleteTouch(String customerKey, String touchId) {
        chains.delete(TouchItems.key(customerKey, touchId));
    }
}
