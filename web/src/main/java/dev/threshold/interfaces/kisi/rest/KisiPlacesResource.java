package dev.threshold.interfaces.kisi.rest;

import static dev.threshold.interfaces.kisi.rest.KisiSettingsResource.addText;
import static dev.threshold.interfaces.kisi.rest.KisiSettingsResource.secretChange;
import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.kisi.KisiAccountService;
import dev.threshold.application.kisi.KisiPlaceService;
import dev.threshold.application.kisi.KisiPlaceView;
import dev.threshold.application.kisi.KisiSettingsService;
import dev.threshold.application.kisi.KisiSettingsView;
import dev.threshold.domain.door.PlaceSelection;
import dev.threshold.domain.user.Roles;
import dev.threshold.interfaces.rest.JsonBody;
import dev.threshold.interfaces.rest.Problem;
import dev.threshold.interfaces.rest.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.UUID;

/**
 * {@code /api/settings/kisi/places} (admins only): the Kisi places this server serves. The list starts with the first
 * place, id {@value #FIRST}: the one of {@code /api/settings/kisi}, changed there and never removed. Further places
 * are added here, each with its own signature key and API token, written like the settings' (absent keeps, a string
 * replaces, {@code "clearSignatureKey": true} / {@code "clearApiToken": true} removes) and never read back.
 */
@Path("/api/settings/kisi/places")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class KisiPlacesResource {

    /** The first place's id in this list and in a door's {@code placeId}. */
    public static final String FIRST = PlaceSelection.FIRST_ID;

    @Inject
    KisiPlaceService places;

    @Inject
    KisiSettingsService settings;

    @Inject
    KisiAccountService kisi;

    @GET
    public String list() {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        KisiSettingsView first = settings.currentSettings();
        if (first.configured()) {
            all.add(firstJson(first));
        }
        places.places().forEach(p -> all.add(toJson(p)));
        return all.build().toString();
    }

    @GET
    @Path("/{id}")
    public String read(@PathParam("id") String id) {
        return toJson(places.place(further(id)).orElseThrow(() -> notFound(id)))
                .build()
                .toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(String body, @Context SecurityContext security) {
        JsonBody json = JsonBody.parse(body);
        KisiPlaceView added = places.add(
                json.text("name"),
                json.text("organizationId"),
                json.text("placeId"),
                secretChange(json, "signatureKey", "clearSignatureKey"),
                secretChange(json, "apiToken", "clearApiToken"),
                security.getUserPrincipal().getName());
        return Response.created(URI.create("/api/settings/kisi/places/" + added.id()))
                .entity(toJson(added).build().toString())
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String change(@PathParam("id") String id, String body, @Context SecurityContext security) {
        UUID placeId = further(id);
        JsonBody json = JsonBody.parse(body);
        return toJson(places.change(
                                placeId,
                                json.text("name"),
                                json.text("organizationId"),
                                json.text("placeId"),
                                secretChange(json, "signatureKey", "clearSignatureKey"),
                                secretChange(json, "apiToken", "clearApiToken"),
                                security.getUserPrincipal().getName())
                        .orElseThrow(() -> notFound(id)))
                .build()
                .toString();
    }

    @DELETE
    @Path("/{id}")
    public Response remove(@PathParam("id") String id, @Context SecurityContext security) {
        return switch (places.remove(further(id), security.getUserPrincipal().getName())) {
            case REMOVED -> Response.noContent().build();
            case NOT_FOUND -> throw notFound(id);
            case HAS_DOORS ->
                throw new ProblemException(
                        Problem.of(
                                Response.Status.CONFLICT,
                                "Place " + id
                                        + " still has doors: move them to another place first (PUT /api/doors/{lockId}/place)"));
        };
    }

    /** Tests a place's connection with its own API token ({@code first} or a further place's id). */
    @POST
    @Path("/{id}/test")
    public String testConnection(@PathParam("id") String id) {
        return KisiAccountResource.checkJson(kisi.testConnection(anyPlace(id)));
    }

    /**
     * Creates (or updates) the Kisi integration of a place's organization with the place's own API token; its new
     * signature key is stored on every place of that organization.
     */
    @POST
    @Path("/{id}/integration")
    public String createIntegration(@PathParam("id") String id, @Context SecurityContext security) {
        return KisiAccountResource.integrationJson(
                kisi.createIntegration(anyPlace(id), security.getUserPrincipal().getName()));
    }

    /** The first place or a further one that exists; anything else is not found. */
    private PlaceSelection anyPlace(String id) {
        if (FIRST.equals(id)) {
            return PlaceSelection.FIRST;
        }
        try {
            UUID placeId = UUID.fromString(id);
            places.place(placeId).orElseThrow(() -> notFound(id));
            return new PlaceSelection(placeId);
        } catch (IllegalArgumentException notAnId) {
            throw notFound(id);
        }
    }

    /** A further place's id; the first place is refused with 409 (it is the settings), anything else is not found. */
    private static UUID further(String id) {
        if (FIRST.equals(id)) {
            throw new ProblemException(Problem.of(
                    Response.Status.CONFLICT,
                    "The first place is the Kisi settings: "
                            + "change it with PUT /api/settings/kisi; it is never removed"));
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw notFound(id);
        }
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No Kisi place " + id);
    }

    private static JsonObjectBuilder firstJson(KisiSettingsView first) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", FIRST)
                .add("name", "First place")
                .add("first", true)
                .add("organizationId", first.organizationId())
                .add("placeId", first.placeId())
                .add("signatureKey", first.signatureKeySet() ? "set" : "not set")
                .add("apiToken", first.apiTokenSet() ? "set" : "not set");
        addText(
                json,
                "updatedAt",
                first.updatedAt() == null ? null : first.updatedAt().toString());
        addText(json, "updatedBy", first.updatedBy());
        return json;
    }

    static JsonObjectBuilder toJson(KisiPlaceView p) {
        return JSON.createObjectBuilder()
                .add("id", p.id().toString())
                .add("name", p.name())
                .add("first", false)
                .add("organizationId", p.organizationId())
                .add("placeId", p.placeId())
                .add("signatureKey", p.signatureKeySet() ? "set" : "not set")
                .add("apiToken", p.apiTokenSet() ? "set" : "not set")
                .add("createdAt", p.createdAt().toString())
                .add("updatedAt", p.updatedAt().toString())
                .add("updatedBy", p.updatedBy());
    }
}
