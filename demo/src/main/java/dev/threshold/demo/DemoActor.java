package dev.threshold.demo;

/** A person with a Kisi account in the demo: who the stand-in names as the actor of an unlock. */
public record DemoActor(long id, String name, String email) {}
