package dev.threshold.interfaces.camera.rest;

import dev.threshold.application.camera.CameraService;
import dev.threshold.application.camera.LiveFrame;
import dev.threshold.application.camera.LivePictures;
import dev.threshold.application.camera.LiveStreamSlots;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/cameras/{id}/live}: a camera's picture as it is now, from the frames its reader stores (on whichever
 * node holds the camera; see {@link LivePictures}), for operators and admins. The stream for one camera's live view,
 * one frame for the camera wall, which refreshes each tile itself: a browser opens at most six connections to a
 * server, and a wall of streams would take them all. No fresh frame, or every live stream of this node taken: 503
 * problem+json saying why.
 */
@Path("/api/cameras/{id}/live")
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class LiveResource {

    @Inject
    CameraService cameras;

    @Inject
    LivePictures live;

    /** MJPEG: every newer frame of the camera as it is stored, until the viewer goes away or the camera stops. */
    @GET
    @Produces(MjpegStream.MEDIA_TYPE)
    public Response stream(@PathParam("id") String id) {
        Camera camera = existing(id);
        live.freshFrame(camera); // no picture: said before any stream slot is taken
        LiveStreamSlots.Slot slot = live.takeSlot();
        MjpegStream stream = new MjpegStream(
                () -> live.newest(camera), live::fresh, LivePictures.pollInterval(camera.analysisFps()), slot);
        return Response.ok(stream, MjpegStream.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .header("X-Accel-Buffering", "no") // a proxy in front must pass each frame on as it comes
                .build();
    }

    /** The newest frame of the camera as one JPEG, {@code X-Captured-At} its capture time: a tile of the wall. */
    @GET
    @Path("/frame")
    @Produces("image/jpeg")
    public Response frame(@PathParam("id") String id) {
        LiveFrame frame = live.freshFrame(existing(id));
        return Response.ok(frame.jpeg(), "image/jpeg")
                .header("Cache-Control", "no-store")
                .header("X-Captured-At", frame.capturedAt().toString())
                .build();
    }

    private Camera existing(String id) {
        return CameraResource.existing(cameras, id);
    }
}
