package io.winback.console;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A console answer: a page, a redirect after a form (so a reload never posts twice), or a static asset; the cookies
 * it sets travel in the HTTP API's {@code cookies}, one {@code Set-Cookie} each.
 */
record ConsoleReply(int status, String body, Map<String, String> headers, List<String> cookies, boolean base64) {
    /**
     * Pages load nothing from elsewhere: style and the one small script from the console itself, no inline script or
     * style, forms posting only back here, no framing, no Referer, not cached, not indexed.
     */
    static final String CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    ConsoleReply {
        headers = Map.copyOf(headers);
        cookies = List.copyOf(cookies);
    }

    ConsoleReply(int status, String body, Map<String, String> headers, List<String> cookies) {
        this(status, body, headers, cookies, false);
    }

    /** A report's download: the CSV as text, a workbook as bytes (base64, as API Gateway sends binary). */
    static ConsoleReply download(String fileName, io.winback.report.TableWriter written) {
        Map<String, String> headers = new HashMap<>(Map.of("cache-control", "no-store", "x-content-type-options",
                "nosniff"));
        return switch (written) {
            case io.winback.report.CsvWriter csv -> {
                headers.put("content-type", "text/csv; charset=utf-8");
                headers.put("content-disposition", "attachment; filename=\"" + fileName + ".csv\"");
                yield new ConsoleReply(200, csv.text(), headers, List.of());
            }
            case io.winback.xlsx.XlsxTable workbook -> {
                headers.put("content-type", io.winback.xlsx.XlsxWriter.CONTENT_TYPE);
                headers.put("content-disposition", "attachment; filename=\"" + fileName + ".xlsx\"");
                yield new ConsoleReply(200, java.util.Base64.getEncoder().encodeToString(workbook.bytes()), headers,
                        List.of(), true);
            }
            default -> throw new IllegalArgumentException("no download for " + written.getClass().getSimpleName());
        };
    }

    static ConsoleReply page(int status, String html) {
        return new ConsoleReply(status, html, Map.of(
                "content-type", "text/html; charset=utf-8",
                "cache-control", "no-store",
                "content-security-policy", CSP,
                "x-content-type-options", "nosniff",
                "referrer-policy", "no-referrer",
                "x-robots-tag", "noindex"), List.of());
    }

    /** 303 to {@code location} (a path of the console): the browser follows with a GET. */
    static ConsoleReply seeOther(String location) {
        return new ConsoleReply(303, "", Map.of("location", location, "cache-control", "no-store"), List.of());
    }

    ConsoleReply withCookie(String setCookie) {
        List<String> all = new java.util.ArrayList<>(cookies);
        all.add(setCookie);
        return new ConsoleReply(status, body, headers, all, base64);
    }

    ConsoleReply withHeader(String name, String value) {
        Map<String, String> all = new HashMap<>(headers);
        all.put(name, value);
        return new ConsoleReply(status, body, all, cookies, base64);
    }

    APIGatewayV2HTTPResponse toHttpResponse() {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers)
                .withCookies(cookies.isEmpty() ? null : cookies).withBody(body).withIsBase64Encoded(base64).build();
    }
}
