package io.winback.reports;

import io.winback.http.ApiReply;
import io.winback.report.ReportQuery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@code GET /dashboard?from=&to=&lang=}: the owner's page at a glance. Without a period it shows the last 12 weeks
 * to today. Its numbers come from the same readers as the reports, so page and reports always agree.
 */
final class Dashboard implements Report {
    static final int DEFAULT_WEEKS = 12;
    private final DashboardSources sources;
    private final ZoneId shopZone;
    private final Clock clock;
    private final String currency;

    Dashboard(DashboardSources sources, ZoneId shopZone, Clock clock, String currency) {
        this.sources = sources;
        this.currency = currency;
        this.shopZone = shopZone;
        this.clock = clock;
    }

    @Override
    public ApiReply answer(ReportQuery query) {
        LocalDate today = clock.instant().atZone(shopZone).toLocalDate();
        LocalDate to = query.date("to", today);
        LocalDate from = query.date("from", to == null ? null : to.minusWeeks(DEFAULT_WEEKS).plusDays(1));
        query.checkPeriod(from, to);
        query.checkLength(from, to, "the dashboard");
        if (!query.isValid()) {
            return ApiReply.errors(400, query.errors());
        }
        DashboardSources.Segments segments = sources.segments(query.language());
        DashboardSources.Campaign campaign = sources.campaign(from, to, query.language());
        DashboardData data = new DashboardData(from, to,
                segments == null ? null : segments.asOf(), segments == null ? null : segments.customers(),
                segments == null ? null : segments.standing(), segments == null ? null : segments.abcClasses(),
                campaign.funnel(), campaign.chains(), campaign.revenueByWeek(), segments == null ? null : segments.rfmCounts(),
                campaign.payback(), campaign.calls(), campaign.dataAsOf(), currency, sources.timing(query.language()));
        return ApiReply.styledHtml(200, new DashboardPage(query.language()).render(data));
    }
}
