package dev.threshold.demo;

/** A granted unlock in the demo loop: at {@code atSeconds} of the loop, {@code actor} badges at the demo door. */
public record Badge(double atSeconds, DemoActor actor) {}
