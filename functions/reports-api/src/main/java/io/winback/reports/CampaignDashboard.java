package io.winback.reports;

import io.winback.chain.Conversion;
import io.winback.chain.EpisodeStatus;
import io.winback.report.ReportLanguage;
import io.winback.text.ShopText;
import io.winback.report.reactivation.ChainTally;
import io.winback.report.reactivation.Comparison;
import io.winback.report.reactivation.Economics;
import io.winback.report.reactivation.ReactivationTally;
import io.winback.report.reactivation.StartedEpisodes;
import io.winback.report.reactivation.Payback;
import io.winback.tasks.CallCounts;
import io.winback.tasks.CountedCalls;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The dashboard's campaign half, read in one pass over the period's episodes: the funnel of every chain together
 * (the campaign report's "all" row, pooled over chains), each chain's own (its "all" row: a chain of any trigger,
 * grouped by its id like the report) and the revenue of treated customers who came back, by week.
 */
final class CampaignDashboard {
    private final StartedEpisodes episodes;
    private final CountedCalls calls;
    private final Supplier<Economics> economics;
    private final ZoneId shopZone;

    CampaignDashboard(StartedEpisodes episodes, CountedCalls calls, Supplier<Economics> economics, ZoneId shopZone) {
        this.episodes = episodes;
        this.calls = calls;
        this.economics = economics;
        this.shopZone = shopZone;
    }

    DashboardSources.Campaign read(LocalDate from, LocalDate to, ReportLanguage language) {
        ReactivationTally tally = ReactivationTally.pooled();
        ReactivationTally byChain = new ReactivationTally(null, null);
        Map<LocalDate, BigDecimal> byWeek = new TreeMap<>();
        Set<String> counted = new HashSet<>();
        Instant[] latest = {null};
        episodes.forEach(from, to, started -> {
            tally.add(started);
            byChain.add(started);
            var episode = started.episode();
            latest[0] = later(latest[0], episode.startedAt());
            started.touches().forEach(touch -> latest[0] = later(latest[0], touch.at()));
            Conversion conversion = episode.conversion();
            latest[0] = later(latest[0], conversion == null ? null : conversion.at());
            // The same purchase credited once, as in the report.
            if (!episode.holdout() && episode.status() == EpisodeStatus.CONVERTED && conversion != null
                    && conversion.revenue() != null && counted.add(episode.customerKey() + "\u0000" + conversion.saleId())) {
                LocalDate monday = conversion.at().atZone(shopZone).toLocalDate()
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                byWeek.merge(monday, conversion.revenue(), BigDecimal::add);
            }
        });
        calls.forEach(from, to, day -> {
            tally.addCalls(day);
            byChain.addCalls(day);
        });
        ChainTally all = tally.chains().get(ReactivationTally.ALL_CHAINS);
        if (all == null || all.treated().entered() + all.holdout().entered() == 0) {
            return new DashboardSources.Campaign(null, List.of(), List.of(), null, CallCounts.NONE, null);
        }
        Economics figures = economics.get();
        List<DashboardData.ChainFunnel> chains = new ArrayList<>();
        new TreeMap<>(byChain.chains()).forEach((chain, chainTally) -> chains.add(new DashboardData.ChainFunnel(chain,
                funnel(chainTally, figures, language), payback(chainTally, figures), chainTally.calls())));
        List<ChartBar> weeks = new ArrayList<>();
        byWeek.forEach((monday, revenue) -> weeks.add(new ChartBar(ShopText.day(monday, language), revenue)));
        return new DashboardSources.Campaign(funnel(all, figures, language), chains, weeks, payback(all, figures),
                all.calls(), latest[0] == null ? null : latest[0].atZone(shopZone).toLocalDate());
    }

    private static Instant later(Instant latest, Instant at) {
        return at == null || (latest != null && !at.isAfter(latest)) ? latest : at;
    }

    private static Payback payback(ChainTally tally, Economics figures) {
        return Payback.of(Comparison.of(tally.treated(), tally.holdout(), figures), figures.minHoldout());
    }

    private static DashboardData.Funnel funnel(ChainTally tally, Economics figures, ReportLanguage language) {
        Comparison c = Comparison.of(tally.treated(), tally.holdout(), figures);
        return new DashboardData.Funnel(c.treated().entered(), c.treated().messaged(),
                c.treated().converted(), c.holdout().entered(), c.holdout().converted(),
                ReactivationRows.percent(c.uplift()), ReactivationRows.low(c.upliftInterval(), true),
                ReactivationRows.high(c.upliftInterval(), true), ReactivationCsv.conclusion(c, figures, language));
    }
}
