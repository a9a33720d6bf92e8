package dev.threshold.interfaces.camera.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.camera.CameraService;
import dev.threshold.application.camera.FootageService;
import dev.threshold.application.camera.FootageService.FootageAnalysis;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;

/**
 * {@code /api/cameras/{id}/footage}: a video file of the camera analysed offline (admins upload it) and the progress
 * of its latest analysis (operators and admins read it).
 */
@Path("/api/cameras/{id}/footage")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class FootageResource {

    @Inject
    CameraService cameras;

    @Inject
    FootageService footage;

    /**
     * A video file of this camera to analyse offline, as the request body (any content type); {@code recordedAt}
     * (optional) is when it starts, else the time the file states, else now. 202: analysis started.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    public Response uploadFootage(
            @PathParam("id") String id, @QueryParam("recordedAt") String recordedAt, InputStream video) {
        CameraResource.existing(cameras, id);
        Instant start =
                recordedAt == null || recordedAt.isBlank() ? null : CameraResource.instant("recordedAt", recordedAt);
        FootageAnalysis started = footage.analyseFootage(CameraResource.uuid(id), video, start);
        return Response.accepted(footageJson(started).build().toString())
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    /** The progress of the camera's latest footage analysis. */
    @GET
    public String footage(@PathParam("id") String id) {
        Camera camera = CameraResource.existing(cameras, id);
        return footage.latestFootage(camera.id())
                .map(f -> footageJson(f).build().toString())
                .orElseThrow(() -> new NotFoundException(
                        "No footage of camera '" + camera.name() + "' analysed since the server started"));
    }

    private static JsonObjectBuilder footageJson(FootageAnalysis f) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("footageId", f.footageId())
                .add("codec", f.codec())
                .add("width", f.width())
                .add("height", f.height())
                .add("recordedFrom", f.recordedFrom().toString())
                .add("recordedTo", f.recordedTo().toString())
                .add("finished", f.progress().finished())
                .add("framesSent", f.framesSent())
                .add("framesDropped", f.progress().droppedFrames());
        if (f.progress().lastError() != null) {
            json.add("lastError", f.progress().lastError());
        }
        return json;
    }
}
