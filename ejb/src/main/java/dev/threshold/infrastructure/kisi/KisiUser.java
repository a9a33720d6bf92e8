package dev.threshold.infrastructure.kisi;

import java.util.Objects;

/** A Kisi user, as named in the console next to the events they caused. Name and e-mail may be empty. */
public record KisiUser(String id, String name, String email) {

    public KisiUser {
        Objects.requireNonNull(id, "user id");
        name = name == null ? "" : name;
        email = email == null ? "" : email;
    }
}
