package io.winback.bench;

import io.winback.chain.Chain;
import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.chain.Trigger;
import io.winback.config.WinbackConfig;
import io.winback.messages.MessageContent;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One trigger as the bench measures the daily check for it: the chain that makes the check look for its occasions,
 * and a shop of customers of whom a known number are due on the run's day. A trigger added to the engine is
 * measured by one more implementation, listed in {@link TriggersBench#SCENARIOS}.
 */
interface TriggerScenario {
    /** The trigger's key in the results: {@code triggers.<name>.…}. */
    String name();

    /** The chain in force while the check runs. */
    Chain chain();

    /**
     * Writes customers {@code from} … {@code to - 1} (and whatever index items the trigger keeps beside them)
     * straight to the tables, as the stats function would have left them; those numbered below {@code due} are due
     * on {@code runDay}, the others on no day near it. Setup, not measured: only its speed matters.
     */
    void seed(DynamoDbClient dynamo, WinbackConfig config, LocalDate runDay, int from, int to, int due)
            throws Exception;

    /** A chain of one SMS on the day its trigger is due: what it sends does not change what the check reads. */
    static Chain oneSms(String id, Trigger trigger, String text) {
        return new Chain(id, trigger, null, List.of(new ChainStep(0, null,
                Map.of(Channel.SMS, Map.of("ru", MessageContent.sms(text))), List.of(Channel.SMS), null,
                ChainStep.DEFAULT_CONVERSION_WINDOW_DAYS)));
    }

    /**
     * After each seeding and before the measured daily run: what the check does once when the trigger's index must
     * be brought up to date wholesale (a refill chain edited: every due day of its group recomputed), run and
     * measured; its figures by name, reported with the size's suffix ({@code recompute_rru_10k}). Such a run grows
     * with the trigger's customers, by design, so it is reported apart from the daily run. None by default.
     */
    default Map<String, Double> oneOffRun(DynamoDbClient dynamo, WinbackConfig config, int due) {
        return Map.of();
    }
}
