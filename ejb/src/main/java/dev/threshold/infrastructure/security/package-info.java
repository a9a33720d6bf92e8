/**
 * Password hashing and the first admin account of a fresh install.
 */
package dev.threshold.infrastructure.security;
