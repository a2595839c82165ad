package org.rolloutplanner.ui.shell;

/** The areas of the window, in the order of the sidebar (Ctrl+1 … Ctrl+4). */
public enum Area {
    SCHOOLS("Schools"),
    TIMELINE("Scenarios & Timeline"),
    SELECTION("Selection"),
    EXPORT("Export");

    private final String title;

    Area(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
