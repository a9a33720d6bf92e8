package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.BASE;
import static dev.threshold.it.ThresholdServer.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.interfaces.rest.Routes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every route of the application (read from the web module's JAX-RS resource model: a new route is tried without
 * anyone listing it) × {anonymous, operator, admin} × every spelling of {@link PathVariant}: a role the route does not
 * allow is refused (401 with a Basic challenge for anonymous callers, 403 for a signed-in one), every path trick and
 * method override is refused with 400 before any resource runs, upper case finds nothing, OPTIONS is 405, and a
 * refusal changes nothing in the database. The allowed roles' calls run with made-up but valid-looking bodies and ids
 * (their answer may be a 4xx for an id that does not exist; never 401/403).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final String ORIGIN = "http://localhost:8080";
    private static final String PASSWORD =
            "security it password " + UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    /** A caller of the API: anonymous, or signed in on the console's form (its session then carries every call). */
    private record Caller(String role, HttpClient client) {
        boolean anonymous() {
            return role == null;
        }

        @Override
        public String toString() {
            return anonymous() ? "anonymous" : role;
        }
    }

    /** What the routes' templates are filled with: things that exist, made by the test, or ids that do not. */
    private record Values(
            String suffix, String cameraId, String cameraName, String lockId, String victim, JsonObject kisiSettings) {}

    private record Tried(String what, int status) {}

    @Test
    void everyRouteRefusesWhoItMustInEverySpellingAndARefusalChangesNothing() {
        List<Routes.Route> routes = new ArrayList<>(Routes.all());
        assertTrue(routes.size() >= 50, "the resource model has only " + routes.size() + " routes: " + routes);
        // Removals last, so that the allowed calls of the other routes find what they work on.
        routes.sort(Comparator.comparing((Routes.Route r) -> r.method().equals("DELETE")));

        Values values = values();
        List<Caller> callers = List.of(
                new Caller(null, plainClient()), signedIn("operator", operator(values)), signedIn("admin", "admin"));

        int tried = 0;
        List<String> unexpected2xx = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Routes.Route route : routes) {
            String path = fill(route.path(), values);
            // First every refusal this route owes to every caller, with the database looked at around them ...
            DatabaseFingerprint before = DatabaseFingerprint.settled();
            List<Runnable> allowedCalls = new ArrayList<>();
            for (Caller caller : callers) {
                for (PathVariant variant : PathVariant.values()) {
                    if (!variant.appliesTo(route.method(), route.path())) {
                        continue;
                    }
                    boolean allowed = variant.expect == PathVariant.Expect.LIKE_THE_ROUTE
                            && (caller.anonymous()
                                    ? route.access() == Routes.Access.PERMIT_ALL
                                    : route.allows(caller.role()));
                    Runnable call = () -> {
                        HttpResponse<String> response = send(caller, route, variant, path, values);
                        String what = route + " [" + variant + ": "
                                + response.request().method() + " "
                                + response.request().uri().getRawPath() + "] as " + caller;
                        check(route, caller, variant, allowed, response, what, unexpected2xx, wrong);
                    };
                    if (allowed) {
                        allowedCalls.add(call);
                    } else {
                        call.run();
                    }
                    tried++;
                }
            }
            List<String> changes = DatabaseFingerprint.take().changesSince(before);
            if (!changes.isEmpty()) {
                changed.add(route + " refusals changed " + changes);
            }
            // ... then the calls of the roles it allows, which may change things.
            allowedCalls.forEach(Runnable::run);
        }

        System.out.println("SecurityIT: routes × roles × variants tried = " + tried + ", unexpected 2xx = "
                + unexpected2xx.size() + " (" + routes.size() + " routes of the resource model)");
        assertEquals(List.of(), unexpected2xx, "a 2xx for a caller or a spelling that must be refused");
        assertEquals(List.of(), wrong, "refused, but not as expected");
        assertEquals(List.of(), changed, "a refused request changed the database");
    }

    /**
     * The console's pages (every page of the web module, the login page aside) with a path trick: refused with 400
     * for a signed-in operator or admin (or 403 where the page is an admin's), never rendered; an anonymous caller
     * gets the login form at most.
     */
    @Test
    void consolePagesAreNeverRenderedForATrickedPath() throws java.io.IOException {
        List<String> pages;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("../web/src/main/webapp"))) {
            pages = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".xhtml") && !f.equals("login.xhtml"))
                    .sorted()
                    .toList();
        }
        assertTrue(pages.size() >= 10, "pages found: " + pages);
        Values values = values();
        List<Caller> callers = List.of(
                new Caller(null, plainClient()), signedIn("operator", operator(values)), signedIn("admin", "admin"));
        List<String> tricks = List.of(
                "/ui;/%s",
                "/ui;jsessionid=x/%s", "/ui%%3b/%s", "/ui/./%s", "/ui//%s", "/ui/%%2e/%s", "/ui/%s;", "//ui/%s");
        int tried = 0;
        List<String> wrong = new ArrayList<>();
        for (String page : pages) {
            for (Caller caller : callers) {
                for (String trick : tricks) {
                    String path = String.format(trick, page);
                    HttpResponse<String> response = ThresholdServer.send(
                            caller.client(),
                            HttpRequest.newBuilder(URI.create(ORIGIN + path))
                                    .header("Origin", ORIGIN)
                                    .GET());
                    tried++;
                    int status = response.statusCode();
                    boolean loginForm = response.body().contains("j_security_check");
                    boolean fine = caller.anonymous()
                            ? status == 400 || status == 404 || (status / 100 == 3) || (status == 200 && loginForm)
                            : status == 400 || status == 403 || status == 404;
                    if (!fine) {
                        wrong.add(path + " as " + caller + " -> " + status + " " + brief(response));
                    }
                }
            }
        }
        System.out.println(
                "SecurityIT: console pages × roles × path tricks tried = " + tried + ", rendered = " + wrong.size());
        assertEquals(List.of(), wrong, "a console page rendered (or answered oddly) for a tricked path");
    }

    private static void check(
            Routes.Route route,
            Caller caller,
            PathVariant variant,
            boolean allowed,
            HttpResponse<String> response,
            String what,
            List<String> unexpected2xx,
            List<String> wrong) {
        int status = response.statusCode();
        if (allowed) {
            // Public routes answer what they answer (a bad signature is 403); a protected route lets the role in.
            boolean refusedTheRole = route.access() != Routes.Access.PERMIT_ALL && (status == 401 || status == 403);
            if (refusedTheRole || status == 500) {
                wrong.add(what + " -> " + status + " (the role may call it) " + brief(response));
            }
            return;
        }
        if (status >= 200 && status < 300) {
            unexpected2xx.add(what + " -> " + status + " " + brief(response));
            return;
        }
        boolean expected = switch (variant.expect) {
            case LIKE_THE_ROUTE ->
                caller.anonymous()
                        ? status == 401
                                && response.headers()
                                        .firstValue("WWW-Authenticate")
                                        .orElse("")
                                        .equals("Basic realm=\"Threshold\"")
                        : status == 403;
            case BAD_REQUEST -> status == 400;
            case NOT_FOUND -> status == 404 || status == 401;
            case METHOD_NOT_ALLOWED -> status == 405;
        };
        boolean problemJson = variant == PathVariant.HEAD
                || variant.expect == PathVariant.Expect.NOT_FOUND
                || response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        if (!expected || !problemJson) {
            wrong.add(what + " -> " + status + " "
                    + response.headers().firstValue("Content-Type").orElse("") + " " + brief(response));
        }
        if (variant == PathVariant.HEAD && !response.body().isEmpty()) {
            wrong.add(what + " -> a HEAD answered with a body");
        }
    }

    private static HttpResponse<String> send(
            Caller caller, Routes.Route route, PathVariant variant, String path, Values values) {
        String method = variant.method(route.method());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ORIGIN + variant.path(path)))
                .header("Origin", ORIGIN)
                .header("Accept", "*/*");
        String override = variant.override(route.method());
        if (override != null) {
            request.header("X-HTTP-Method-Override", override);
        }
        boolean withBody = method.equals("POST")
                || method.equals("PUT")
                || (variant == PathVariant.METHOD_OVERRIDE && !route.method().equals("GET"));
        if (withBody) {
            String type = consumed(route);
            String boundary = "security-it-boundary";
            String body = type.startsWith(MediaType.MULTIPART_FORM_DATA)
                    ? "--" + boundary + "\r\nContent-Disposition: form-data; name=\"scene\"\r\n\r\n{}\r\n--" + boundary
                            + "--\r\n"
                    : type.equals(MediaType.APPLICATION_JSON) ? body(route, values) : "not a video";
            request.header(
                    "Content-Type",
                    type.startsWith(MediaType.MULTIPART_FORM_DATA)
                            ? MediaType.MULTIPART_FORM_DATA + "; boundary=" + boundary
                            : type.equals(MediaType.WILDCARD) ? MediaType.APPLICATION_OCTET_STREAM : type);
            request.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return ThresholdServer.send(caller.client(), request);
    }

    /** The media type the route consumes (its method's, else its class's @Consumes), JSON when it names none. */
    private static String consumed(Routes.Route route) {
        Consumes consumes = route.handler().getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = route.handler().getDeclaringClass().getAnnotation(Consumes.class);
        }
        return consumes == null || consumes.value().length == 0 ? MediaType.APPLICATION_JSON : consumes.value()[0];
    }

    /** A body each write would accept from an admin; "{}" where the resource then names what is missing. */
    private static String body(Routes.Route route, Values v) {
        String key = route.method() + " " + route.path();
        return switch (key) {
            case "POST /api/users" ->
                "{\"username\":\"sec-it-new-" + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"role\":\"operator\",\"password\":\"" + PASSWORD + "\"}";
            case "PUT /api/users/{username}" -> "{\"role\":\"operator\"}";
            case "POST /api/cameras" ->
                "{\"name\":\"sec-it-more-" + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"analysisFps\":5,\"enabled\":false}";
            case "PUT /api/cameras/{id}" -> "{\"name\":\"" + v.cameraName() + "\",\"analysisFps\":5,\"enabled\":false}";
            case "PUT /api/doors/{lockId}" -> "{\"name\":\"SecurityIT door\",\"cameras\":[\"" + v.cameraName() + "\"]}";
            case "POST /api/incidents/{id}/confirm", "POST /api/incidents/{id}/dismiss" ->
                "{\"reason\":\"SecurityIT\"}";
            // The settings as they are, so that the admin's save leaves the other tests' settings alone.
            case "PUT /api/settings/kisi" -> v.kisiSettings().toString();
            default -> "{}";
        };
    }

    private static String fill(String template, Values v) {
        String path = template;
        if (path.startsWith("/api/cameras/")) {
            path = path.replace("{id}", v.cameraId());
        }
        return path.replace("{id}", UUID.randomUUID().toString())
                .replace("{cameraId}", v.cameraId())
                .replace("{lockId}", v.lockId())
                .replace("{username}", v.victim())
                .replace("{trial}", "no-such-trial")
                .replace("{position}", "1")
                .replace("{n}", "1")
                .replaceAll("\\{[^}]+}", "x");
    }

    /** A camera and a door of the test's own, an account to change and remove, and the Kisi settings as they are. */
    private static Values values() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String lockId = "sec-it-" + suffix;
        String cameraName = "SecurityIT camera " + suffix;
        String cameraId = ThresholdServer.doorWithCamera(lockId, "SecurityIT door " + suffix, cameraName);
        String victim = "sec-it-victim-" + suffix;
        assertEquals(
                201,
                asAdmin(
                                "POST",
                                "api/users",
                                "{\"username\":\"" + victim + "\",\"role\":\"operator\",\"password\":\"" + PASSWORD
                                        + "\"}")
                        .statusCode());
        HttpResponse<String> kisi = asAdmin("GET", "api/settings/kisi", null);
        assertEquals(200, kisi.statusCode(), kisi.body());
        JsonObject current = Json.createReader(new StringReader(kisi.body())).readObject();
        JsonObjectBuilder settings = Json.createObjectBuilder();
        for (String field : List.of("organizationId", "placeId", "publicBaseUrl")) {
            if (current.containsKey(field)) {
                settings.add(field, current.get(field));
            }
        }
        return new Values(suffix, cameraId, cameraName, lockId, victim, settings.build());
    }

    private static String operator(Values v) {
        String name = "sec-it-operator-" + v.suffix();
        HttpResponse<String> created = asAdmin(
                "POST",
                "api/users",
                "{\"username\":\"" + name + "\",\"role\":\"operator\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return name;
    }

    private static HttpClient plainClient() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Signs in on the console's form, as a browser does, and keeps the session: every call then goes with the session
     * cookie, not a password (the API takes either), so that 1,500 calls do not each run bcrypt.
     */
    private static Caller signedIn(String role, String username) {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String password = username.equals("admin") ? ThresholdServer.adminPassword() : PASSWORD;
        ThresholdServer.send(
                client, HttpRequest.newBuilder(BASE.resolve("ui/home.xhtml")).GET());
        HttpResponse<String> signIn = ThresholdServer.send(
                client,
                HttpRequest.newBuilder(BASE.resolve("j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", ORIGIN)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password="
                                        + URLEncoder.encode(password, StandardCharsets.UTF_8))));
        assertEquals(302, signIn.statusCode(), username + " did not sign in: " + signIn.body());
        HttpResponse<String> check = ThresholdServer.send(
                client,
                HttpRequest.newBuilder(BASE.resolve("api/incidents"))
                        .header("Origin", ORIGIN)
                        .GET());
        assertEquals(200, check.statusCode(), username + "'s session does not carry an API call: " + check.body());
        return new Caller(role, client);
    }

    private static String brief(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body();
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
