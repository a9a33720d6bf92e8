/**
 * The application layer, one package per use case ({@code webhook}, {@code verdict}, {@code incident},
 * {@code notification}, {@code door}, {@code camera}, {@code kisi}, {@code search}, {@code account}, {@code audit}):
 * each holds its services, the records they return and the ports it owns. Most service methods are one transaction;
 * the exceptions say so in their own comments (the camera feeds' timers, the webhook's group commit, the e-mail
 * dispatcher's one delivery per transaction). The classes still here (the camera feeds and their helpers) move into
 * {@code camera} with issue 19 item 4.
 * <p>
 * Access, the second layer (the first is the REST resources' and console pages' own): a service method that changes
 * state on a person's behalf declares who may call it ({@code @RolesAllowed}, {@link dev.threshold.domain.user.Roles}),
 * and the EJB container refuses everyone else, with the web caller's identity (the EJB module's security domain is
 * the web's, Elytron's {@code threshold}: META-INF/jboss-ejb3.xml). Methods that internal callers need (timers,
 * message-driven beans, the webhook, start-up; they run with no signed-in identity) stay without roles: reads, the
 * webhook's and the analysis' paths, closing unreviewed incidents, e-mail links. The demo's set-up, the one internal
 * caller of admin methods, runs as an admin ({@code @RunAs} on {@code DemoSetup}), rather than doubling each admin
 * method with an unchecked one.
 */
package dev.threshold.application;
