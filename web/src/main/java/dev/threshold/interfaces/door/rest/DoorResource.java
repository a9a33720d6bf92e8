package dev.threshold.interfaces.door.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.door.DoorMappingService;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.door.Door;
import dev.threshold.domain.user.Roles;
import dev.threshold.interfaces.rest.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/doors}: doors (Kisi locks) and the cameras that watch them. Reading is for admins and operators;
 * {@code PUT /api/doors/{lockId}} with {@code {"name":"Front door","cameras":["Lobby","Street"]}} (names of existing
 * cameras: an unknown one is refused 400, naming it, and nothing is changed) and DELETE are for admins, and so is
 * {@code PUT /api/doors/{lockId}/settings} with {@code {"holdDoubtfulEmail":true}} (the e-mails about a doubtful
 * incident at the door wait until a reviewer confirms it) and/or {@code {"heldOpenMaxSeconds":60}} (a held-open
 * window ends at the latest this long after the held-open report, 1 to 3600); an absent field keeps its value.
 */
@Path("/api/doors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class DoorResource {

    @Inject
    DoorMappingService mapping;

    @GET
    public String list() {
        JsonArrayBuilder doors = JSON.createArrayBuilder();
        mapping.doors().forEach(d -> doors.add(toJson(d)));
        return doors.build().toString();
    }

    @GET
    @Path("/{lockId}")
    public String read(@PathParam("lockId") String lockId) {
        return mapping.door(lockId)
                .map(d -> toJson(d).toString())
                .orElseThrow(() -> new NotFoundException("No door with lock id " + lockId));
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/{lockId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String map(@PathParam("lockId") String lockId, String body) {
        JsonBody json = JsonBody.parse(body);
        String name = json.text("name");
        var cameras = json.texts("cameras");
        return toJson(mapping.mapDoor(lockId, name, cameras)).toString();
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/{lockId}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public String settings(@PathParam("lockId") String lockId, String body) {
        JsonBody json = JsonBody.parse(body);
        if (!json.has("holdDoubtfulEmail") && !json.has("heldOpenMaxSeconds")) {
            throw JsonBody.invalid(
                    "holdDoubtfulEmail",
                    "Give the settings to change: {\"holdDoubtfulEmail\": true} "
                            + "or false (e-mails about doubtful incidents wait for a review), and/or "
                            + "{\"heldOpenMaxSeconds\": 60} (a held-open window ends at the latest this long after the report).");
        }
        Boolean hold = json.has("holdDoubtfulEmail") ? json.flag("holdDoubtfulEmail") : null;
        Integer heldOpenMax = json.has("heldOpenMaxSeconds") ? wholeSeconds(json, "heldOpenMaxSeconds") : null;
        return mapping.changeSettings(lockId, hold, heldOpenMax)
                .map(d -> toJson(d).toString())
                .orElseThrow(() -> new NotFoundException("No door with lock id " + lockId));
    }

    /** A whole number of seconds; 1.5 or "60" is refused rather than rounded, the range is the door's to check. */
    private static int wholeSeconds(JsonBody json, String field) {
        double value = json.number(field);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw JsonBody.invalid(field, field + " is a whole number of seconds: " + value);
        }
        return (int) value;
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/{lockId}")
    public Response forget(@PathParam("lockId") String lockId) {
        if (!mapping.forgetDoor(lockId)) {
            throw new NotFoundException("No door with lock id " + lockId);
        }
        return Response.noContent().build();
    }

    static JsonObject toJson(Door door) {
        JsonArrayBuilder cameras = JSON.createArrayBuilder();
        for (Camera camera : door.cameras()) {
            cameras.add(camera.name());
        }
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("lockId", door.lockId())
                .add("displayName", door.displayName())
                .add("cameras", cameras)
                .add("holdDoubtfulEmail", door.holdsDoubtfulEmail())
                .add("heldOpenMaxSeconds", door.heldOpenMaxSeconds());
        if (door.name() == null) {
            json.addNull("name");
        } else {
            json.add("name", door.name());
        }
        return json.build();
    }
}
