package io.winback.json;

/** Field names of errors as JSON paths ({@code chains[0].steps[1].bonus.amount}), so a UI can point at the input. */
public final class JsonPaths {
    private JsonPaths() {
    }

    public static String field(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
