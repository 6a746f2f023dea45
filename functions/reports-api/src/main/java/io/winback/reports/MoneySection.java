package io.winback.reports;

import io.winback.report.ReportLanguage;
import io.winback.report.reactivation.Payback;
import io.winback.text.ShopText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static io.winback.http.HtmlText.escape;

/**
 * The dashboard's first section, money first: for the period and for each chain, the customers won back over the
 * holdout, the net effect with its interval, the revenue won back, the bonuses spent and the messages' cost in the
 * shop's currency, then the answer in one sentence; the statistics behind it a click away ({@code <details>}, no
 * script).
 */
final class MoneySection {
    private final ReportLanguage language;
    private final String currency;

    MoneySection(ReportLanguage language, String currency) {
        this.language = language;
        this.currency = currency;
    }

    /**
     * A loud line when the data end before the period does (an import of old sales, a stopped stream): "Данные на
     * 01.07.1998" beside a period to 30.11.2026 must not be missed. Empty when they reach the period's end.
     */
    static String stale(DashboardData data, ReportLanguage language) {
        if (data.dataAsOf() == null || !data.dataAsOf().isBefore(data.to())) {
            return "";
        }
        String asOf = ShopText.day(data.dataAsOf(), language);
        return "<p class=\"stale\" id=\"data-as-of\">" + escape(language.pick(
                "Данные на " + asOf + ": позже этого дня до конца периода (" + ShopText.day(data.to(), language)
                        + ") ничего не произошло.",
                "Data as of " + asOf + ": nothing happened after that day up to the period's end ("
                        + ShopText.day(data.to(), language) + ").")) + "</p>\n";
    }

    String render(DashboardData data) {
        String title = t("Окупается ли возврат клиентов", "Does winning customers back pay?");
        Payback period = data.payback();
        if (period == null) {
            return "<section id=\"money\" class=\"money\">\n<h2>" + escape(title) + "</h2>\n<p class=\"note\">"
                    + escape(t("В этом периоде никто не вошёл в цепочку.", "Nobody entered a chain in this period."))
                    + "</p>\n</section>\n";
        }
        StringBuilder html = new StringBuilder("<section id=\"money\" class=\"money\">\n<h2>")
                .append(escape(title)).append("</h2>\n<p class=\"payback\" id=\"payback\">")
                .append(escape(period.sentence(language, currency))).append("</p>\n<table class=\"money\">\n");
        List<String> labels = labels();
        List<String> values = figures(period);
        for (int i = 0; i < labels.size(); i++) {
            html.append("<tr><th>").append(escape(labels.get(i))).append("</th><td>").append(escape(values.get(i)))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n").append(statistics(data.funnel()));
        html.append(byChain(data.chains()));
        return html.append("</section>\n").toString();
    }

    private List<String> labels() {
        return List.of(t("Вернулись сверх контрольной группы", "Won back over the holdout"),
                t("Чистый эффект", "Net effect"), t("Выручка от вернувшихся", "Revenue won back"),
                t("Списано бонусов", "Bonuses spent"), t("Стоимость сообщений", "Messages' cost"));
    }

    private List<String> figures(Payback p) {
        return List.of(orDash(p.wonBackWords(language)), orDash(p.netEffectWords(language, currency)),
                money(p.revenue()), money(p.bonusSpent()), money(p.messageCost()));
    }

    private String byChain(List<DashboardData.ChainFunnel> chains) {
        if (chains == null || chains.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h3>").append(escape(t("По цепочкам и кампаниям",
                "By chain and campaign"))).append("</h3>\n<div class=\"wide\"><table class=\"by-chain-money\">\n<tr>");
        List<String> header = new ArrayList<>(List.of(t("Цепочка", "Chain")));
        header.addAll(labels());
        header.add(t("Вывод", "Verdict"));
        header.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr>\n");
        for (DashboardData.ChainFunnel chain : chains) {
            if (chain.payback() == null) {
                continue;
            }
            html.append("<tr><td>").append(escape(chain.chain())).append("</td>");
            figures(chain.payback()).forEach(v -> html.append("<td>").append(escape(v)).append("</td>"));
            html.append("<td>").append(escape(chain.payback().sentence(language, currency)))
                    .append(statistics(chain.funnel())).append("</td></tr>\n");
        }
        return html.append("</table></div>\n").toString();
    }

    /** The uplift in percentage points with its interval and what the sample can tell: a click away. */
    private String statistics(DashboardData.Funnel f) {
        if (f == null) {
            return "";
        }
        String uplift = f.upliftPoints() == null ? t("Прирост не посчитать.", "The uplift cannot be computed.")
                : t("Прирост возвратов: ", "Uplift in coming back: ") + signed(f.upliftPoints())
                + t(" п.п. (95 % ДИ: ", " pp (95 % CI: ") + signed(f.upliftLow()) + " … " + signed(f.upliftHigh())
                + ").";
        return "<details><summary>" + escape(t("Статистика", "Statistics")) + "</summary><p>" + escape(uplift)
                + "</p><p>" + escape(f.verdict() == null ? "" : f.verdict()) + "</p></details>";
    }

    private String money(BigDecimal amount) {
        return amount == null ? "—" : ShopText.money(amount, currency, language);
    }

    private String signed(BigDecimal points) {
        return (points.signum() > 0 ? "+" : "") + ShopText.number(points, language);
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }

    private String t(String russian, String english) {
        return language.pick(russian, english);
    }
}
