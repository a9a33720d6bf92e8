package dev.threshold.domain.user;

/** What a console account may do. The names are the role names of web.xml and of the Elytron realm. */
public enum Role {
    /** Changes settings, cameras, users; everything an operator does. */
    admin,
    /** Searches, views and reviews incidents; changes no settings. */
    operator
}
