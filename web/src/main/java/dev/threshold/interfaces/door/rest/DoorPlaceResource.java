package dev.threshold.interfaces.door.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.door.DoorPlaceService;
import dev.threshold.application.door.DoorPlaceService.DoorPlace;
import dev.threshold.domain.door.PlaceSelection;
import dev.threshold.domain.user.Roles;
import dev.threshold.interfaces.kisi.rest.KisiPlacesResource;
import dev.threshold.interfaces.rest.JsonBody;
import dev.threshold.interfaces.rest.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;

/**
 * {@code /api/doors/{lockId}/place}: the Kisi place a door belongs to, as {@code {"placeId": "first" | "<id>"}}
 * (ids of {@code GET /api/settings/kisi/places}). Operators read it; admins change it. A resource of its own, beside
 * the door's mapping and settings.
 */
@Path("/api/doors/{lockId}/place")
@Produces(MediaType.APPLICATION_JSON)
public class DoorPlaceResource {

    @Inject
    DoorPlaceService doorPlaces;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public String read(@PathParam("lockId") String lockId) {
        return toJson(doorPlaces.placeOf(lockId).orElseThrow(() -> notFound(lockId)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public String move(@PathParam("lockId") String lockId, String body, @Context SecurityContext security) {
        UUID placeId = placeId(JsonBody.parse(body).text("placeId"));
        return toJson(doorPlaces
                .move(lockId, placeId, security.getUserPrincipal().getName())
                .orElseThrow(() -> notFound(lockId)));
    }

    /** "first" (or absent) for the first place, else a further place's id. */
    static UUID placeId(String value) {
        if (value == null || value.isBlank() || KisiPlacesResource.FIRST.equals(value.strip())) {
            return null;
        }
        return QueryParameters.uuid("placeId", value.strip());
    }

    static String placeText(UUID placeId) {
        return new PlaceSelection(placeId).text();
    }

    private static NotFoundException notFound(String lockId) {
        return new NotFoundException("No door with lock id " + lockId);
    }

    private static String toJson(DoorPlace place) {
        return JSON.createObjectBuilder()
                .add("lockId", place.lockId())
                .add("placeId", placeText(place.placeId()))
                .build()
                .toString();
    }
}
