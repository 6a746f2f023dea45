package io.winback.worker;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.chainsapi.ChainsApiHandler;
import io.winback.testing.ApiAnswers;
import io.winback.testing.HttpApiEvents;
import io.winback.testing.LocalDynamo;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The marketer's desk beside a {@link Shop}: the real chains API on the shop's tables, its work (a segment's fill)
 * queued on the shop's queue for the real worker. Requests go unrouted ({@code $default}), as the local runner
 * sends them, so the path decides.
 */
final class CampaignDesk {
    static final String TOKEN = "desk-token";
    private final ChainsApiHandler api;
    private final Shop shop;

    CampaignDesk(Shop shop) {
        this.shop = shop;
        this.api = new ChainsApiHandler(LocalDynamo.client(), shop.config, shop.clock, shop.queue::addAll);
    }

    APIGatewayV2HTTPResponse call(String method, String path, String body) {
        return api.handleRequest(HttpApiEvents.request(method, "$default", path, null, body, "Bearer " + TOKEN),
                null);
    }

    /** Defines a dynamic segment of the customers who spent at least {@code spent}, and fills it. */
    void segmentOfSpent(String id, int spent) {
        var reply = call("POST", "/v1/segments", "{\"id\":\"" + id + "\",\"name\":\"Потратили от " + spent
                + "\",\"conditions\":{\"all\":[{\"field\":\"spent\",\"op\":\">=\",\"value\":" + spent + "}]}}");
        assertEquals(201, reply.getStatusCode(), reply.getBody());
        assertEquals(java.util.List.of(), shop.deliverQueue(), "the fill failed nowhere");
    }

    JsonNode createCampaign(String body) {
        var reply = call("POST", "/v1/campaigns", body);
        assertEquals(201, reply.getStatusCode(), reply.getBody());
        return ApiAnswers.json(reply);
    }

    JsonNode campaign(String id) {
        var reply = call("GET", "/v1/campaigns/" + id, null);
        assertEquals(200, reply.getStatusCode(), reply.getBody());
        return ApiAnswers.json(reply);
    }

    static String errors(APIGatewayV2HTTPResponse reply) {
        return ApiAnswers.errors(reply).stream().collect(Collectors.joining("\n"));
    }
}
