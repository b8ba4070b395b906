package com.cloudmarket.marketplace.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every JAX-RS operation of the API module, found by reflection over its classes, with who may call it: what the
 * OpenAPI and tenant-isolation tests walk, so a new operation is covered without being listed.
 */
final class ApiOperations {

    private ApiOperations() {
    }

    /** One resource method: its class, HTTP method (lower case) and path below the context root ({@code /v1/...}). */
    record ApiOperation(Class<?> type, Method method, String httpMethod, String path) {

        boolean isPublic() {
            return method.isAnnotationPresent(PermitAll.class) || (type.isAnnotationPresent(PermitAll.class)
                    && !method.isAnnotationPresent(RolesAllowed.class));
        }

        /** The roles allowed to call it (the method's @RolesAllowed, else its class's); empty when public. */
        Set<String> roles() {
            if (isPublic()) {
                return Set.of();
            }
            RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                    : type.getAnnotation(RolesAllowed.class);
            return allowed == null ? Set.of() : Set.of(allowed.value());
        }

        String name() {
            return httpMethod.toUpperCase() + " " + path + " (" + type.getSimpleName() + "." + method.getName() + ")";
        }
    }

    /**
     * Walks the folder of the class path that holds the API module's classes: target/classes in the build, the
     * deployment's classes in the container (test-classes has the package too, with test-only resources).
     */
    static List<ApiOperation> all() throws Exception {
        String packagePath = MarketplaceApi.class.getPackageName().replace('.', '/');
        List<ApiOperation> operations = new ArrayList<>();
        Enumeration<URL> folders = ApiOperations.class.getClassLoader().getResources(packagePath);
        while (folders.hasMoreElements()) {
            URL folder = folders.nextElement();
            if (!"file".equals(folder.getProtocol())) {
                continue;
            }
            java.nio.file.Path root = Paths.get(folder.toURI());
            if (!Files.exists(root.resolve(MarketplaceApi.class.getSimpleName() + ".class"))) {
                continue;
            }
            try (Stream<java.nio.file.Path> files = Files.walk(root)) {
                for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    String name = (packagePath + "/" + relative).replace('/', '.');
                    addOperations(Class.forName(name.substring(0, name.length() - ".class".length())), operations);
                }
            }
        }
        return operations;
    }

    private static void addOperations(Class<?> type, List<ApiOperation> operations) {
        Path root = type.getAnnotation(Path.class);
        if (root == null) {
            return;
        }
        for (Method method : type.getDeclaredMethods()) {
            String httpMethod = httpMethod(method);
            if (httpMethod != null) {
                Path sub = method.getAnnotation(Path.class);
                operations.add(new ApiOperation(type, method, httpMethod, join("v1", root.value(),
                        sub == null ? "" : sub.value())));
            }
        }
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
}
