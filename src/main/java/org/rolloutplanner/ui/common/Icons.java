package org.rolloutplanner.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The icons of the app (Feather), in one place so the same action always has the same picture. */
public enum Icons {
    SCHOOLS(Feather.HOME),
    TIMELINE(Feather.CALENDAR),
    SELECTION(Feather.CHECK_SQUARE),
    EXPORT(Feather.DOWNLOAD),
    ADD(Feather.PLUS),
    DELETE(Feather.TRASH_2),
    UNDO(Feather.CORNER_UP_LEFT),
    REDO(Feather.CORNER_UP_RIGHT),
    SEARCH(Feather.SEARCH),
    DISTRICT(Feather.MAP),
    THEME(Feather.MOON),
    LIGHT(Feather.SUN),
    OPEN(Feather.FOLDER),
    NEW(Feather.FILE_PLUS),
    EDIT(Feather.EDIT_2),
    INFO(Feather.INFO),
    WARNING(Feather.ALERT_TRIANGLE),
    CLOSE(Feather.X),
    LOCK(Feather.LOCK);

    private final Ikon ikon;

    Icons(Ikon ikon) {
        this.ikon = ikon;
    }

    public FontIcon create() {
        return new FontIcon(ikon);
    }
}
