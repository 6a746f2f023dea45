package io.winback.bench;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.Consumer;

/**
 * A DynamoDB client that asks for and sums the capacity of every request made through it, by operation
 * ({@code read.GetItem}, {@code write.TransactWriteItems}), whatever the code asked for itself: the bench's own
 * count of what a function spends, reads the code does not meter (the segment definitions' read) included.
 */
final class MeteredDynamo {
    private static final Set<String> WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
            "TransactWriteItems");
    private final Map<String, DoubleAdder> units = new ConcurrentHashMap<>();
    private final DynamoDbClient client;

    MeteredDynamo(DynamoDbClient real) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.isDefault() && (method.getName().endsWith("Paginator")
                    || args != null && args.length == 1 && args[0] instanceof Consumer<?>)) {
                // Builder forms and paginators: the interface builds the requests and comes back with each.
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            Object[] asked = args;
            if (args != null && args.length == 1 && args[0] instanceof DynamoDbRequest request) {
                asked = new Object[]{withTotal(request)};
            }
            Object answer;
            try {
                answer = method.invoke(real, asked);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            record(operation(method), answer);
            return answer;
        };
        this.client = (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[]{DynamoDbClient.class}, handler);
    }

    DynamoDbClient client() {
        return client;
    }

    /**
     * Units so far: {@code read.<Operation>} and {@code write.<Operation>}; and the same units again by where they
     * were spent, {@code on.write.<table>} and {@code on.write.<table>/<index>} (a GSI's share of a write is the index's
     * own unit: what keeping that index costs).
     */
    Map<String, Double> snapshot() {
        Map<String, Double> copy = new TreeMap<>();
        units.forEach((key, adder) -> copy.put(key, adder.sum()));
        return copy;
    }

    static double reads(Map<String, Double> snapshot) {
        return sum(snapshot, "read.");
    }

    static double writes(Map<String, Double> snapshot) {
        return sum(snapshot, "write.");
    }

    /** {@code after} less {@code before}, key by key. */
    static Map<String, Double> since(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> difference = new TreeMap<>();
        after.forEach((key, value) -> {
            double d = value - before.getOrDefault(key, 0.0);
            if (d != 0) {
                difference.put(key, d);
            }
        });
        return difference;
    }

    private static double sum(Map<String, Double> snapshot, String prefix) {
        return snapshot.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    private static String operation(Method method) {
        String name = Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
        return (WRITES.contains(name) ? "write." : "read.") + name;
    }

    /** The request asking for at least its total capacity (INDEXES, when the code asked for it, is kept). */
    private static Object withTotal(DynamoDbRequest request) throws ReflectiveOperationException {
        Method asked;
        try {
            asked = request.getClass().getMethod("returnConsumedCapacity");
        } catch (NoSuchMethodException none) {
            return request; // DescribeTable and the like: nothing to bill
        }
        if (asked.invoke(request) == ReturnConsumedCapacity.INDEXES) {
            return request;
        }
        // Indexes, not only the total: each table's and each index's share is recorded under its name.
        Object builder = request.getClass().getMethod("toBuilder").invoke(request);
        Method set = findSetter(builder.getClass());
        set.invoke(builder, ReturnConsumedCapacity.INDEXES);
        return findBuild(builder.getClass()).invoke(builder);
    }

    private static Method findSetter(Class<?> builder) throws NoSuchMethodException {
        for (Class<?> type : builder.getInterfaces()) {
            try {
                return type.getMethod("returnConsumedCapacity", ReturnConsumedCapacity.class);
            } catch (NoSuchMethodException ignored) {
                // not this one
            }
        }
        return builder.getMethod("returnConsumedCapacity", ReturnConsumedCapacity.class);
    }

    private static Method findBuild(Class<?> builder) throws NoSuchMethodException {
        for (Class<?> type : builder.getInterfaces()) {
            try {
                return type.getMethod("build");
            } catch (NoSuchMethodException ignored) {
                // not this one
            }
        }
        return builder.getMethod("build");
    }

    private void record(String operation, Object answer) throws ReflectiveOperationException {
        if (answer == null) {
            return;
        }
        Method consumed;
        try {
            consumed = answer.getClass().getMethod("consumedCapacity");
        } catch (NoSuchMethodException none) {
            return;
        }
        Object capacity = consumed.invoke(answer);
        if (capacity instanceof ConsumedCapacity one) {
            add(operation, one);
        } else if (capacity instanceof List<?> several) {
            several.forEach(c -> add(operation, (ConsumedCapacity) c));
        }
    }

    private void add(String operation, ConsumedCapacity capacity) {
        if (capacity == null || capacity.capacityUnits() == null) {
            return;
        }
        add(operation, capacity.capacityUnits());
        String where = "on." + operation.substring(0, operation.indexOf('.')) + "." + capacity.tableName();
        if (capacity.table() != null) {
            add(where, capacity.table().capacityUnits());
        }
        if (capacity.globalSecondaryIndexes() != null) {
            capacity.globalSecondaryIndexes().forEach((index, units) -> add(where + "/" + index, units.capacityUnits()));
        }
    }

    private void add(String key, Double value) {
        if (value != null) {
            units.computeIfAbsent(key, k -> new DoubleAdder()).add(value);
        }
    }

    /** The {@code on.write.} keys of a snapshot, named by table and index without the prefix. */
    static Map<String, Double> writesByTable(Map<String, Double> snapshot) {
        Map<String, Double> named = new TreeMap<>();
        snapshot.forEach((key, value) -> {
            if (key.startsWith("on.write.")) {
                named.put(key.substring("on.write.".length()), value);
            }
        });
        return named;
    }
}
