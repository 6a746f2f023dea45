package io.winback.reports;

import io.winback.report.ReportLanguage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TheDashboardPageDrawsTheNumbersItIsGivenTest {
    private static final Pattern MARK = Pattern.compile("data-label=\"([^\"]*)\" data-value=\"([^\"]*)\"");

    private static DashboardData data() {
        long[][] rfm = new long[5][5];
        rfm[4][4] = 12;
        rfm[0][0] = 3;
        return new DashboardData(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24),
                List.of(ChartBar.of("1", 40), ChartBar.of("2–3", 25), ChartBar.of("4+", 9), ChartBar.of("VIP", 2)),
                List.of(ChartBar.of("Активные", 30), ChartBar.of("Спящие", 46)),
                List.of(ChartBar.of("A", 7), ChartBar.of("B", 11), ChartBar.of("C", 58)),
                new DashboardData.Funnel(900, 850, 54, 100, 3, new BigDecimal("3.0"), new BigDecimal("-0.4"),
                        new BigDecimal("5.9"), "Выборка контрольной группы мала <для вывода>"), List.of(),
                List.of(new ChartBar("2026-11-02", new BigDecimal("12500.50")),
                        new ChartBar("2026-11-09", new BigDecimal("4000"))), rfm);
    }

    private static List<String> marks(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = MARK.matcher(html);
        while (m.find()) {
            found.add(m.group(1) + "=" + m.group(2));
        }
        return found;
    }

    @Test
    void everyBarAndCellCarriesTheNumberItStandsFor() {
        String html = new DashboardPage(ReportLanguage.RU).render(data());
        List<String> marks = marks(html);
        assertTrue(marks.containsAll(List.of("1=40", "2–3=25", "4+=9", "VIP=2")), marks.toString());
        assertTrue(marks.containsAll(List.of("Вошли · С рассылкой=900", "Получили сообщение · С рассылкой=850",
                "Вернулись · С рассылкой=54", "Вошли · Контрольная группа=100", "Вернулись · Контрольная группа=3")),
                marks.toString());
        assertTrue(marks.containsAll(List.of("2026-11-02=12500.50", "2026-11-09=4000")), marks.toString());
        assertTrue(marks.containsAll(List.of("R5 F5=12", "R1 F1=3", "R3 F2=0")), marks.toString());
        assertTrue(html.contains("Прирост возвратов: +3 п.п. (95 % ДИ: -0,4 … +5,9)"), html);
        assertTrue(html.contains("<td>12 500,5</td>"), "numbers in the table below, in Russian");
        assertTrue(html.contains("<tr><td>B</td><td>11</td></tr>"), "the ABC classes under the chart");
        assertTrue(html.contains("<tr><td>Спящие</td><td>46</td></tr>"), "the standing under the chart");
    }

    @Test
    void textFromTheDataIsEscapedAndNothingIsLoadedFromElsewhere() {
        String html = new DashboardPage(ReportLanguage.RU).render(data());
        assertTrue(html.contains("мала &lt;для вывода&gt;"));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("src="));
        assertFalse(html.contains("href="));
    }

    @Test
    void inEnglishTheWordsAndNumbersAreEnglish() {
        String html = new DashboardPage(ReportLanguage.EN).render(data());
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("Uplift in coming back: +3 pp (95 % CI: -0.4 … +5.9)"), html);
        assertTrue(html.contains("<td>12,500.5</td>"));
    }

    @Test
    void aSectionWithNothingToShowSaysSoInWords() {
        String html = new DashboardPage(ReportLanguage.EN).render(new DashboardData(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 23), null,
                List.of(), List.of(), List.of(), null, List.of(), List.of(), null));
        assertTrue(html.contains("the segments job has not run"));
        assertTrue(html.contains("Nobody entered a chain in this period."));
        assertEquals(List.of(), marks(html));
    }

    @Test
    void theValueAxisEndsOnARoundNumberAboveTheTallestBar() {
        assertEquals(0, new BigDecimal("5000").compareTo(SvgCharts.niceCeiling(new BigDecimal("4600.00"))));
        assertEquals(0, new BigDecimal("1000").compareTo(SvgCharts.niceCeiling(new BigDecimal("1000"))));
        assertEquals(0, new BigDecimal("0.2").compareTo(SvgCharts.niceCeiling(new BigDecimal("0.15"))));
        assertEquals(0, BigDecimal.ONE.compareTo(SvgCharts.niceCeiling(BigDecimal.ZERO)));
    }
}
