package dev.threshold.interfaces.openapi;

import dev.threshold.interfaces.rest.Routes;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Writes into the generated document who may call each operation, from the resource method's own declaration
 * ({@link Routes#route}): {@code x-roles} and a security requirement of HTTP Basic with those roles for a protected
 * route, {@code x-public: true} and no requirement for an open one. The scanner names each operation after its
 * method ({@code mp.openapi.extensions.smallrye.operationIdStrategy=PACKAGE_CLASS_METHOD}, META-INF/
 * microprofile-config.properties), which is how the method is found again here; the id is then shortened to
 * {@code Class_method}, what client generators turn into a function name.
 */
public class RouteRolesFilter implements OASFilter {

    /** The security scheme of the document: HTTP Basic, as scripts call the API (the console uses its session). */
    public static final String BASIC = "basic";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addSecurityScheme(
                        BASIC,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description(
                                        "An account of Threshold (role admin or operator). The console's session cookie is "
                                                + "accepted too."));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.getOperations().entrySet()) {
                declare(path, entry.getKey().name(), entry.getValue());
            }
        });
    }

    private static void declare(String path, String httpMethod, Operation operation) {
        String id = operation.getOperationId();
        Optional<Method> handler = handler(id, httpMethod);
        if (handler.isEmpty()) {
            return; // no x-roles: OpenApiIT names the route
        }
        Routes.Route route = Routes.route(httpMethod, path, handler.get());
        switch (route.access()) {
            case PERMIT_ALL -> operation.addExtension("x-public", true);
            case ROLES -> {
                List<String> roles = new ArrayList<>(route.roles());
                roles.sort(null);
                operation.addExtension("x-roles", roles);
                operation.addSecurityRequirement(
                        OASFactory.createSecurityRequirement().addScheme(BASIC, roles));
            }
            default -> operation.addExtension("x-roles", List.of());
        }
        Method method = handler.get();
        operation.setOperationId(method.getDeclaringClass().getSimpleName() + "_" + method.getName());
    }

    /** The resource method of an operation id {@code package.Class_method} answering {@code httpMethod}. */
    private static Optional<Method> handler(String operationId, String httpMethod) {
        int split = operationId == null ? -1 : operationId.lastIndexOf('_');
        if (split < 0) {
            return Optional.empty();
        }
        try {
            Class<?> type =
                    Class.forName(operationId.substring(0, split), false, RouteRolesFilter.class.getClassLoader());
            String name = operationId.substring(split + 1);
            return Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(name) && httpMethod.equals(Routes.httpMethod(m)))
                    .findFirst();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
