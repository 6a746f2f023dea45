package io.winback.keptfigures;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoClients;
import io.winback.dynamo.DynamoKeptFigures;
import io.winback.dynamo.KeptFiguresStream;
import io.winback.snapstart.Priming;
import io.winback.time.WallClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * Lambda entry point for the Chains table's stream (episode items only, by the event source mapping's filter): adds
 * each batch's episode changes to the campaign report's kept figures ({@link KeptFiguresStream}), exactly once.
 * Answers nothing: no per-record failures. A batch that fails throws, and Lambda delivers the whole batch again from
 * its first record, which is what the reader's marker needs (it is named by the batch's first record).
 */
public final class KeptFiguresHandler implements RequestHandler<DynamodbEvent, Void> {
    private final KeptFiguresBatches batches;

    public KeptFiguresHandler() {
        this(DynamoClients.fromEnvironment(), WinbackConfig.fromEnvironment(), WallClock.utc(), CapacityMeter.NONE);
    }

    /** @param meter the reader's units under purpose "kept" (the bench) */
    public KeptFiguresHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, CapacityMeter meter) {
        String table = config.chains().chainsTable();
        this.batches = new KeptFiguresBatches(new KeptFiguresStream(dynamo, table, meter, KeptFiguresBatches.PURPOSE,
                clock), new DynamoKeptFigures(dynamo, table, meter, KeptFiguresBatches.PURPOSE));
        Priming.beforeSnapshot("kept-figures", batches::prime);
    }

    @Override
    public Void handleRequest(DynamodbEvent event, Context context) {
        return batches.count(event);
    }
}
