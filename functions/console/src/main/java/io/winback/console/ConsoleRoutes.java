package io.winback.console;

import io.winback.http.PathSegments;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The console's paths, as template.yaml routes them to this function. */
final class ConsoleRoutes {
    static final String HOME = "/console";
    static final String SIGN_IN = "/console/sign-in";
    static final String SIGN_OUT = "/console/sign-out";
    static final String TASKS = "/console/tasks";
    static final String TASK_OUTCOME = "/console/tasks/{taskId}/outcome";
    static final String ASSET = "/console/assets/{file}";
    static final String CUSTOMERS = "/console/customers";
    static final String SENT = "/console/sent";
    static final String CUSTOMER_CONSENT = "/console/customers/{customerId}/consent";
    static final String CUSTOMER_ERASE = "/console/customers/{customerId}/erase";
    static final String CUSTOMER_EXPORT = "/console/customers/{customerId}/export";
    private static final String EXPORT_SUFFIX = "/export";
    private static final String CONSENT_SUFFIX = "/consent";
    private static final String ERASE_SUFFIX = "/erase";
    static final String CUSTOMER = "/console/customers/{customerId}";
    private static final String CUSTOMERS_PREFIX = "/console/customers/";
    private static final String TASKS_PREFIX = "/console/tasks/";
    private static final String OUTCOME_SUFFIX = "/outcome";
    private static final String ASSETS_PREFIX = "/console/assets/";
    static final String SEGMENTS = "/console/segments";
    static final String SEGMENTS_COUNT = "/console/segments/count";
    static final String SEGMENT = "/console/segments/{segmentId}";
    private static final String SEGMENTS_PREFIX = "/console/segments/";

    /** Every method and path template the console serves (ApiRoutes, template.yaml and openapi.yaml list them too). */
    static final List<String> ALL = List.of("GET " + HOME, "GET " + SIGN_IN, "POST " + SIGN_IN, "POST " + SIGN_OUT,
            "GET " + SEGMENTS, "POST " + SEGMENTS, "POST " + SEGMENTS_COUNT, "GET " + SEGMENT,
            "GET " + TASKS, "POST " + TASK_OUTCOME, "GET " + ASSET, "GET " + CUSTOMERS, "GET " + CUSTOMER, "GET " + SENT, "POST " + CUSTOMER_CONSENT,
            "POST " + CUSTOMER_ERASE, "GET " + CUSTOMER_EXPORT,
            "GET " + ChainPages.CHAINS, "GET " + ChainPages.STEP, "POST " + ChainPages.STEP,
            "GET " + CampaignPages.LIST, "POST " + CampaignPages.LIST, "GET " + CampaignPages.ONE,
            "POST " + CampaignPages.PAUSE, "POST " + CampaignPages.RESUME, "POST " + CampaignPages.CANCEL);

    private ConsoleRoutes() {
    }

    /** The task id of {@code /console/tasks/{taskId}/outcome}, decoded. */
    static Optional<String> taskOfOutcome(String path) {
        return segment(path, TASKS_PREFIX, OUTCOME_SUFFIX);
    }

    /** The customer of {@code /console/customers/{customerId}}, decoded (a phone key's '+' stays a plus). */
    static Optional<String> customer(String path) {
        return segment(path, CUSTOMERS_PREFIX, "");
    }

    /** The customer of {@code /console/customers/{customerId}/consent}, decoded. */
    static Optional<String> customerOfConsent(String path) {
        return segment(path, CUSTOMERS_PREFIX, CONSENT_SUFFIX);
    }

    /** The customer of {@code /console/customers/{customerId}/erase}, decoded. */
    static Optional<String> customerToErase(String path) {
        return segment(path, CUSTOMERS_PREFIX, ERASE_SUFFIX);
    }

    /** The customer of {@code /console/customers/{customerId}/export}, decoded. */
    static Optional<String> customerToExport(String path) {
        return segment(path, CUSTOMERS_PREFIX, EXPORT_SUFFIX);
    }

    /** The segment of {@code /console/segments/{segmentId}}, decoded. */
    static Optional<String> segment(String path) {
        return segment(path, SEGMENTS_PREFIX, "");
    }

    /** The path of a segment's page. */
    static String segmentPath(String segmentId) {
        return SEGMENTS_PREFIX + java.net.URLEncoder.encode(segmentId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The one path segment between {@code prefix} and {@code suffix}, percent-decoded as a path segment. */
    static Optional<String> segment(String path, String prefix, String suffix) {
        if (!path.startsWith(prefix) || !path.endsWith(suffix) || path.length() < prefix.length() + suffix.length()) {
            return Optional.empty();
        }
        String raw = path.substring(prefix.length(), path.length() - suffix.length());
        return raw.isEmpty() || raw.contains("/") ? Optional.empty() : Optional.of(PathSegments.decode(raw));
    }

    /** The path of a customer's card. */
    static String customerPath(String customerKey) {
        return CUSTOMERS_PREFIX + java.net.URLEncoder.encode(customerKey, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The file of {@code /console/assets/{file}}. */
    static Optional<String> asset(String path) {
        return path.startsWith(ASSETS_PREFIX) ? Optional.of(path.substring(ASSETS_PREFIX.length()))
                : Optional.empty();
    }

    static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
