/**
 * The console accounts' security realm, loaded by Elytron from the WildFly module {@code dev.threshold.realm}: the
 * passwords and roles of the application's {@code user_account} table, read on every sign-in, with right passwords
 * remembered (as a keyed hash, for a few minutes) so that HTTP Basic clients, which send their password with every
 * request, cost one bcrypt check per password rather than one per request. No Jakarta EE here: Elytron calls it.
 */
package dev.threshold.realm;
