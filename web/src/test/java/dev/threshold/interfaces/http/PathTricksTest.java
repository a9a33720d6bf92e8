package dev.threshold.interfaces.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Raw paths that a router and an access rule could read differently are named; plain ones pass. */
class PathTricksTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api;/users",
                "/api;jsessionid=x/users",
                "/api/users;",
                "/api%3b/users",
                "/api%3B/users",
                "/api%2fusers",
                "/api%2Fusers",
                "/api%5cusers",
                "/api/%2e/users",
                "/api/%2E%2E/users",
                "/api/%252e/users",
                "/api/./users",
                "/api/../api/users",
                "/api/users/.",
                "//api/users",
                "/api//users",
                "/api\\users",
                "/ui;/users.xhtml",
                "/ui/./users.xhtml",
                "http://localhost:8080/api;/users"
            })
    void aTrickIsNamed(String raw) {
        assertTrue(PathTricks.in(raw).isPresent(), raw);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/api/users",
                "/api/users/",
                "/API/users",
                "/api/cameras/6f1c0e0a-1b2c-4d5e-8f90-a1b2c3d4e5f6/clip",
                "/ui/jakarta.faces.resource/theme.css.xhtml",
                "/shared/incidents/x/clip/y",
                "/api/users/j.doe",
                "/api/labels%20x",
                "http://localhost:8080/api/users"
            })
    void aPlainPathPasses(String raw) {
        assertEquals(Optional.empty(), PathTricks.in(raw), raw);
    }
}
