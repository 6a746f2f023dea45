package io.winback.docs;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * docs/openapi.yaml as the tests read it: its operations ("METHOD /path") and the JSON Schema of each request body,
 * resolved with the document's own {@code $ref}s by a JSON Schema 2020-12 validator (OpenAPI 3.1's dialect).
 */
final class OpenApiContract {
    private static final String DOCUMENT_IRI = "https://winback.invalid/docs/openapi.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final JsonNode document;
    private final SchemaRegistry registry;

    private OpenApiContract(JsonNode document) {
        this.document = document;
        String json = JsonMapper.builder().build().writeValueAsString(document);
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemas(Map.of(DOCUMENT_IRI, json))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    static OpenApiContract load(Path file) throws IOException {
        return new OpenApiContract(YAMLMapper.builder().build().readTree(Files.readString(file)));
    }

    JsonNode document() {
        return document;
    }

    /** Every operation of the contract as "METHOD /path/{param}", sorted. */
    Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().propertyNames().forEach(name -> {
            if (METHODS.contains(name)) {
                operations.add(name.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    /** The methods the contract lists on one path template, upper case, sorted. */
    Set<String> methodsOn(String pathTemplate) {
        Set<String> methods = new TreeSet<>();
        document.path("paths").path(pathTemplate).propertyNames().forEach(name -> {
            if (METHODS.contains(name)) {
                methods.add(name.toUpperCase(Locale.ROOT));
            }
        });
        return methods;
    }

    /** The schema of the operation's JSON request body, when it has one. */
    Optional<Schema> requestSchema(String method, String pathTemplate) {
        JsonNode schema = document.path("paths").path(pathTemplate).path(method.toLowerCase(Locale.ROOT))
                .path("requestBody").path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return Optional.empty();
        }
        String pointer = "/paths/" + escape(pathTemplate) + "/" + method.toLowerCase(Locale.ROOT)
                + "/requestBody/content/" + escape("application/json") + "/schema";
        return Optional.of(registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + pointer)));
    }

    /** One of components/schemas by name. */
    Schema component(String name) {
        return registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#/components/schemas/" + name));
    }

    /** The validator's complaints about {@code json} (empty when it is valid), one line each. */
    static List<String> problems(Schema schema, String json) {
        JsonNode instance = JsonMapper.builder().build().readTree(json);
        return schema.validate(instance).stream().map(Error::toString).toList();
    }

    /** Every path template of the contract that {@code rawPath} fits, a parameter standing for any one segment. */
    List<String> templatesFitting(String rawPath) {
        return document.path("paths").propertyNames().stream()
                .filter(template -> rawPath.matches(template.replaceAll("\\{[^/]+}", "[^/]+"))).toList();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** The checkout's root: where the launcher {@code winback} is. */
    static Path repositoryRoot() {
        Path root = Path.of(System.getProperty("winback.root", System.getProperty("user.dir"))).toAbsolutePath();
        while (!Files.exists(root.resolve("winback"))) {
            root = root.getParent();
        }
        return root;
    }
}
