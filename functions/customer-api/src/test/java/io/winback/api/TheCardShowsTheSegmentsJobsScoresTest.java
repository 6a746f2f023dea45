package io.winback.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.AbcClass;
import io.winback.domain.Customer;
import io.winback.domain.RfmScores;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.winback.api.CustomerApiFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The RFM scores and ABC class the segments job stored are on the card the API shows; none before it scored. */
class TheCardShowsTheSegmentsJobsScoresTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    @Test
    void scoredCustomerShowsRecencyFrequencyMonetaryAndClass() {
        assertTrue(json(fixture.get("C-1001")).get("rfm") == null, "not scored yet");
        Customer stored = fixture.customers.find("C-1001").orElseThrow();
        assertTrue(fixture.customers.saveIfUnchanged(stored.withScores(new RfmScores(5, 4, 3, AbcClass.B)),
                Instant.now()));

        JsonNode rfm = json(fixture.get("C-1001")).get("rfm");

        assertEquals(5, rfm.get("recency").asInt());
        assertEquals(4, rfm.get("frequency").asInt());
        assertEquals(3, rfm.get("monetary").asInt());
        assertEquals("543", rfm.get("score").asText());
        assertEquals("B", rfm.get("abc").asText());
    }
}
