package io.winback.dynamo;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;

/**
 * An SDK item as the Lambda event of a DynamoDB stream carries it (the events library's own AttributeValue): what the
 * local stream stand-in, the bench's probes and the tests hand to the stats function, as Lambda would.
 */
public final class LambdaStreamImages {
    private LambdaStreamImages() {
    }

    public static Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> of(
            Map<String, AttributeValue> item) {
        Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> converted =
                new HashMap<>();
        item.forEach((name, value) -> converted.put(name, of(value)));
        return converted;
    }

    private static com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue of(AttributeValue v) {
        var out = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
        switch (v.type()) {
            case S -> out.setS(v.s());
            case N -> out.setN(v.n());
            case BOOL -> out.setBOOL(v.bool());
            case NUL -> out.setNULL(true);
            case B -> out.setB(v.b().asByteBuffer());
            case SS -> out.setSS(v.ss());
            case NS -> out.setNS(v.ns());
            case BS -> out.setBS(v.bs().stream().map(SdkBytes::asByteBuffer).toList());
            case M -> out.setM(of(v.m()));
            case L -> out.setL(v.l().stream().map(LambdaStreamImages::of).toList());
            default -> throw new IllegalArgumentException("unsupported attribute type " + v.type());
        }
        return out;
    }
}
