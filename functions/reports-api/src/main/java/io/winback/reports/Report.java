package io.winback.reports;

import io.winback.http.ApiReply;
import io.winback.report.ReportQuery;

/**
 * One report: reads its parameters from the query (a 400 with every problem, nothing read, when they are wrong),
 * then answers JSON, or CSV when {@link ReportQuery#format()} asks for it.
 */
interface Report {
    ApiReply answer(ReportQuery query);
}
