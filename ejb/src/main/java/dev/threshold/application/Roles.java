package dev.threshold.application;

/**
 * The two roles of a console account (column {@code user_account.role}, mapped to Elytron roles by configure.cli), as
 * constants for {@code @RolesAllowed} on the REST resources and on the services: admins change settings, accounts,
 * cameras and door mappings; operators (and admins) search, view and review incidents.
 */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}
