package dev.threshold.interfaces.door.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.door.DoorAlertService;
import dev.threshold.application.notification.DoorAlertsView;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.alert.AlertKind;
import dev.threshold.domain.alert.AlertRecipients;
import dev.threshold.domain.user.Roles;
import dev.threshold.interfaces.rest.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/doors/{lockId}/alerts}: who is e-mailed about each kind of event at a door ({@code forcedOpen},
 * {@code heldOpen}, {@code tailgating}, {@code deniedBurst}). GET for admins and operators; PUT for admins, naming
 * the kinds it sets (the others keep theirs), e.g.
 * {@code {"forcedOpen":{"securityAddresses":["soc@example.com"]},"tailgating":{"securityAddresses":[],
 * "badgeHolder":true},"heldOpen":{"securityAddresses":[]},"deniedBurst":{"default":true}}}: no address and no badge
 * holder is "nobody"; {@code "default":true} goes back to the default. Any bad part (an unknown kind, an address
 * that is none, a badge holder other than tailgating's) is a 400 problem and changes nothing.
 */
@Path("/api/doors/{lockId}/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class DoorAlertResource {

    @Inject
    DoorAlertService alerts;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public String read(@PathParam("lockId") String lockId) {
        return toJson(alerts.alertsOf(lockId).orElseThrow(() -> noDoor(lockId)));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public String change(@PathParam("lockId") String lockId, String body, @Context SecurityContext security) {
        JsonBody json = JsonBody.parse(body);
        if (json.fields().isEmpty()) {
            throw JsonBody.invalid(
                    null, "Name at least one kind of door alert: forcedOpen, heldOpen, tailgating, " + "deniedBurst");
        }
        Map<AlertKind, Optional<AlertRecipients>> changes = new EnumMap<>(AlertKind.class);
        for (String field : json.fields()) {
            AlertKind kind = AlertKind.ofApiName(field);
            changes.put(kind, recipients(kind, json.object(field)));
        }
        return toJson(alerts.change(lockId, changes, security.getUserPrincipal().getName())
                .orElseThrow(() -> noDoor(lockId)));
    }

    /** A kind's part of the body; empty for {@code "default": true}. */
    private static Optional<AlertRecipients> recipients(AlertKind kind, JsonBody part) {
        for (String field : part.fields()) {
            if (!field.equals("securityAddresses") && !field.equals("badgeHolder") && !field.equals("default")) {
                throw new InvalidValueException(
                        kind.apiName() + "." + field,
                        kind.apiName() + " takes " + "securityAddresses, badgeHolder or default, not " + field);
            }
        }
        if (part.flag("default")) {
            if (part.has("securityAddresses") || part.has("badgeHolder")) {
                throw new InvalidValueException(
                        kind.apiName() + ".default",
                        "Give either default or recipients for " + kind.apiName() + ", not both");
            }
            return Optional.empty();
        }
        return Optional.of(AlertRecipients.of(kind, part.texts("securityAddresses"), part.flag("badgeHolder")));
    }

    private static NotFoundException noDoor(String lockId) {
        return new NotFoundException("No door with lock id " + lockId);
    }

    static String toJson(DoorAlertsView view) {
        JsonObjectBuilder kinds = JSON.createObjectBuilder();
        for (AlertKind kind : AlertKind.values()) {
            DoorAlertsView.Setting setting = view.kinds().get(kind);
            kinds.add(
                    kind.apiName(),
                    JSON.createObjectBuilder()
                            .add(
                                    "securityAddresses",
                                    JSON.createArrayBuilder(setting.recipients().securityAddresses()))
                            .add("badgeHolder", setting.recipients().badgeHolder())
                            .add("nobody", setting.recipients().nobody())
                            .add("default", setting.isDefault()));
        }
        return JSON.createObjectBuilder()
                .add("lockId", view.lockId())
                .add("doorName", view.doorName())
                .add("alerts", kinds)
                .build()
                .toString();
    }
}
