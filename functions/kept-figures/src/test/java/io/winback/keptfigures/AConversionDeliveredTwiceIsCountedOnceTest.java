package io.winback.keptfigures;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import io.winback.config.WinbackConfig;
import io.winback.domain.PurchaseBand;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoKeptFigures;
import io.winback.report.reactivation.KeptFigure;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.params.ParameterizedTest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Anna, asleep since 5 December and sent the first step of sleep-1, buys for 1,200 on the 6th: her episode is
 * written converted, and the Chains stream hands that change to the kept-figures function as Lambda delivers it
 * (events/kept-figures-batch.json, a real record). The campaign report's figure for the day she entered counts one
 * conversion and its revenue; the same batch delivered again (a retry after a timeout) counts nothing more.
 */
class AConversionDeliveredTwiceIsCountedOnceTest {
    private static final KeptFigure.Key ANNAS_FIGURE = new KeptFigure.Key(LocalDate.parse("2026-12-05"), "sleep-1",
            PurchaseBand.fromLabel("1"), false);

    @ParameterizedTest
    @Event(value = "../../events/kept-figures-batch.json", type = DynamodbEvent.class)
    void theRedeliveredBatchAddsNothing(DynamodbEvent event) {
        WinbackConfig config = LocalDynamo.freshTables(Map.of());
        KeptFiguresHandler handler = new KeptFiguresHandler(LocalDynamo.client(), config,
                Clock.fixed(Instant.parse("2026-12-06T09:30:05Z"), ZoneOffset.UTC), CapacityMeter.NONE);

        handler.handleRequest(event, null);
        List<KeptFigure> once = december(config);
        handler.handleRequest(event, null);

        assertEquals(1, once.size(), once.toString());
        assertEquals(ANNAS_FIGURE, once.getFirst().key());
        Map<String, BigDecimal> counters = once.getFirst().counters();
        assertEquals(0, BigDecimal.ONE.compareTo(counters.get(KeptFigure.WHOLE_CHAIN + ".cv")), counters.toString());
        assertEquals(0, new BigDecimal("1200").compareTo(counters.get(KeptFigure.WHOLE_CHAIN + ".rs")),
                counters.toString());
        assertEquals(once, december(config), "delivered again, counted once");
    }

    private static List<KeptFigure> december(WinbackConfig config) {
        List<KeptFigure> figures = new ArrayList<>();
        new DynamoKeptFigures(LocalDynamo.client(), config.chains().chainsTable(), CapacityMeter.NONE, "test")
                .forEach(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"), figures::add);
        return figures;
    }
}
