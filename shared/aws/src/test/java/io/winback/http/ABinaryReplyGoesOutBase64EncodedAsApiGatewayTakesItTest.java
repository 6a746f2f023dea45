package io.winback.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.http.report.ReportReplies;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API Gateway sends a Lambda's body as text unless the function says it is base64: a workbook (a zip, bytes that are
 * no UTF-8) must go out flagged, and come back byte for byte; text answers stay unflagged.
 */
class ABinaryReplyGoesOutBase64EncodedAsApiGatewayTakesItTest {
    private static final byte[] NOT_TEXT = {'P', 'K', 3, 4, (byte) 0xFF, (byte) 0xC0, 0, (byte) 0x80};

    @Test
    void aWorkbookIsFlaggedAndItsBytesComeBackWhole() {
        APIGatewayV2HTTPResponse response = ReportReplies.xlsx("segment-vip", NOT_TEXT, 3).toHttpResponse();
        assertTrue(response.getIsBase64Encoded());
        assertArrayEquals(NOT_TEXT, Base64.getDecoder().decode(response.getBody()));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                response.getHeaders().get("content-type"));
        assertEquals("attachment; filename=\"segment-vip.xlsx\"", response.getHeaders().get("content-disposition"));
    }

    @Test
    void extraHeadersKeepTheFlag() {
        ApiReply reply = ApiReply.binary(200, NOT_TEXT, Map.of()).withHeaders(Map.of("x-next-cursor", "abc"));
        assertTrue(reply.toHttpResponse().getIsBase64Encoded());
        assertEquals("abc", reply.toHttpResponse().getHeaders().get("x-next-cursor"));
    }

    @Test
    void textAnswersAreNotFlagged() {
        APIGatewayV2HTTPResponse json = ApiReply.ok(Map.of("a", 1)).toHttpResponse();
        assertFalse(json.getIsBase64Encoded());
        assertEquals("{\"a\":1}", json.getBody());
        APIGatewayV2HTTPResponse csv = new ApiReply(200, "Ключ;Имя", Map.of()).toHttpResponse();
        assertFalse(csv.getIsBase64Encoded());
        assertEquals("Ключ;Имя", csv.getBody());
    }
}
