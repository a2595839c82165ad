package org.rolloutplanner.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The page of an area that is not built yet: says so plainly, with no buttons that pretend to work. */
public final class PlaceholderView extends VBox {

    public PlaceholderView(Area area, javafx.scene.Node icon) {
        super(12);
        setId("placeholder-" + area.name().toLowerCase(java.util.Locale.ROOT));
        getStyleClass().add("placeholder");
        setAlignment(Pos.CENTER);
        Label title = new Label(area.title(), icon);
        title.getStyleClass().add("title-2");
        Label text = new Label(area.title() + " is not available in this version yet. It will let you "
                + area.futurePurpose());
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add("placeholder-text");
        getChildren().addAll(title, text);
    }
}
