/**
 * Console accounts and their roles (admin, operator); Elytron authenticates against the same table.
 */
package dev.threshold.domain.user;
