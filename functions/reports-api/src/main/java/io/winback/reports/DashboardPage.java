package io.winback.reports;

import io.winback.report.ReportLanguage;
import io.winback.text.Noun;
import io.winback.text.ShopText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static io.winback.http.HtmlText.escape;

/**
 * The dashboard as one HTML page: four charts drawn as SVG on the server, each with its numbers in a table below,
 * in the owner's language. Nothing is loaded from elsewhere and no script runs.
 */
final class DashboardPage {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:24px;color:#1d2329;\
            max-width:1360px}@media (max-width:600px){body{margin:10px}section{padding:10px}}
            h1{font-size:22px;margin:0 0 4px}p.period{color:#5a6570;margin:0 0 16px}
            main{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(560px,100%),1fr));gap:24px}
            section{border:1px solid #dfe3e8;border-radius:8px;padding:16px;min-width:0}h2{font-size:16px;margin:0 0 8px}
            div.wide{overflow-x:auto}
            svg.chart{width:100%;height:auto}svg.grid{max-width:380px;display:block}table{border-collapse:collapse;margin-top:8px;font-size:13px;display:block;overflow-x:auto;max-width:100%}
            td,th{border-bottom:1px solid #eceff2;padding:3px 10px;text-align:right}th:first-child,td:first-child{text-align:left}
            p.note{color:#5a6570;font-size:13px}p.verdict{font-weight:600}
            section.money{grid-column:1/-1}p.payback{font-size:18px;font-weight:600;margin:4px 0 12px}
            p.stale{background:#fff3cd;border:2px solid #d39e00;border-radius:6px;padding:8px 12px;font-weight:700;\
            font-size:16px;margin:0 0 16px}
            table.money th{text-align:left;font-weight:400;color:#5a6570}table.money td{font-weight:600;text-align:left}
            details{margin-top:8px;font-size:13px}summary{cursor:pointer;color:#1f5fa8}
            """;
    private final ReportLanguage language;
    private final SvgCharts charts;

    DashboardPage(ReportLanguage language) {
        this.language = language;
        this.charts = new SvgCharts(language);
    }

    String render(DashboardData data) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.code()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(t("Winback: панель", "Winback dashboard"))).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(t("Возврат клиентов", "Winning customers back"))).append("</h1>\n")
                .append("<p class=\"period\">").append(escape(t("Период: ", "Period: ") + ShopText.day(data.from(), language)
                        + " — " + ShopText.day(data.to(), language))).append("</p>\n");
        html.append(MoneySection.stale(data, language));
        html.append("<main>\n");
        html.append(new MoneySection(language, data.currency()).render(data));
        html.append(timing(data.timing()));
        html.append(customers(data));
        html.append(funnel(data.funnel(), data.chains(), CallWords.summary(data.calls(), language)));
        html.append(revenue(data.revenueByWeek()));
        html.append(rfm(data));
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    /** Which timing wakes the customers, and how it did on the shop's own history, in one sentence. */
    private String timing(String sentence) {
        if (sentence == null) {
            return "";
        }
        return section("timing", t("Когда будить клиентов", "When customers are woken"), "<p class=\"timing\">"
                + escape(sentence) + "</p>\n");
    }

    private String customers(DashboardData data) {
        String title = t("Клиенты по сегментам", "Customers by segment");
        if (data.customers() == null || data.customers().isEmpty()) {
            return section("customers", title, none(t("Сегменты ещё не посчитаны: задание сегментов ещё не запускалось.",
                    "Segments not computed yet: the segments job has not run.")));
        }
        return section("customers", title, charts.bars("customers-chart", title, t("Сегмент (покупок)", "Segment (purchases)"),
                customersUnit(), data.customers())
                + table(List.of(t("Сегмент", "Segment"), t("Клиенты", "Customers")), rows(data.customers()))
                + (data.standing() == null || data.standing().isEmpty() ? ""
                : table(List.of(t("Состояние", "Standing"), t("Клиенты", "Customers")), rows(data.standing())))
                + (data.abcClasses() == null || data.abcClasses().isEmpty() ? ""
                : table(List.of(t("ABC-класс (доля выручки 80 / 15 / 5 %)", "ABC class (80 / 15 / 5 % of revenue)"),
                        t("Клиенты", "Customers")), rows(data.abcClasses())))
                + note(asOf(data)));
    }

    private String funnel(DashboardData.Funnel f, List<DashboardData.ChainFunnel> chains, String calls) {
        String title = t("Цепочки: вошли → получили сообщение → вернулись", "Chains: entered → messaged → came back");
        if (f == null) {
            return section("funnel", title, none(t("В этом периоде никто не вошёл в цепочку.",
                    "Nobody entered a chain in this period.")));
        }
        String treated = t("С рассылкой", "Treated");
        String holdout = t("Контрольная группа", "Holdout");
        List<String> steps = List.of(t("Вошли", "Entered"), t("Получили сообщение", "Messaged"),
                t("Вернулись", "Came back"));
        List<ChartSeries> series = List.of(
                new ChartSeries(treated, SvgCharts.BLUE, List.of(BigDecimal.valueOf(f.treatedEntered()),
                        BigDecimal.valueOf(f.treatedMessaged()), BigDecimal.valueOf(f.treatedConverted()))),
                new ChartSeries(holdout, SvgCharts.GREY, List.of(BigDecimal.valueOf(f.holdoutEntered()),
                        BigDecimal.ZERO, BigDecimal.valueOf(f.holdoutConverted()))));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(treated, count(f.treatedEntered()), count(f.treatedMessaged()), count(f.treatedConverted())));
        rows.add(List.of(holdout, count(f.holdoutEntered()), "0", count(f.holdoutConverted())));
        String uplift = f.upliftPoints() == null ? t("Прирост: не посчитать", "Uplift: cannot be computed")
                : t("Прирост возвратов: ", "Uplift in coming back: ") + signed(f.upliftPoints()) + t(" п.п. (95 % ДИ: ",
                " pp (95 % CI: ") + signed(f.upliftLow()) + " … " + signed(f.upliftHigh()) + ")";
        return section("funnel", title, charts.grouped("funnel-chart", title, t("Этап", "Stage"),
                customersUnit(), steps, series)
                + table(List.of(t("Группа", "Group"), steps.get(0), steps.get(1), steps.get(2)), rows)
                + "<p class=\"verdict\" id=\"uplift\">" + escape(uplift) + "</p>\n"
                + note(f.verdict())
                + note(calls)
                + byChain(chains, treated, holdout, steps));
    }

    /** Each chain's own funnel, whatever its trigger, in the chain's row of one table: the report's "all" rows. */
    private String byChain(List<DashboardData.ChainFunnel> chains, String treated, String holdout,
                           List<String> steps) {
        if (chains == null || chains.isEmpty()) {
            return "";
        }
        List<List<String>> rows = new ArrayList<>();
        for (DashboardData.ChainFunnel chain : chains) {
            DashboardData.Funnel f = chain.funnel();
            List<String> row = new ArrayList<>(List.of(chain.chain(), count(f.treatedEntered()),
                    count(f.treatedMessaged()), count(f.treatedConverted()), count(f.holdoutEntered()),
                    count(f.holdoutConverted()), f.upliftPoints() == null ? "—" : signed(f.upliftPoints()) + " ("
                            + signed(f.upliftLow()) + " … " + signed(f.upliftHigh()) + ")"));
            ReactivationRows.callFigures(chain.calls()).forEach(figure -> row.add(count(figure)));
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of(t("Цепочка", "Chain"), steps.get(0) + " · " + treated,
                steps.get(1) + " · " + treated, steps.get(2) + " · " + treated, steps.get(0) + " · " + holdout,
                steps.get(2) + " · " + holdout, t("Прирост, п.п. (95 % ДИ)", "Uplift, pp (95 % CI)")));
        header.addAll(CallWords.columns(language));
        // Fourteen columns do not fit half the page: the table scrolls inside its card, not the page.
        return "<h3>" + escape(t("По цепочкам", "By chain")) + "</h3>\n<div class=\"wide\">"
                + table(header, rows) + "</div>\n";
    }

    private String revenue(List<ChartBar> weeks) {
        String title = t("Выручка от вернувшихся по неделям", "Revenue won back by week");
        if (weeks == null || weeks.isEmpty()) {
            return section("revenue", title, none(t("В этом периоде никто не вернулся после сообщения.",
                    "Nobody came back after a message in this period.")));
        }
        return section("revenue", title, charts.bars("revenue-chart", title, t("Неделя (с понедельника)",
                "Week (from Monday)"), ChartUnit.amounts("₽", language), weeks)
                + table(List.of(t("Неделя", "Week"), "₽"), rows(weeks))
                + note(t("Покупки вернувшихся из группы с рассылкой; часть вернулась бы и так — эффект показывает прирост выше.",
                "Purchases of treated customers who came back; some would have anyway: the uplift above is the effect.")));
    }

    private String rfm(DashboardData data) {
        String title = t("RFM: давность × частота", "RFM: recency × frequency");
        if (data.rfmCounts() == null) {
            return section("rfm", title, none(t("RFM ещё не посчитан: задание сегментов ещё не запускалось.",
                    "RFM not computed yet: the segments job has not run.")));
        }
        long[][] counts = data.rfmCounts();
        List<List<String>> rows = new ArrayList<>();
        for (int f = counts.length - 1; f >= 0; f--) {
            List<String> row = new ArrayList<>();
            row.add("F" + (f + 1));
            for (long c : counts[f]) {
                row.add(count(c));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of(""));
        for (int r = 1; r <= counts.length; r++) {
            header.add("R" + r);
        }
        return section("rfm", title, charts.grid("rfm-chart", title,
                t("Давность R (5 — покупали недавно)", "Recency R (5 = bought recently)"),
                t("Частота F (5 — чаще всех)", "Frequency F (5 = most often)"), Noun.CUSTOMER, counts)
                + table(header, rows) + note(asOf(data)));
    }

    private ChartUnit customersUnit() {
        return ChartUnit.counting(Noun.CUSTOMER, t("Клиенты", "Customers"), language);
    }

    private String asOf(DashboardData data) {
        return t("На ", "As of ") + ShopText.day(data.segmentsAsOf(), language);
    }

    static String section(String id, String title, String body) {
        return "<section id=\"" + id + "\">\n<h2>" + escape(title) + "</h2>\n" + body + "</section>\n";
    }

    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder html = new StringBuilder("<table>\n<tr>");
        header.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    private List<List<String>> rows(List<ChartBar> bars) {
        return bars.stream().map(b -> List.of(b.label(), charts.number(b.value()))).toList();
    }

    private String count(long value) {
        return charts.number(BigDecimal.valueOf(value));
    }

    private String signed(BigDecimal points) {
        return (points.signum() > 0 ? "+" : "") + charts.number(points);
    }

    private static String none(String text) {
        return "<p class=\"note\">" + escape(text) + "</p>\n";
    }

    private static String note(String text) {
        return text == null ? "" : "<p class=\"note\">" + escape(text) + "</p>\n";
    }

    private String t(String russian, String english) {
        return language.pick(russian, english);
    }
}
