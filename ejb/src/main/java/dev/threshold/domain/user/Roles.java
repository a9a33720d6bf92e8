package dev.threshold.domain.user;

/**
 * The two roles of a console account (column {@code user_account.role}, mapped to Elytron roles by configure.cli), as
 * constants for {@code @RolesAllowed} on the REST resources and on the services: admins change settings, accounts,
 * cameras and door mappings; operators (and admins) search, view and review incidents. They live here, beside
 * {@link Role}, because the role is the account's (a domain fact) and every layer's access declarations name them:
 * in a use case's package they would make every other use case depend on that one.
 */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String OPERATOR = "operator";

    private Roles() {}
}
