package org.rolloutplanner.ui.shell;

/** The areas of the window, in the order of the sidebar (Ctrl+1 … Ctrl+4). */
public enum Area {
    SCHOOLS("Schools", null),
    TIMELINE("Scenarios & Timeline", "build rollout scenarios (a pilot cohort, then 10% of schools a year, say), "
            + "compare them side by side and see each cohort's phases on a timeline, with coverage of schools and students by date."),
    SELECTION("Selection", "define essential and preferred criteria, record the committee's scores with recusals, "
            + "rank the schools that applied and keep a record of why each school was picked or not."),
    EXPORT("Export", null);

    private final String title;
    private final String futurePurpose;

    Area(String title, String futurePurpose) {
        this.title = title;
        this.futurePurpose = futurePurpose;
    }

    public String title() {
        return title;
    }

    /** For an area not built yet: what it will let people do; null for a working area. */
    public String futurePurpose() {
        return futurePurpose;
    }
}
