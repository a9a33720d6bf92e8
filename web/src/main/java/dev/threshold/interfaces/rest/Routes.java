package dev.threshold.interfaces.rest;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every route the application exposes, read from its JAX-RS resource model: the classes beside
 * {@link RestApplication} (a folder or the jar they were built into) with a class-level {@code @Path}, their methods
 * with an HTTP method annotation, and the methods of sub-resources that a {@code @Path} method without one returns.
 * With each route, who may call it as declared where the request lands. For the tests that prove access is declared
 * on every route ({@code RoleDeclarationsTest}) and enforced on every route ({@code SecurityIT}): a new resource is
 * covered without anyone adding it to a list.
 */
public final class Routes {

    /** How a route declares its callers: a method's annotation wins over its class's. */
    public enum Access {
        PERMIT_ALL,
        DENY_ALL,
        ROLES,
        UNDECLARED
    }

    /**
     * @param path  the route's template, e.g. {@code /api/cameras/{id}/scene}
     * @param roles the roles of {@code @RolesAllowed}; empty for the other kinds of access
     */
    public record Route(String method, String path, Access access, Set<String> roles, Method handler) {

        public boolean allows(String role) {
            return access == Access.PERMIT_ALL || (access == Access.ROLES && roles.contains(role));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private Routes() {}

    /** The routes, sorted by path then method. */
    public static List<Route> all() {
        List<Route> routes = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            collect(type, path(type), routes, 0);
        }
        routes.sort(Comparator.comparing(Route::path).thenComparing(Route::method));
        return routes;
    }

    private static void collect(Class<?> type, String prefix, List<Route> routes, int depth) {
        for (Method method : type.getMethods()) {
            String httpMethod = httpMethod(method);
            String path = join(prefix, path(method));
            if (httpMethod != null) {
                routes.add(route(httpMethod, path, method));
            } else if (method.isAnnotationPresent(Path.class) && depth < 8) {
                collect(method.getReturnType(), path, routes, depth + 1); // a sub-resource locator
            }
        }
    }

    /** The route a resource method serves at {@code path}, with who may call it as the method (or class) declares. */
    public static Route route(String httpMethod, String path, Method method) {
        Annotation declaration = declaration(method);
        return new Route(httpMethod, path, access(declaration), roles(declaration), method);
    }

    /** The HTTP method a resource method answers ({@code GET}, …), null for a sub-resource locator or no route. */
    public static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static Annotation declaration(Method method) {
        Annotation own = declarationOn(method.getAnnotations());
        return own != null ? own : declarationOn(method.getDeclaringClass().getAnnotations());
    }

    private static Annotation declarationOn(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof RolesAllowed || a instanceof PermitAll || a instanceof DenyAll) {
                return a;
            }
        }
        return null;
    }

    private static Access access(Annotation declaration) {
        if (declaration instanceof PermitAll) {
            return Access.PERMIT_ALL;
        } else if (declaration instanceof DenyAll) {
            return Access.DENY_ALL;
        } else if (declaration instanceof RolesAllowed) {
            return Access.ROLES;
        }
        return Access.UNDECLARED;
    }

    private static Set<String> roles(Annotation declaration) {
        return declaration instanceof RolesAllowed r ? Set.copyOf(new TreeSet<>(List.of(r.value()))) : Set.of();
    }

    private static String path(java.lang.reflect.AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }

    private static String join(String prefix, String path) {
        String joined = ("/" + prefix + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** The root resource classes: those with a class-level {@code @Path}, among the classes built with this one. */
    private static List<Class<?>> resourceClasses() {
        List<Class<?>> resources = new ArrayList<>();
        ClassLoader loader = Routes.class.getClassLoader();
        for (String name : classNames()) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name + " to read its routes", e);
            }
        }
        return resources;
    }

    /** The top-level classes under {@code dev/threshold/interfaces} of the folder or jar this class came from. */
    private static List<String> classNames() {
        try {
            java.nio.file.Path location = Paths.get(Routes.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            List<String> entries = new ArrayList<>();
            if (Files.isDirectory(location)) {
                try (Stream<java.nio.file.Path> files = Files.walk(location)) {
                    files.forEach(
                            f -> entries.add(location.relativize(f).toString().replace('\\', '/')));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().forEach(e -> entries.add(e.getName()));
                }
            }
            return entries.stream()
                    .filter(e -> e.startsWith("dev/threshold/interfaces/") && e.endsWith(".class") && !e.contains("$"))
                    .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
