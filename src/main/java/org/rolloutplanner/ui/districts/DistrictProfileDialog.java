package org.rolloutplanner.ui.districts;

import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.domain.district.DistrictType;

/**
 * Edits a district's profile: type, state and the snapshot figures as written ("41,000", "40-80%", "n/a").
 * OK is refused while {@link DistrictProfile#problems()} finds something; the problems are listed in the dialog.
 */
public final class DistrictProfileDialog extends Dialog<DistrictProfile> {

    private final ComboBox<DistrictType> type = new ComboBox<>();
    private final TextField state = new TextField();
    private final TextField students = new TextField();
    private final TextField teachers = new TextField();
    private final TextField frl = new TextField();
    private final TextField graduation = new TextField();
    private final TextField spend = new TextField();
    private final Label problems = new Label();

    public DistrictProfileDialog(Window owner, District district) {
        initOwner(owner);
        setTitle("District profile");
        setHeaderText("Profile of " + district.name());
        DistrictProfile p = district.profile();
        type.getItems().setAll(DistrictType.values());
        type.setValue(p.type());
        state.setText(p.state());
        students.setText(p.students());
        teachers.setText(p.teachers());
        frl.setText(p.frlEligibility());
        graduation.setText(p.graduationRate());
        spend.setText(p.perPupilSpend());
        students.setPromptText("e.g. 41,000");
        frl.setPromptText("e.g. 64% or 40-80%");
        graduation.setPromptText("e.g. 81% or n/a");
        spend.setPromptText("e.g. $10,900");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int row = 0;
        grid.addRow(row++, new Label("Type"), type);
        grid.addRow(row++, new Label("State"), state);
        grid.addRow(row++, new Label("Students"), students);
        grid.addRow(row++, new Label("Teachers"), teachers);
        grid.addRow(row++, new Label("Free/reduced-lunch eligibility"), frl);
        grid.addRow(row++, new Label("Graduation rate"), graduation);
        grid.addRow(row++, new Label("Per-pupil spend"), spend);
        type.setMaxWidth(Double.MAX_VALUE);
        problems.setWrapText(true);
        problems.setPrefWidth(440);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.getStyleClass().add("danger");
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        grid.add(problems, 0, row, 2, 1);
        Label hint = new Label("Figures are kept as you write them: a number, a percentage, a range such as 40-80%, or n/a.");
        hint.setWrapText(true);
        hint.setPrefWidth(440);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");
        grid.add(hint, 0, row + 1, 2, 1);

        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            List<String> found = profile().problems();
            if (!found.isEmpty()) {
                problems.setText(String.join("\n", found));
                getDialogPane().getScene().getWindow().sizeToScene();
                e.consume();
            }
        });
        setResultConverter(b -> b == ButtonType.OK ? profile() : null);
    }

    private DistrictProfile profile() {
        return new DistrictProfile(type.getValue(), state.getText(), students.getText(), teachers.getText(),
                frl.getText(), graduation.getText(), spend.getText());
    }

    public static Optional<DistrictProfile> edit(Window owner, District district) {
        return new DistrictProfileDialog(owner, district).showAndWait();
    }
}
