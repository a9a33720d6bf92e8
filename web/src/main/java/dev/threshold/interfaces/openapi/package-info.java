/**
 * The REST API's OpenAPI document, served by WildFly's MicroProfile OpenAPI at {@code /openapi} from the JAX-RS
 * annotations: what this package adds is who may call each route, read from the same {@code @RolesAllowed} and
 * {@code @PermitAll} that RESTEasy enforces, so that the document cannot tell another story (docs/api.md).
 */
package dev.threshold.interfaces.openapi;
