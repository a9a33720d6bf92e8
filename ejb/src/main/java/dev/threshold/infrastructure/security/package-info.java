/**
 * Security mechanics: password hashing and the first admin account of a fresh install; the secret box that seals
 * stored secrets (Kisi tokens and keys, camera credentials) and its unavailable-secrets failure; the HMAC checks of
 * Kisi's webhook signatures ({@code KisiSignature}) and of the signed, expiring incident links
 * ({@code LinkSignature}).
 */
package dev.threshold.infrastructure.security;
