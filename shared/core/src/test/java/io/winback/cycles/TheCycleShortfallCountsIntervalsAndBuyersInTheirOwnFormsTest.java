package io.winback.cycles;

import io.winback.report.ReportLanguage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cycles report's CSV and the chains' "why" carry this sentence: each count takes its own form. */
class TheCycleShortfallCountsIntervalsAndBuyersInTheirOwnFormsTest {
    private static final CycleEvidencePolicy POLICY = new CycleEvidencePolicy(21, 22);

    @Test
    void eachCountOfTheShortfallTakesItsOwnRussianForm() {
        assertEquals("1 интервал, 2 покупателя; для цикла нужно минимум 21 интервал и 22 покупателя",
                POLICY.shortfall(1, 2, ReportLanguage.RU));
        assertEquals("5 интервалов, 11 покупателей; для цикла нужно минимум 21 интервал и 22 покупателя",
                POLICY.shortfall(5, 11, ReportLanguage.RU));
        assertEquals("25 интервалов, 1 покупатель; для цикла нужно минимум 21 интервал и 22 покупателя",
                POLICY.shortfall(25, 1, ReportLanguage.RU));
        assertEquals("21 интервал, 21 покупатель; для цикла нужно минимум 21 интервал и 22 покупателя",
                POLICY.shortfall(21, 21, ReportLanguage.RU));
    }

    @Test
    void inEnglishOneIsSingular() {
        assertEquals("1 interval from 1 customer; a learned cycle needs at least 21 intervals from 22 customers",
                POLICY.shortfall(1, 1, ReportLanguage.EN));
    }
}
