package org.rolloutplanner.app;

/** The application's name and version (the version comes from the jar's manifest, or "development"). */
public final class AppInfo {

    public static final String NAME = "Rollout Planner";

    private AppInfo() {
    }

    public static String version() {
        String v = AppInfo.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
