package dev.threshold.application.kisi;

import java.io.Serializable;

/**
 * A lock (a door) as Kisi lists it; ids are text, as in Kisi's events.
 *
 * @param placeId the place the lock belongs to; {@code null} when Kisi leaves it out
 */
public record KisiLockView(String id, String name, String placeId) implements Serializable {}
