package dev.threshold.demo;

/** The names and ids the demo gives the things it sets up, so that a second start finds them again. */
final class DemoDoor {

    static final String LOCK_ID = "7001";
    static final String NAME = "Demo door";
    /** Kisi ids of the demo's organization and place, used only when no Kisi settings exist yet. */
    static final String ORGANIZATION_ID = "4200";

    static final String PLACE_ID = "4201";
    /** Who the settings history names as having made the demo's changes. */
    static final String SET_UP_BY = "demo";

    static final double ANALYSIS_FPS = 5;

    private DemoDoor() {}
}
