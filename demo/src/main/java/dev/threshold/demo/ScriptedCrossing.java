package dev.threshold.demo;

/** When one rendered person's feet cross the door line, and which way: what counting should find in the footage. */
public record ScriptedCrossing(double atSeconds, boolean entering) {}
