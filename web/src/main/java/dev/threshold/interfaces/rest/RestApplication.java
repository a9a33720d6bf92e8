package dev.threshold.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * JAX-RS at the root, so that Kisi posts to {@code /kisi/events} as its integration guide expects. The console's
 * FacesServlet has the longer prefix {@code /ui/*} and so keeps its pages.
 */
@ApplicationPath("/")
public class RestApplication extends Application {}
