package io.winback.reports;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.chain.Channel;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.domain.Customer;
import io.winback.domain.PurchaseBand;
import io.winback.domain.SleepDecision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anna bought on 30.09, fell asleep on 05.12 and got the first step's SMS and 100 bonus valid until 11.12, as the
 * worker records them; the next step is due on 12.12. She comes back on 08.12 and spends the bonus. The real stats
 * function applies the purchase from the stream, and the campaign report counts her at once, not on 12.12.
 */
class ACustomerWhoComesBackWithinTheBonusWindowCountsInTheReportAtOnceTest {
    private static final String EPISODE = "fell-asleep@2026-12-05";
    private static final Instant TOUCHED = Instant.parse("2026-12-05T07:00:00Z");
    private final ReportsShop shop = new ReportsShop();
    private final io.winback.domain.SaleCustomer anna = ReportsShop.customer("anna", "Анна", null, true, false);

    @BeforeEach
    void annaIsHalfWayThroughTheChain() {
        shop.sell(List.of(ReportsShop.purchase("s-0930", anna, "moscow-1", "2026-09-30", "0",
                ReportsShop.line("coffee", "drinks", "1", "900", "0"))));
        Customer before = shop.customers.find("anna").orElseThrow();
        assertTrue(shop.customers.saveIfUnchanged(before.withSleepDecision(new SleepDecision(
                LocalDate.parse("2026-12-05"), SleepDecision.STARTED)), ReportsShop.NOW));
        shop.episodes.start(new Episode("anna", EPISODE, "sleep-1", 0, PurchaseBand.ONE, false, TOUCHED,
                before.stats().lastPurchaseAt(), EpisodeStatus.ACTIVE, 1, LocalDate.parse("2026-12-12"), null, null,
                null, null, 0));
        shop.touches.claim(new Touch("anna", EPISODE, 0, TouchStatus.SENT, Channel.SMS, TOUCHED, new BigDecimal("100"),
                Instant.parse("2026-12-11T20:59:00Z"), Instant.parse("2026-12-11T20:59:00Z"), "m-1", null, null));
        shop.episodes.countIfUncounted("anna", EPISODE);
        assertEquals(0, all().at("/treated/converted").asLong(), "not back yet");
    }

    @Test
    void herPurchaseConvertsTheEpisodeAsItIsApplied() {
        shop.sell(List.of(ReportsShop.purchase("s-1208", anna, "moscow-1", "2026-12-08", "100",
                ReportsShop.line("cake", "food", "1", "1200", "0"))));

        JsonNode all = all();
        assertEquals(1, all.at("/treated/converted").asLong(), all.toString());
        assertEquals(0, new BigDecimal("1200").compareTo(all.at("/treated/revenue").decimalValue()));
        assertEquals(0, new BigDecimal("100").compareTo(all.at("/treated/bonusSpent").decimalValue()));
        Episode episode = shop.episodes.episode("anna", EPISODE).orElseThrow();
        assertEquals(EpisodeStatus.CONVERTED, episode.status());
        assertEquals("s-1208", episode.conversion().saleId());
        assertEquals(EPISODE + "#0", episode.conversion().touchId());
    }

    @Test
    void aRedeliveredRecordChangesNothing() {
        shop.sell(List.of(ReportsShop.purchase("s-1208", anna, "moscow-1", "2026-12-08", "100",
                ReportsShop.line("cake", "food", "1", "1200", "0"))));
        Episode ended = shop.episodes.episode("anna", EPISODE).orElseThrow();
        JsonNode report = all();

        shop.stream(List.of("s-1208"));

        assertEquals(ended, shop.episodes.episode("anna", EPISODE).orElseThrow());
        assertEquals(report, all());
    }

    @Test
    void aPurchaseAfterTheWindowEndsTheEpisodeWithoutAConversion() {
        shop.sell(List.of(ReportsShop.purchase("s-1212", anna, "moscow-1", "2026-12-12", "0",
                ReportsShop.line("cake", "food", "1", "1200", "0"))));

        Episode episode = shop.episodes.episode("anna", EPISODE).orElseThrow();
        assertEquals(EpisodeStatus.EXITED, episode.status());
        assertEquals("purchase_outside_window", episode.endReason());
        assertEquals(0, all().at("/treated/converted").asLong());
    }

    private JsonNode all() {
        JsonNode body = ReportsShop.json(shop.get(Routes.Endpoint.REACTIVATION.path(),
                Map.of("from", "2026-12-01", "to", "2026-12-31")));
        return body.at("/rows/0");
    }
}
