package com.cloudmarket.marketplace.api;

import jakarta.annotation.security.PermitAll;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.cloudmarket.marketplace.api.ComponentClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the OpenAPI document honest: every JAX-RS operation of the API module, found by reflection, must be in
 * {@code /openapi} with a summary, its bodies as schemas with an example, at least one error response and the bearer
 * requirement unless it is public. A new operation without documentation fails here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiComponentTest {

    private static final String BEARER = MarketplaceApi.BEARER;
    private static final String CSV = "text/csv";

    @Deployment
    static WebArchive deployment() {
        return ComponentDeployment.wholeApi();
    }

    @ArquillianResource
    private URL base;

    private JsonObject document;

    @BeforeEach
    void fetch() throws Exception {
        ComponentClient client = new ComponentClient(base);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(client.uri("/openapi"))
                .header("Accept", "application/json"), null);
        assertEquals(200, response.statusCode(), response.body());
        document = json(response.body());
        Files.writeString(Paths.get("target", "openapi.json"), response.body()); // to read when this test fails
    }

    @Test
    void everyOperationIsDocumented() throws Exception {
        List<Operation> operations = operations();
        assertTrue(operations.size() > 40, "found " + operations.size() + " operations by reflection");
        List<String> problems = new ArrayList<>();
        for (Operation operation : operations) {
            problems.addAll(operation.problems(document));
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void everyReferenceResolves() {
        List<String> dangling = new ArrayList<>();
        references(document, dangling);
        assertTrue(dangling.isEmpty(), "dangling: " + dangling);
        JsonObject responses = document.getJsonObject("components").getJsonObject("responses");
        for (String name : List.of("Invalid", "Unauthorized", "Forbidden", "NotFound", "Conflict", "PreconditionFailed",
                "PayloadTooLarge", "TooManyRequests")) {
            assertTrue(responses.containsKey(name), name);
        }
        JsonObject money = schema("Money").getJsonObject("properties");
        assertEquals("string", money.getJsonObject("amount").getString("type"), "amounts are decimal strings");
        assertEquals(JsonValue.ValueType.OBJECT, document.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject(BEARER).getValueType());
    }

    private void references(JsonValue value, List<String> dangling) {
        if (value instanceof JsonObject object) {
            if (object.containsKey("$ref")) {
                String ref = object.getString("$ref");
                if (!ref.startsWith("#/") || resolve(ref) == null) {
                    dangling.add(ref);
                }
            }
            object.values().forEach(v -> references(v, dangling));
        } else if (value instanceof JsonArray array) {
            array.forEach(v -> references(v, dangling));
        }
    }

    private JsonValue resolve(String ref) {
        JsonValue at = document;
        for (String part : ref.substring(2).split("/")) {
            if (!(at instanceof JsonObject object) || !object.containsKey(part)) {
                return null;
            }
            at = object.get(part);
        }
        return at;
    }

    private JsonObject schema(String name) {
        return document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }

    /** Every resource method of the API module's classes: the root resources (@Path) and their HTTP methods. */
    private static List<Operation> operations() throws Exception {
        java.nio.file.Path classes = Paths.get(MarketplaceApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Operation> operations = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.');
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String httpMethod = httpMethod(method);
                    if (httpMethod != null) {
                        Path sub = method.getAnnotation(Path.class);
                        operations.add(new Operation(type, method, httpMethod,
                                join("v1", root.value(), sub == null ? "" : sub.value())));
                    }
                }
            }
        }
        return operations;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toLowerCase();
            }
        }
        return null;
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString();
    }

    private record Operation(Class<?> type, Method method, String httpMethod, String path) {

        private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
                HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

        List<String> problems(JsonObject document) {
            String name = httpMethod.toUpperCase() + " " + path + " (" + type.getSimpleName() + "." + method.getName() + ")";
            List<String> problems = new ArrayList<>();
            JsonObject item = pathItem(document.getJsonObject("paths"));
            if (item == null || !item.containsKey(httpMethod)) {
                return List.of(name + ": not in the document");
            }
            JsonObject operation = item.getJsonObject(httpMethod);
            if (operation.getString("summary", "").isBlank()) {
                problems.add(name + ": no summary");
            }
            JsonObject responses = operation.getJsonObject("responses");
            List<String> codes = responses == null ? List.of() : List.copyOf(responses.keySet());
            String success = codes.stream().filter(c -> c.startsWith("2")).findFirst().orElse(null);
            if (success == null) {
                problems.add(name + ": no 2xx response");
            } else if (!success.equals("204")) {
                JsonObject response = responses.getJsonObject(success);
                if (response.containsKey("$ref")) {
                    response = referenced(document, response.getString("$ref"));
                }
                JsonObject content = response.getJsonObject("content");
                if (content == null || content.isEmpty()) {
                    if (!success.equals("202")) {
                        problems.add(name + ": no content for " + success);
                    }
                } else {
                    produces().stream().filter(type -> !content.containsKey(type))
                            .forEach(type -> problems.add(name + ": no " + type + " content for " + success));
                    problems.addAll(media(document, name + " response " + success, content));
                }
            }
            if (codes.stream().noneMatch(c -> c.startsWith("4"))) {
                problems.add(name + ": no 4xx response");
            }
            if (hasBody()) {
                JsonObject body = operation.getJsonObject("requestBody");
                JsonObject content = body == null ? null : body.getJsonObject("content");
                if (content == null || content.isEmpty()) {
                    problems.add(name + ": request body undocumented");
                } else {
                    problems.addAll(media(document, name + " request body", content));
                }
            }
            boolean bearer = operation.containsKey("security") && operation.getJsonArray("security").stream()
                    .anyMatch(r -> r.asJsonObject().containsKey(BEARER));
            if (isPublic() && bearer) {
                problems.add(name + ": public, yet asks for a bearer token");
            }
            if (!isPublic() && !bearer) {
                problems.add(name + ": no bearer security requirement");
            }
            return problems;
        }

        /** Each media type names a schema (a reference or a type) and carries an example, or its schema does. */
        private static List<String> media(JsonObject document, String what, JsonObject content) {
            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, JsonValue> entry : content.entrySet()) {
                JsonObject media = entry.getValue().asJsonObject();
                JsonObject schema = media.getJsonObject("schema");
                if (schema == null || !(schema.containsKey("$ref") || schema.containsKey("type"))) {
                    problems.add(what + " (" + entry.getKey() + "): no schema");
                    continue;
                }
                if (schema.containsKey("type") && schema.getString("type").equals("object") && !schema.containsKey("properties")) {
                    problems.add(what + " (" + entry.getKey() + "): a bare object schema");
                }
                boolean example = media.containsKey("example") || media.containsKey("examples")
                        || schema.containsKey("example") || (schema.containsKey("$ref")
                        && referenced(document, schema.getString("$ref")).containsKey("example"));
                if (!example && !entry.getKey().equals(CSV)) {
                    problems.add(what + " (" + entry.getKey() + "): no example");
                }
            }
            return problems;
        }

        /** A component, e.g. {@code #/components/schemas/Money}; empty if there is none. */
        private static JsonObject referenced(JsonObject document, String ref) {
            String[] parts = ref.split("/");
            JsonObject kind = document.getJsonObject("components").getJsonObject(parts[parts.length - 2]);
            JsonObject component = kind == null ? null : kind.getJsonObject(parts[parts.length - 1]);
            return component == null ? JsonValue.EMPTY_JSON_OBJECT : component;
        }

        /** The document's path for this operation: Payara writes it with or without the context root. */
        private JsonObject pathItem(JsonObject paths) {
            for (String candidate : paths.keySet()) {
                if (candidate.equals(path) || candidate.endsWith(path) && candidate.substring(0, candidate.length()
                        - path.length()).matches("(/[\\w-]+)?")) {
                    return paths.getJsonObject(candidate);
                }
            }
            return null;
        }

        /** The media types the method produces (its own @Produces, else its class's), without parameters. */
        private List<String> produces() {
            Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                    : type.getAnnotation(Produces.class);
            return produces == null ? List.of() : Arrays.stream(produces.value())
                    .flatMap(p -> Arrays.stream(p.split(","))).map(p -> p.split(";")[0].strip()).toList();
        }

        /** An entity parameter: one without any JAX-RS parameter annotation. */
        private boolean hasBody() {
            for (Parameter parameter : method.getParameters()) {
                if (Arrays.stream(parameter.getAnnotations()).noneMatch(a -> NOT_THE_BODY.contains(a.annotationType()))) {
                    return true;
                }
            }
            return false;
        }

        private boolean isPublic() {
            return method.isAnnotationPresent(PermitAll.class) || (type.isAnnotationPresent(PermitAll.class)
                    && !method.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class));
        }
    }
}
