package io.winback.testing;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.Callable;

/**
 * A real DynamoDB client whose every request passes through a test's hands first: to note what it asked for, or to
 * answer in the real one's place (a throttled answer). Requests written with a builder reach it built.
 */
public final class InterceptedDynamo {
    private InterceptedDynamo() {
    }

    /** What a test does with one request: {@code real.call()} is the real client's answer to it. */
    @FunctionalInterface
    public interface Interceptor {
        Object answer(DynamoDbRequest request, Callable<Object> real) throws Exception;
    }

    public static DynamoDbClient of(DynamoDbClient real, Interceptor interceptor) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (args != null && args.length == 1 && args[0] instanceof java.util.function.Consumer<?>
                    && method.isDefault()) {
                // The builder form: let the interface build the request and come back with it.
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            Callable<Object> toReal = () -> {
                try {
                    return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            };
            return args != null && args.length == 1 && args[0] instanceof DynamoDbRequest request
                    ? interceptor.answer(request, toReal) : toReal.call();
        };
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[]{DynamoDbClient.class}, handler);
    }
}
