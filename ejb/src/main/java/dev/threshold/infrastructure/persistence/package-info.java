/**
 * JPA repositories and the Flyway migration that creates and evolves the schema before anything else touches the database.
 */
package dev.threshold.infrastructure.persistence;
