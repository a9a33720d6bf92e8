package dev.threshold.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.user.Roles;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every route of the JAX-RS resource model declares who may call it (RESTEasy enforces the declaration; a route
 * without one would be open to anyone), the open ones are exactly those meant to be open, and the admin-only split
 * is the one the documentation promises.
 */
class RoleDeclarationsTest {

    /** Open to anyone: the landing redirect, the health check, Kisi's webhook (signed), the signed shared links. */
    private static final Set<String> PUBLIC = Set.of(
            "GET /",
            "GET /health",
            "POST /kisi/events",
            "POST /kisi/bench-noop", // 404 unless threshold.bench.noop-webhook=true (bench/webhook-load only)
            "GET /shared/incidents/{id}",
            "GET /shared/incidents/{id}/clip/{cameraId}",
            "GET /shared/incidents/{id}/occurrences/{position}/snapshot");

    private final List<Routes.Route> routes = Routes.all();

    @Test
    void theResourceModelIsReadWhole() {
        assertTrue(routes.size() >= 50, "only " + routes.size() + " routes found: " + routes);
        assertTrue(
                routes.stream().anyMatch(r -> r.toString().equals("DELETE /api/users/{username}")), routes::toString);
    }

    @Test
    void everyRouteDeclaresWhoMayCallIt() {
        List<String> undeclared = routes.stream()
                .filter(r -> r.access() == Routes.Access.UNDECLARED)
                .map(r -> r + " (" + r.handler().getDeclaringClass().getSimpleName() + "."
                        + r.handler().getName() + ")")
                .toList();
        assertEquals(List.of(), undeclared, "routes without @RolesAllowed, @PermitAll or @DenyAll");
    }

    @Test
    void exactlyTheIntendedRoutesAreOpen() {
        Set<String> open = routes.stream()
                .filter(r -> r.access() == Routes.Access.PERMIT_ALL)
                .map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(PUBLIC), open);
    }

    @Test
    void everyProtectedRouteIsAnAdminsAndOperatorsOnlyWhereTheyMayReadOrReview() {
        for (Routes.Route route : routes) {
            if (route.access() != Routes.Access.ROLES) {
                continue;
            }
            assertTrue(route.roles().contains(Roles.ADMIN), route + " must admit admins");
            assertTrue(Set.of(Roles.ADMIN, Roles.OPERATOR).containsAll(route.roles()), route + ": unknown role");
            assertEquals(!adminOnly(route), route.allows(Roles.OPERATOR), route + ": operator access");
        }
    }

    /**
     * The split the console and docs/security.md promise: settings, Kisi, accounts and the audit trail (read or written), revoking an incident's shared links and every
     * change of a door or camera (setup trials included) are an admin's; operators search, view and review.
     */
    private static boolean adminOnly(Routes.Route route) {
        String path = route.path();
        boolean reads = route.method().equals("GET");
        return path.startsWith("/api/settings")
                || path.startsWith("/api/kisi")
                || path.startsWith("/api/users")
                || path.startsWith("/api/audit")
                || (path.endsWith("/shared-links") && route.method().equals("DELETE"))
                || ((path.startsWith("/api/doors") || path.startsWith("/api/cameras")) && !reads);
    }
}
