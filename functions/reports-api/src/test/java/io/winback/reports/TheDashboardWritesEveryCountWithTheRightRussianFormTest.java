package io.winback.reports;

import io.winback.report.ReportLanguage;
import io.winback.report.reactivation.Verdict;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TheDashboardWritesEveryCountWithTheRightRussianFormTest {
    private static final long[] COUNTS = {1, 2, 5, 11, 21, 22, 25};

    private static DashboardData data(ReportLanguage language, long holdout) {
        long[][] rfm = new long[5][5];
        for (int i = 0; i < COUNTS.length && i < 5; i++) {
            rfm[i][i] = COUNTS[i];
        }
        List<ChartBar> bands = java.util.Arrays.stream(COUNTS).mapToObj(n -> ChartBar.of("band-" + n, n)).toList();
        return new DashboardData(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24),
                bands, List.of(), List.of(),
                new DashboardData.Funnel(22, 21, 2, holdout, 1, null, null, null,
                        Verdict.HOLDOUT_TOO_SMALL.words(language, holdout, 100, null)),
                List.of(), List.of(new ChartBar("02.11.2026", new BigDecimal("21"))), rfm);
    }

    @Test
    void eachCountOnTheChartsTakesItsOwnFormOneFewOrMany() {
        String html = new DashboardPage(ReportLanguage.RU).render(data(ReportLanguage.RU, 21));
        for (String words : List.of("band-1: 1 клиент<", "band-2: 2 клиента<", "band-5: 5 клиентов<",
                "band-11: 11 клиентов<", "band-21: 21 клиент<", "band-22: 22 клиента<", "band-25: 25 клиентов<",
                "Вошли · С рассылкой: 22 клиента<", "Получили сообщение · С рассылкой: 21 клиент<",
                "Вернулись · Контрольная группа: 1 клиент<", "R1 F1: 1 клиент<", "R2 F2: 2 клиента<",
                "R5 F5: 21 клиент<", "02.11.2026: 21 ₽<")) {
            assertTrue(html.contains(words), words);
        }
        assertFalse(Pattern.compile("(?<!1)1 клиентов").matcher(html).find(),
                "no count ending in 1 (but in 11) takes the form of many");
        assertFalse(Pattern.compile("(?<!1)[234] клиентов").matcher(html).find(),
                "no count ending in 2, 3 or 4 (but in 12-14) takes the form of many");
    }

    @Test
    void theVerdictCountsTheHoldoutInTheRightFormAndTheDaysAreWrittenAsTheShopReadsThem() {
        String html = new DashboardPage(ReportLanguage.RU).render(data(ReportLanguage.RU, 21));
        assertTrue(html.contains("Контрольная группа слишком мала для вывода: 21 клиент, нужно не меньше 100."), html);
        assertTrue(html.contains("Период: 01.09.2026 — 23.11.2026"), html);
        assertTrue(html.contains("На 24.11.2026"), html);
        assertTrue(new DashboardPage(ReportLanguage.RU).render(data(ReportLanguage.RU, 22))
                .contains("слишком мала для вывода: 22 клиента,"));
        assertTrue(new DashboardPage(ReportLanguage.RU).render(data(ReportLanguage.RU, 25))
                .contains("слишком мала для вывода: 25 клиентов,"));
    }

    @Test
    void inEnglishOneIsACustomerAndTheRestAreCustomers() {
        String html = new DashboardPage(ReportLanguage.EN).render(data(ReportLanguage.EN, 1));
        assertTrue(html.contains("band-1: 1 customer<"), html);
        assertTrue(html.contains("band-21: 21 customers<"), html);
        assertTrue(html.contains("The holdout is too small to conclude: 1 customer, at least 100 needed."), html);
        assertTrue(html.contains("Period: 1 Sep 2026 — 23 Nov 2026"), html);
    }
}
