package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.winback.http.HttpMessages;

import java.nio.charset.StandardCharsets;

/** A request's body as bytes, with its content type: what an upload is read from, whatever its encoding. */
record Upload(byte[] bytes, String contentType) {
    static Upload of(APIGatewayV2HTTPEvent event) {
        byte[] bytes = event.getBody() == null ? null
                : HttpMessages.bodyBytes(event.getBody(), event.getIsBase64Encoded());
        return new Upload(bytes, HttpMessages.header(event.getHeaders(), "content-type"));
    }

    static Upload ofText(String body, String contentType) {
        return new Upload(body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType);
    }
}
