package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.sleep.InMemoryTimingStore;
import io.winback.sleep.TimingInForce;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.winback.api.CustomerApiFixture.TOKEN;
import static io.winback.api.CustomerApiFixture.anna;
import static io.winback.api.CustomerApiFixture.json;
import static io.winback.api.CustomerApiFixture.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The card's {@code timing} says where its sleep day comes from, exactly as docs/api.md shows it: the shop's model
 * with its figures for the day the card is read, or the playbook with the day alone.
 */
class TheCardSaysWhichTimingGaveItsSleepDayTest {
    private static final Instant READ_AT = Instant.parse("2026-12-05T09:00:00Z");
    /** CDNOW's published BG/NBD parameters in days, asleep at 0.8: as docs/api.md's example. */
    private static final TimingInForce.Model MODEL = new TimingInForce.Model(0.243, 4.414 * 7, 0.793, 2.426, 0.8,
            90, LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T03:00:00Z"));
    private final CustomerApiFixture fixture = new CustomerApiFixture();

    @Test
    void underTheShopsModelTheCardShowsItsFiguresAndItsOwnSleepDay() throws IOException {
        boughtOnFirstAugustAndTenthSeptember();
        CustomerApiHandler api = new CustomerApiHandler(io.winback.testing.LocalDynamo.client(), fixture.config,
                Clock.fixed(READ_AT, ZoneOffset.UTC), chains -> List.of(), new InMemoryTimingStore(MODEL));

        JsonNode card = json(api.handleRequest(CustomerApiFixture.routed("GET", Routes.CUSTOMER, "C-1001", null, null,
                TOKEN), null));

        assertEquals(documented("bgnbd"), card.get("timing").toString());
        assertEquals("2026-12-24", card.get("sleepAt").asText(), "the model's day, not the playbook's 29 November");
    }

    @Test
    void underThePlaybookTheCardShowsTheDayAlone() throws IOException {
        boughtOnFirstAugustAndTenthSeptember();

        APIGatewayV2HTTPResponse response = fixture.handlerAt(READ_AT).handleRequest(CustomerApiFixture.routed("GET",
                Routes.CUSTOMER, "C-1001", null, null, TOKEN), null);

        JsonNode card = json(response);
        assertEquals(documented("playbook").replace("2026-12-05", "2026-11-29"), card.get("timing").toString());
        assertEquals("2026-11-29", card.get("sleepAt").asText(), "10 September + 80 days");
    }

    private void boughtOnFirstAugustAndTenthSeptember() {
        fixture.seed("C-1001", purchase("s-1", anna(), "2026-08-01T12:00:00+03:00", "900.00"),
                purchase("s-2", anna(), "2026-09-10T12:00:00+03:00", "900.00"));
    }

    /** The {@code "timing":{…}} example of docs/api.md for {@code model}, its object alone. */
    private static String documented(String model) throws IOException {
        String api = Files.readString(Path.of("../../docs/api.md"));
        Matcher example = Pattern.compile("`\"timing\":(\\{\"model\":\"" + model + "\"[^`]*})`").matcher(api);
        assertTrue(example.find(), "docs/api.md shows the " + model + " card");
        return example.group(1);
    }
}
