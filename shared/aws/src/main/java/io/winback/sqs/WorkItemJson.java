package io.winback.sqs;

import io.winback.chain.WorkItem;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.json.Json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Work items as queue message bodies: small JSON objects with a {@code type}. */
public final class WorkItemJson {
    private WorkItemJson() {
    }

    public static String write(WorkItem item) {
        return Json.write(body(item));
    }

    private static Map<String, Object> body(WorkItem item) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (item) {
            case WorkItem.DecideSleeper d -> {
                body.put("type", "decide-sleeper");
                body.put("customerKey", d.customerKey());
                body.put("sleepAt", d.sleepAt().toString());
            }
            case WorkItem.DecideBirthday b -> {
                body.put("type", "decide-birthday");
                body.put("customerKey", b.customerKey());
                body.put("birthday", b.birthday().toString());
            }
            case WorkItem.DecideRefill r -> {
                body.put("type", "decide-refill");
                body.put("customerKey", r.customerKey());
                body.put("group", r.group());
                body.put("due", r.due().toString());
            }
            case WorkItem.DecideCrossSell c -> {
                body.put("type", "decide-cross-sell");
                body.put("customerKey", c.customerKey());
                body.put("group", c.group());
                body.put("purchaseDay", c.purchaseDay().toString());
                body.put("saleIds", c.saleIds());
            }
            case WorkItem.DecideOccasions several -> {
                body.put("type", "decide-occasions");
                body.put("customerKey", several.customerKey());
                body.put("occasions", several.occasions().stream().map(WorkItemJson::body).toList());
            }
            case WorkItem.AdvanceEpisode a -> {
                body.put("type", "advance-episode");
                body.put("customerKey", a.customerKey());
                body.put("episodeId", a.episodeId());
            }
            case WorkItem.ReevaluateSegments r -> {
                body.put("type", "reevaluate-segments");
                body.put("customerKey", r.customerKey());
            }
            case WorkItem.FillSegments f -> {
                body.put("type", "fill-segments");
                body.put("customerKey", f.customerKey());
                body.put("configurationVersion", f.configurationVersion());
                body.put("part", f.part());
                body.put("parts", f.parts());
                body.put("cursor", f.cursor());
            }
            case WorkItem.StartCampaign c -> {
                body.put("type", "start-campaign");
                body.put("customerKey", c.customerKey());
                body.put("campaignId", c.campaignId());
                body.put("shard", c.shard());
                body.put("cursor", c.cursor());
            }
        }
        body.put("runTime", item.runTime().toString());
        return body;
    }

    private static String required(JsonNode node, String field) {
        String value = node.path(field).asText(null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("work item without " + field);
        }
        return value;
    }

    /** Reads a body written by {@link #write}; anything else is an {@link IllegalArgumentException}. */
    public static WorkItem read(String body) {
        try {
            return read(Json.readTree(body));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("unreadable work item: " + e.getMessage(), e);
        }
    }

    private static WorkItem read(JsonNode node) {
        String customerKey = node.path("customerKey").asText(null);
        Instant runTime = Instant.parse(node.path("runTime").asText());
        if (customerKey == null) {
            throw new IllegalArgumentException("work item without customerKey");
        }
        return switch (node.path("type").asText()) {
            case "decide-sleeper" -> new WorkItem.DecideSleeper(customerKey,
                    LocalDate.parse(node.path("sleepAt").asText()), runTime);
            case "decide-birthday" -> new WorkItem.DecideBirthday(customerKey,
                    LocalDate.parse(node.path("birthday").asText()), runTime);
            case "decide-refill" -> new WorkItem.DecideRefill(customerKey, required(node, "group"),
                    LocalDate.parse(node.path("due").asText()), runTime);
            case "decide-cross-sell" -> new WorkItem.DecideCrossSell(customerKey, required(node, "group"),
                    LocalDate.parse(node.path("purchaseDay").asText()), textsOf(node.path("saleIds")), runTime);
            case "decide-occasions" -> {
                List<WorkItem> occasions = new ArrayList<>();
                node.path("occasions").forEach(occasion -> occasions.add(read(occasion)));
                if (occasions.isEmpty()) {
                    throw new IllegalArgumentException("decide-occasions without occasions");
                }
                yield new WorkItem.DecideOccasions(customerKey, occasions, runTime);
            }
            case "advance-episode" -> new WorkItem.AdvanceEpisode(customerKey,
                    node.path("episodeId").asText(), runTime);
            case "reevaluate-segments" -> new WorkItem.ReevaluateSegments(customerKey, runTime);
            case "fill-segments" -> new WorkItem.FillSegments(node.path("configurationVersion").asInt(),
                    node.path("part").asInt(), node.path("parts").asInt(), node.path("cursor").asText(null),
                    runTime);
            case "start-campaign" -> new WorkItem.StartCampaign(required(node, "campaignId"),
                    node.path("shard").asInt(), node.path("cursor").asText(null), runTime);
            default -> throw new IllegalArgumentException("unknown work item type " + node.path("type"));
        };
    }

    private static List<String> textsOf(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }
}
