package io.winback.timing;

import io.winback.sleep.BgNbd;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fader, Hardie and Lee (2005) fitted BG/NBD to the 2,357-customer CDNOW sample over its first 39 weeks, in weeks:
 * r = 0.243, α = 4.414, a = 0.793, b = 2.426 (log-likelihood -9582.4). Our fit of the raw purchases must find them.
 */
class TheCdnowSampleGivesBackThePublishedParametersTest {
    @Test
    void theFitFindsThePaperSParametersWithinTwoPercent() throws IOException {
        List<CustomerHistory> customers = Cdnow.sampleInWeeks();
        assertEquals(2357, customers.size());

        BgNbdFit fit = BgNbdFit.of(customers);

        assertTrue(fit.converged());
        assertEquals(2357, fit.customersUsed());
        BgNbd m = fit.model();
        assertEquals(0.243, m.r(), 0.243 * 0.02, "r");
        assertEquals(4.414, m.alpha(), 4.414 * 0.02, "alpha");
        assertEquals(0.793, m.a(), 0.793 * 0.02, "a");
        assertEquals(2.426, m.b(), 2.426 * 0.02, "b");
        assertEquals(-9582.4, fit.logLikelihood(), 0.5);
    }
}
