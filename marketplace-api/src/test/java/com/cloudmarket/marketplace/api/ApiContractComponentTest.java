package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.TokenService;
import com.cloudmarket.marketplace.order.application.OrderService;
import com.cloudmarket.marketplace.product.application.ProductService;
import com.cloudmarket.marketplace.provider.application.OnboardingService;
import com.cloudmarket.marketplace.provider.application.ProviderService;
import com.cloudmarket.marketplace.review.application.ReviewService;
import com.cloudmarket.marketplace.webhook.application.WebhookService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import javax.sql.DataSource;
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

import static com.cloudmarket.marketplace.api.ComponentClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API's contract, checked over every operation it has (found by reflection and in {@code /openapi}), so a new
 * operation is covered without being listed: its documentation (summary, schemas with examples, an error response,
 * the bearer requirement unless public), tenant isolation ({@link IsolationMatrix}) and hostile input
 * ({@link HostileInput}). One deployment for all, since each costs a Payara Micro start.
 */
@ExtendWith(ArquillianExtension.class)
class ApiContractComponentTest {

    private static final String BEARER = MarketplaceApi.BEARER;
    private static final String CSV = "text/csv";

    @Deployment
    static WebArchive deployment() {
        return ComponentDeployment.wholeApi().addClasses(ReviewTestData.class, ProductTestData.class,
                ApiOperations.class, ApiOperations.ApiOperation.class, IsolationMatrix.class, HostileInput.class);
    }

    @EJB
    private AccountService accounts;

    @EJB
    private TokenService tokens;

    @EJB
    private ProviderService providers;

    @EJB
    private OnboardingService onboarding;

    @EJB
    private ProductService products;

    @EJB
    private ReviewService reviews;

    @EJB
    private OrderService orders;

    @EJB
    private WebhookService webhooks;

    @Resource(lookup = "jdbc/marketplace")
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    private JsonObject document;

    private void fetch() throws Exception {
        ComponentClient client = new ComponentClient(base);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(client.uri("/openapi"))
                .header("Accept", "application/json"), null);
        assertEquals(200, response.statusCode(), response.body());
        document = json(response.body());
        Files.writeString(Paths.get("target", "openapi.json"), response.body()); // to read when this test fails
    }

    @Test
    @RunAsClient
    void everyOperationIsDocumented() throws Exception {
        fetch();
        List<ApiOperations.ApiOperation> operations = ApiOperations.all();
        assertTrue(operations.size() > 40, "found " + operations.size() + " operations by reflection");
        List<String> problems = new ArrayList<>();
        for (ApiOperations.ApiOperation operation : operations) {
            problems.addAll(new Operation(operation).problems(document));
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    @RunAsClient
    void everyReferenceResolves() throws Exception {
        fetch();
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

    @Test
    void anotherTenantARoleThatMayNotAndNobodyGetNothingOfTenantA() throws Exception {
        new IsolationMatrix(base, dataSource, accounts, tokens, providers, onboarding, products, reviews, orders,
                webhooks).check();
    }

    @Test
    void noOperationAnswersHostileInputWithA5xxOrAStackTrace() throws Exception {
        new HostileInput(base, accounts, tokens, dataSource).check();
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

    /** The documentation checks of one operation. */
    private record Operation(ApiOperations.ApiOperation api) {

        private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
                HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

        List<String> problems(JsonObject document) {
            String name = api.name();
            String httpMethod = api.httpMethod();
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
            if (api.isPublic() && bearer) {
                problems.add(name + ": public, yet asks for a bearer token");
            }
            if (!api.isPublic() && !bearer) {
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
                String path = api.path();
                if (candidate.equals(path) || candidate.endsWith(path) && candidate.substring(0, candidate.length()
                        - path.length()).matches("(/[\\w-]+)?")) {
                    return paths.getJsonObject(candidate);
                }
            }
            return null;
        }

        /** The media types the method produces (its own @Produces, else its class's), without parameters. */
        private List<String> produces() {
            Method method = api.method();
            Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                    : api.type().getAnnotation(Produces.class);
            return produces == null ? List.of() : Arrays.stream(produces.value())
                    .flatMap(p -> Arrays.stream(p.split(","))).map(p -> p.split(";")[0].strip()).toList();
        }

        /** An entity parameter: one without any JAX-RS parameter annotation. */
        private boolean hasBody() {
            for (Parameter parameter : api.method().getParameters()) {
                if (Arrays.stream(parameter.getAnnotations()).noneMatch(a -> NOT_THE_BODY.contains(a.annotationType()))) {
                    return true;
                }
            }
            return false;
        }

    }
}
