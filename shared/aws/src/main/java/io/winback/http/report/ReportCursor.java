package io.winback.http.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.json.Json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The opaque cursor of a paginated report: where the next page starts, and a fingerprint of the list it belongs to
 * (the report and its filters), as URL-safe Base64 JSON. A cursor edited by hand, or carried over to another list
 * (another product, period or day), is refused rather than answered with the wrong rows.
 */
public final class ReportCursor {
    private static final String LIST = "list";

    private ReportCursor() {
    }

    /** @param list names the report and every filter that decides its rows, e.g. {@code buyers|sku#42|2026-11-01|...} */
    public static String encode(String list, Map<String, String> position) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put(LIST, fingerprint(list));
        body.putAll(position);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.write(body).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a cursor holds.
     *
     * @throws IllegalArgumentException when it is not a cursor of {@code list}, saying why in words for a 400
     */
    public static Map<String, String> decode(String cursor, String list) {
        JsonNode node;
        try {
            node = Json.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalArgumentException("is not a cursor this report returned; pass nextCursor as given");
        }
        if (node == null || !node.isObject() || !node.path(LIST).isTextual()) {
            throw new IllegalArgumentException("is not a cursor this report returned; pass nextCursor as given");
        }
        if (!fingerprint(list).equals(node.get(LIST).asText())) {
            throw new IllegalArgumentException("belongs to another list (other filters or period); "
                    + "ask for the first page again without a cursor");
        }
        Map<String, String> position = new LinkedHashMap<>();
        var fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (!field.getKey().equals(LIST)) {
                if (!field.getValue().isTextual()) {
                    throw new IllegalArgumentException("is not a cursor this report returned; pass nextCursor as given");
                }
                position.put(field.getKey(), field.getValue().asText());
            }
        }
        return position;
    }

    private static String fingerprint(String list) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(list.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
