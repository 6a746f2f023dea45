package io.winback.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestsNoRouteTakesGetTheOneErrorShapeTest {

    @Test
    void aKnownPathWithAnotherMethodIsA405NamingTheMethodsItTakes() {
        ApiReply reply = ApiRoutes.unrouted("PUT", "/v1/customers/C-1001");
        assertEquals(405, reply.status());
        assertEquals("GET, PATCH, DELETE", reply.headers().get("allow"));
        assertTrue(reply.body().startsWith("{\"errors\":[{\"field\":\"method\""), reply.body());
    }

    @Test
    void anUnknownPathIsA404InTheErrorShapeNamingThePaths() {
        ApiReply reply = ApiRoutes.unrouted("GET", "/v1/customer/C-1001");
        assertEquals(404, reply.status());
        assertTrue(reply.body().startsWith("{\"errors\":[{\"field\":\"path\""), reply.body());
        assertTrue(reply.body().contains("/v1/customers/{customerId}"), reply.body());
    }

    @Test
    void aParameterStandsForOneSegmentOnly() {
        assertEquals(404, ApiRoutes.unrouted("GET", "/v1/customers/a/b/c").status());
        assertEquals(405, ApiRoutes.unrouted("POST", "/v1/customers/C-1/bonuses/").status(), "a trailing slash is forgiven");
    }
}
