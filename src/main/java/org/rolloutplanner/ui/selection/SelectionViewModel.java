package org.rolloutplanner.ui.selection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rolloutplanner.app.scenario.ScenarioService;
import org.rolloutplanner.app.selection.SelectionService;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolOrder;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.selection.AggregationMethod;
import org.rolloutplanner.domain.selection.ApplicantStatus;
import org.rolloutplanner.domain.selection.CohortBuilder;
import org.rolloutplanner.domain.selection.CohortRule;
import org.rolloutplanner.domain.selection.Conflict;
import org.rolloutplanner.domain.selection.Criterion;
import org.rolloutplanner.domain.selection.Numbers;
import org.rolloutplanner.domain.selection.Reviewer;
import org.rolloutplanner.domain.selection.RoundApplicant;
import org.rolloutplanner.domain.selection.RoundContents;
import org.rolloutplanner.domain.selection.Score;
import org.rolloutplanner.domain.selection.ScoreSheet;
import org.rolloutplanner.domain.selection.SelectionAnalysis;
import org.rolloutplanner.domain.selection.SelectionRound;
import org.rolloutplanner.ui.common.DialogService;
import org.rolloutplanner.ui.common.Failures;
import org.rolloutplanner.ui.common.TaskRunner;

/**
 * The Selection area: a district's rounds; the open round's applicants, criteria, reviewers, conflicts and score grid;
 * its results (aggregate, rank, tie-break, rank band, agreement) and the cohort builder, whose cohort can become the
 * first cohort of a new scenario. Every change is saved at once through the window's database thread.
 */
public final class SelectionViewModel {

    /** One line of the results table. */
    public record ResultRow(String rank, String schoolId, String school, String score, String eligible, String tieBreak,
            String band, String recused, String earlierStageScore) {
    }

    /** One line of the cohort table. */
    public record CohortRow(String schoolId, String school, boolean selected, String reason) {
    }

    /**
     * One applicant line of the score grid of one reviewer: score text and comment per criterion id ("" missing),
     * conflicts locked. In blind mode {@code school} is a neutral code ("Applicant 3").
     */
    public record GridRow(String schoolId, String school, Map<String, String> scores, Map<String, String> comments,
            boolean conflicted) {

        public GridRow(String schoolId, String school, Map<String, String> scores, boolean conflicted) {
            this(schoolId, school, scores, Map.of(), conflicted);
        }

        public String comment(String criterionId) {
            return comments.getOrDefault(criterionId, "");
        }
    }

    private final TaskRunner runner;
    private final DialogService dialogs;
    private SelectionService service;
    private ScenarioService scenarios;
    private District district;

    private final ObservableList<SelectionRound> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<RoundContents> round = new SimpleObjectProperty<>();
    private final ObservableList<School> roster = FXCollections.observableArrayList();
    private final ObservableList<ResultRow> results = FXCollections.observableArrayList();
    private final ObservableList<CohortRow> cohort = FXCollections.observableArrayList();
    private final ObservableList<GridRow> grid = FXCollections.observableArrayList();
    private final ObjectProperty<String> gridReviewer = new SimpleObjectProperty<>();
    private final StringProperty gridProgress = new SimpleStringProperty("");
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty agreement = new SimpleStringProperty("");
    private final StringProperty cohortMessage = new SimpleStringProperty("");
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final BooleanProperty blind = new SimpleBooleanProperty();
    private final BooleanProperty laterStage = new SimpleBooleanProperty();
    private boolean loading;
    private List<String> selectedIds = List.of();
    private int cohortSeats;
    private String cohortRules = "";
    private SelectionAnalysis analysis;

    public SelectionViewModel(TaskRunner runner, DialogService dialogs) {
        this.runner = runner;
        this.dialogs = dialogs;
        gridReviewer.addListener((o, was, now) -> rebuildGrid());
        blind.addListener((o, was, now) -> {
            rebuildGrid();
            RoundContents c = round.get();
            if (!loading && c != null && c.round().blind() != now) {
                if (readOnly.get()) {
                    blind.set(c.round().blind());
                } else {
                    updateRound(r -> r.withBlind(now));
                }
            }
        });
    }

    public ObservableList<SelectionRound> rounds() {
        return rounds;
    }

    public ObjectProperty<RoundContents> roundProperty() {
        return round;
    }

    public ObservableList<School> roster() {
        return roster;
    }

    public ObservableList<ResultRow> results() {
        return results;
    }

    public ObservableList<CohortRow> cohort() {
        return cohort;
    }

    public ObservableList<GridRow> grid() {
        return grid;
    }

    public ObjectProperty<String> gridReviewerProperty() {
        return gridReviewer;
    }

    public StringProperty gridProgressProperty() {
        return gridProgress;
    }

    /** "Ana Berg 12 of 40 · Carl Diaz 40 of 40". */
    public StringProperty progressProperty() {
        return progress;
    }

    public StringProperty agreementProperty() {
        return agreement;
    }

    public StringProperty cohortMessageProperty() {
        return cohortMessage;
    }

    /** Blind mode: school names hidden in the score grid and in the workbooks ("Applicant 1", "Applicant 2"…). */
    public BooleanProperty blindProperty() {
        return blind;
    }

    /** The open round is a later stage of a funnel: results show the earlier stage's scores beside its own. */
    public BooleanProperty laterStageProperty() {
        return laterStage;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public List<String> selectedIds() {
        return selectedIds;
    }

    /** Shows a district's rounds (null district or service: nothing). */
    public void show(SelectionService service, ScenarioService scenarios, District district, boolean readOnly) {
        this.service = service;
        this.scenarios = scenarios;
        this.district = district;
        this.readOnly.set(readOnly);
        rounds.clear();
        round.set(null);
        clearResults();
        if (service == null || district == null) {
            return;
        }
        long key = district.key();
        run(() -> new Object[] {service.ofDistrict(key), service.roster(key)}, r -> {
            @SuppressWarnings("unchecked")
            List<SelectionRound> list = (List<SelectionRound>) r[0];
            @SuppressWarnings("unchecked")
            List<School> schools = (List<School>) r[1];
            rounds.setAll(list);
            roster.setAll(schools);
            if (!list.isEmpty()) {
                open(list.get(0));
            }
        });
    }

    public void open(SelectionRound r) {
        if (r == null || service == null) {
            round.set(null);
            return;
        }
        long key = r.key();
        run(() -> service.load(key), this::loaded);
    }

    private void loaded(RoundContents contents) {
        loading = true;
        try {
            blind.set(contents != null && contents.round().blind());
            laterStage.set(contents != null && contents.round().parentKey() != null);
            round.set(contents);
        } finally {
            loading = false;
        }
        if (contents != null && (gridReviewer.get() == null
                || contents.reviewers().stream().noneMatch(v -> v.id().equals(gridReviewer.get())))) {
            gridReviewer.set(contents.reviewers().isEmpty() ? null : contents.reviewers().get(0).id());
        }
        rebuildGrid();
        updateProgress();
        clearResults();
    }

    private void reload() {
        RoundContents c = round.get();
        if (c != null) {
            long key = c.round().key();
            run(() -> service.load(key), this::loaded);
        }
    }

    private void clearResults() {
        results.clear();
        cohort.clear();
        agreement.set("");
        cohortMessage.set("");
        selectedIds = List.of();
        analysis = null;
    }

    // ---- rounds

    public void createRound(String name, int seats) {
        if (service == null || district == null || readOnly.get()) {
            return;
        }
        long key = district.key();
        run(() -> service.create(key, name, seats, null), created -> {
            rounds.add(created);
            rounds.sort(java.util.Comparator.comparing(SelectionRound::name, String.CASE_INSENSITIVE_ORDER));
            open(created);
        });
    }

    /** A second stage of the open round (a funnel): its eligible applicants, criteria, reviewers and conflicts carry over. */
    public void nextStage(String name, int seats) {
        RoundContents c = round.get();
        if (c == null || readOnly.get()) {
            return;
        }
        run(() -> service.nextStage(c.round(), name, seats), created -> {
            rounds.add(created);
            rounds.sort(java.util.Comparator.comparing(SelectionRound::name, String.CASE_INSENSITIVE_ORDER));
            open(created);
        });
    }

    public void deleteRound() {
        RoundContents c = round.get();
        if (c == null || readOnly.get()) {
            return;
        }
        if (!dialogs.confirm("Delete round", "Delete the round \"" + c.round().name() + "\" with all its scores? "
                + "This cannot be undone.", "Delete")) {
            return;
        }
        run(() -> {
            service.delete(c.round().key());
            return Boolean.TRUE;
        }, ok -> {
            rounds.removeIf(r -> r.key() == c.round().key());
            round.set(null);
            clearResults();
            if (!rounds.isEmpty()) {
                open(rounds.get(0));
            }
        });
    }

    public void setSeats(int seats) {
        updateRound(r -> r.withSeats(seats));
    }

    public void setMethod(AggregationMethod method) {
        updateRound(r -> r.withMethod(method));
    }

    /** The committee's declared tie-break order (the lottery always comes last). */
    public void setTieBreaks(List<org.rolloutplanner.domain.selection.TieBreak> order) {
        updateRound(r -> r.withTieBreaks(order));
    }

    /** The scoring deadline (null: none). */
    public void setDeadline(java.time.LocalDate deadline) {
        updateRound(r -> r.withDeadline(deadline));
    }

    /**
     * The lottery seed, typed by the committee ("" or not a whole number: refused with a message). Changing it can
     * change the order of tied schools, so it is confirmed once results have been computed.
     */
    public boolean setSeed(String text) {
        RoundContents c = round.get();
        if (c == null || readOnly.get()) {
            return false;
        }
        long seed;
        try {
            seed = Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            dialogs.showError("Lottery seed", "\"" + text + "\" is not a whole number. The seed is recorded so the lottery "
                    + "that breaks ties can be drawn again the same way.");
            return false;
        }
        if (seed == c.round().seed()) {
            return true;
        }
        if (analysis != null && !dialogs.confirm("Lottery seed", "A new seed can change the order of schools with equal "
                + "scores in the published ranking. Use seed " + seed + " instead of " + c.round().seed() + "?", "Change seed")) {
            return false;
        }
        updateRound(r -> r.withSeed(seed));
        return true;
    }

    private void updateRound(java.util.function.UnaryOperator<SelectionRound> change) {
        RoundContents c = round.get();
        if (c == null || readOnly.get()) {
            return;
        }
        SelectionRound changed = change.apply(c.round());
        save(() -> service.update(changed));
    }

    // ---- applicants

    public void addApplicants(List<String> schoolIds) {
        RoundContents c = round.get();
        if (c == null) {
            return;
        }
        List<RoundApplicant> list = new ArrayList<>(c.applicants());
        for (String id : schoolIds) {
            if (list.stream().noneMatch(a -> a.schoolId().equals(id))) {
                roster.stream().filter(s -> s.id().equals(id)).findFirst()
                        .ifPresent(s -> list.add(RoundApplicant.applied(s.key(), s.id())));
            }
        }
        save(() -> service.saveApplicants(c.round().key(), list));
    }

    public void removeApplicant(String schoolId) {
        RoundContents c = round.get();
        if (c == null) {
            return;
        }
        save(() -> service.saveApplicants(c.round().key(), c.applicants().stream().filter(a -> !a.schoolId().equals(schoolId))
                .toList()));
    }

    public void setStatus(String schoolId, ApplicantStatus status, String reason) {
        RoundContents c = round.get();
        if (c == null) {
            return;
        }
        if (status == ApplicantStatus.NOT_ELIGIBLE && (reason == null || reason.isBlank())) {
            dialogs.showError("Reason needed", "A school that is not eligible needs the reason, such as \"no named project "
                    + "manager\".");
            return;
        }
        List<RoundApplicant> list = c.applicants().stream().map(a -> a.schoolId().equals(schoolId)
                ? new RoundApplicant(a.schoolKey(), a.schoolId(), status, reason) : a).toList();
        save(() -> service.saveApplicants(c.round().key(), list));
    }

    public String schoolName(String schoolId) {
        return roster.stream().filter(s -> s.id().equals(schoolId)).map(School::name).findFirst().orElse(schoolId);
    }

    // ---- criteria

    /** Weights as shares of 100%, by criterion id. */
    public Map<String, Double> shares() {
        RoundContents c = round.get();
        return c == null ? Map.of() : Criterion.shares(c.criteria());
    }

    public void addCriterion(Criterion criterion) {
        RoundContents c = round.get();
        if (c == null) {
            return;
        }
        List<Criterion> list = new ArrayList<>(c.criteria());
        list.add(criterion);
        save(() -> service.saveCriteria(c.round().key(), list));
    }

    /** A short unique code for a new criterion or reviewer ("C1", "C2"…). */
    public String nextCode(String prefix, List<String> used) {
        int i = 1;
        while (used.contains(prefix + i)) {
            i++;
        }
        return prefix + i;
    }

    public void setWeight(String criterionId, double weight) {
        RoundContents c = round.get();
        if (c == null || weight < 0 || !Double.isFinite(weight)) {
            dialogs.showError("Weight", "A weight is a number, 0 or more.");
            return;
        }
        List<Criterion> list = c.criteria().stream().map(x -> x.id().equals(criterionId) && !x.essential()
                ? new Criterion(x.id(), x.name(), x.kind(), weight, x.min(), x.max(), x.levels(), x.gate()) : x).toList();
        save(() -> service.saveCriteria(c.round().key(), list));
    }

    /**
     * Renames a criterion or changes its scale in place (its scores stay). A scale that existing scores fall outside of is
     * refused with a message naming how many scores are out of range.
     */
    public void editCriterion(String criterionId, String name, int min, int max) {
        RoundContents c = round.get();
        if (c == null || readOnly.get()) {
            return;
        }
        Criterion old = c.criteria().stream().filter(x -> x.id().equals(criterionId)).findFirst().orElse(null);
        if (old == null) {
            return;
        }
        if (name == null || name.isBlank()) {
            dialogs.showError("Criterion", "A criterion needs a name, such as \"Strong school leadership\".");
            return;
        }
        if (old.essential() && (min != old.min() || max != old.max())) {
            dialogs.showError("Criterion", "\"" + old.name() + "\" is essential: it is always 1 (meets it) or 0 (does not).");
            return;
        }
        if (min >= max) {
            dialogs.showError("Criterion", "The scale runs from a lower to a higher number, such as 1 to 4.");
            return;
        }
        Criterion changed = new Criterion(old.id(), name.strip(), old.kind(), old.weight(), min, max, old.levels(), old.gate());
        long outside = c.scores().stream().filter(s -> s.criterion().equals(criterionId) && !changed.inRubric(s.value())).count();
        if (outside > 0) {
            dialogs.showError("Scale", outside + (outside == 1 ? " score is" : " scores are") + " outside the new scale " + min
                    + " to " + max + " of \"" + changed.name() + "\". Change or clear " + (outside == 1 ? "that score" : "those scores")
                    + " first, or keep a wider scale.");
            return;
        }
        List<Criterion> list = c.criteria().stream().map(x -> x.id().equals(criterionId) ? changed : x).toList();
        save(() -> service.saveCriteria(c.round().key(), list));
    }

    public void removeCriterion(String criterionId) {
        RoundContents c = round.get();
        if (c == null) {
            return;
        }
        long scored = c.scores().stream().filter(s -> s.criterion().equals(criterionId)).count();
        if (scored > 0 && !dialogs.confirm("Remove criterion", "The criterion has " + scored
                + " scores; they are deleted with it.", "Remove")) {
            return;
        }
        save(() -> service.saveCriteria(c.round().key(), c.criteria().stream().filter(x -> !x.id().equals(criterionId)).toList()));
    }

    // ---- reviewers and conflicts

    public void addReviewer(String name, String role) {
        RoundContents c = round.get();
        if (c == null || name == null || name.isBlank()) {
            return;
        }
        List<Reviewer> list = new ArrayList<>(c.reviewers());
        list.add(new Reviewer(nextCode("R", c.reviewers().stream().map(Reviewer::id).toList()), name.strip(), role));
        save(() -> service.saveReviewers(c.round().key(), list));
    }

    public void removeReviewer(String reviewerId) {
        RoundContents c = round.get();
        if (c == null) {
            return;
        }
        save(() -> service.saveReviewers(c.round().key(), c.reviewers().stream().filter(r -> !r.id().equals(reviewerId)).toList()));
    }

    public String reviewerName(String reviewerId) {
        RoundContents c = round.get();
        return c == null ? reviewerId : c.reviewers().stream().filter(r -> r.id().equals(reviewerId)).map(Reviewer::name)
                .findFirst().orElse(reviewerId);
    }

    /** Declares or withdraws a conflict; a reviewer's existing scores of that school stop counting at once. */
    public void setConflict(String reviewerId, String schoolId, boolean conflicted) {
        RoundContents c = round.get();
        if (c == null) {
            return;
        }
        long scored = c.scores().stream().filter(s -> s.reviewer().equals(reviewerId) && s.applicant().equals(schoolId)).count();
        if (conflicted && scored > 0 && !dialogs.confirm("Conflict of interest", reviewerName(reviewerId) + " already gave "
                + schoolName(schoolId) + " " + scored + (scored == 1 ? " score" : " scores") + ". A reviewer with a conflict "
                + "keeps no score of the school: " + (scored == 1 ? "it is" : "they are") + " deleted.", "Declare conflict")) {
            return;
        }
        List<Conflict> list = new ArrayList<>(c.conflicts());
        Conflict x = new Conflict(reviewerId, schoolId);
        list.remove(x);
        if (conflicted) {
            list.add(x);
        }
        save(() -> service.saveConflicts(c.round().key(), list));
    }

    // ---- score grid

    private void rebuildGrid() {
        RoundContents c = round.get();
        String reviewer = gridReviewer.get();
        if (c == null || reviewer == null) {
            grid.clear();
            gridProgress.set("");
            return;
        }
        Map<String, Map<String, String>> byApplicant = new HashMap<>();
        Map<String, Map<String, String>> commentsByApplicant = new HashMap<>();
        for (Score s : c.scores()) {
            if (s.reviewer().equals(reviewer)) {
                byApplicant.computeIfAbsent(s.applicant(), k -> new HashMap<>()).put(s.criterion(), Numbers.plain(s.value()));
                if (!s.comment().isEmpty()) {
                    commentsByApplicant.computeIfAbsent(s.applicant(), k -> new HashMap<>()).put(s.criterion(), s.comment());
                }
            }
        }
        List<GridRow> rows = new ArrayList<>();
        for (RoundApplicant a : c.applicants()) {
            if (a.status() == ApplicantStatus.WITHDRAWN) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (Criterion k : c.criteria()) {
                if (k.answeredByReviewers()) {
                    cells.put(k.id(), byApplicant.getOrDefault(a.schoolId(), Map.of()).getOrDefault(k.id(), ""));
                }
            }
            rows.add(new GridRow(a.schoolId(), blind.get() ? blindCode(rows.size()) : schoolName(a.schoolId()), cells,
                    Map.copyOf(commentsByApplicant.getOrDefault(a.schoolId(), Map.of())),
                    c.conflicts().contains(new Conflict(reviewer, a.schoolId()))));
        }
        if (grid.size() == rows.size() && java.util.stream.IntStream.range(0, rows.size())
                .allMatch(i -> grid.get(i).schoolId().equals(rows.get(i).schoolId()))) {
            // same schools: replace only the rows that changed, so the grid keeps its place
            for (int i = 0; i < rows.size(); i++) {
                if (!grid.get(i).equals(rows.get(i))) {
                    grid.set(i, rows.get(i));
                }
            }
        } else {
            grid.setAll(rows);
        }
        int done = 0;
        int expected = 0;
        for (GridRow r : rows) {
            if (!r.conflicted()) {
                expected += r.scores().size();
                done += (int) r.scores().values().stream().filter(v -> !v.isEmpty()).count();
            }
        }
        gridProgress.set(done + " of " + expected + " scores entered" + (done < expected ? "; " + (expected - done)
                + " missing" : ""));
    }

    /** The neutral code of the n-th (0-based) applicant line shown to reviewers in blind mode. */
    static String blindCode(int index) {
        return "Applicant " + (index + 1);
    }

    /** The school as reviewers see it: its name, or in blind mode its neutral code. */
    private String shownToReviewer(String schoolId) {
        if (!blind.get()) {
            return schoolName(schoolId);
        }
        return grid.stream().filter(r -> r.schoolId().equals(schoolId)).map(GridRow::school).findFirst().orElse("this school");
    }

    private void updateProgress() {
        RoundContents c = round.get();
        if (c == null || c.reviewers().isEmpty()) {
            progress.set("");
            return;
        }
        ScoreSheet sheet = SelectionService.sheet(c, roster);
        List<String> parts = new ArrayList<>();
        for (int r = 0; r < sheet.reviewers().size(); r++) {
            int[] p = sheet.progress(r);
            parts.add(sheet.reviewers().get(r).name() + " " + p[0] + " of " + p[1]);
        }
        progress.set(String.join(" · ", parts));
    }

    /**
     * Enters a score typed in the grid ("" clears it). Returns false, with a message, when the text is not a score on the
     * criterion's scale or the reviewer is conflicted.
     */
    public boolean enterScore(String schoolId, String criterionId, String text) {
        RoundContents c = round.get();
        String reviewer = gridReviewer.get();
        if (c == null || reviewer == null || readOnly.get()) {
            return false;
        }
        Criterion k = c.criteria().stream().filter(x -> x.id().equals(criterionId)).findFirst().orElse(null);
        if (k == null) {
            return false;
        }
        if (c.conflicts().contains(new Conflict(reviewer, schoolId))) {
            dialogs.showError("Conflict of interest", reviewerName(reviewer) + " declared a conflict of interest with "
                    + shownToReviewer(schoolId) + " and cannot score it.");
            return false;
        }
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Double value;
        if (t.isEmpty()) {
            value = null;
        } else if (k.essential() && (t.equals("y") || t.equals("yes") || t.equals("pass"))) {
            value = 1.0;
        } else if (k.essential() && (t.equals("n") || t.equals("no") || t.equals("fail"))) {
            value = 0.0;
        } else {
            try {
                value = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                dialogs.showError("Score", "\"" + text + "\" is not a score. \"" + k.name() + "\" is scored from " + k.min()
                        + " to " + k.max() + (k.essential() ? " (1 pass, 0 fail)." : "."));
                return false;
            }
            if (!k.inRubric(value) || (k.essential() && value != 0 && value != 1)) {
                dialogs.showError("Score", Numbers.plain(value) + " is outside the scale of \"" + k.name() + "\" (" + k.min()
                        + " to " + k.max() + ").");
                return false;
            }
        }
        long key = c.round().key();
        Double v = value;
        String comment = value == null ? "" : c.scores().stream().filter(s -> s.reviewer().equals(reviewer)
                && s.applicant().equals(schoolId) && s.criterion().equals(criterionId)).map(Score::comment).findFirst().orElse("");
        save(() -> service.setScore(key, reviewer, schoolId, criterionId, v, comment));
        return true;
    }

    /**
     * Sets the grid reviewer's comment on one score ("" removes it). Returns false, with a message, when the cell has no
     * score yet (a comment belongs to a score) or the reviewer has a conflict with the school.
     */
    public boolean enterComment(String schoolId, String criterionId, String text) {
        RoundContents c = round.get();
        String reviewer = gridReviewer.get();
        if (c == null || reviewer == null || readOnly.get()) {
            return false;
        }
        if (c.conflicts().contains(new Conflict(reviewer, schoolId))) {
            dialogs.showError("Conflict of interest", reviewerName(reviewer) + " declared a conflict of interest with "
                    + shownToReviewer(schoolId) + " and cannot score or comment on it.");
            return false;
        }
        boolean scored = c.scores().stream().anyMatch(s -> s.reviewer().equals(reviewer) && s.applicant().equals(schoolId)
                && s.criterion().equals(criterionId));
        String clean = text == null ? "" : text.strip();
        if (!scored) {
            if (clean.isEmpty()) {
                return true;
            }
            dialogs.showError("Comment", "Enter the score first: a comment belongs to a score.");
            return false;
        }
        long key = c.round().key();
        save(() -> service.setComment(key, reviewer, schoolId, criterionId, clean));
        return true;
    }

    // ---- results and cohort

    public void computeResults() {
        RoundContents c = round.get();
        if (c == null) {
            return;
        }
        List<School> schools = List.copyOf(roster);
        run(() -> new Object[] {service.analyse(c, schools), service.earlierStageScores(c, schools)}, pair -> {
            SelectionAnalysis a = (SelectionAnalysis) pair[0];
            @SuppressWarnings("unchecked")
            Map<String, Double> earlier = (Map<String, Double>) pair[1];
            analysis = a;
            List<ResultRow> rows = new ArrayList<>();
            for (int i = 0; i < a.ranking().size(); i++) {
                var r = a.ranking().get(i);
                var band = a.bands()[i];
                var recused = a.scores().stream().filter(s -> s.applicant().id().equals(r.applicant().id())).findFirst()
                        .map(s -> String.join(", ", s.recused())).orElse("");
                rows.add(new ResultRow(r.rank() == null ? "–" : String.valueOf(r.rank()), r.applicant().id(), r.applicant().name(),
                        Numbers.plain(r.score()), r.eligible() ? "yes" : "no: " + r.reason(), r.tieBreak(),
                        band == null ? "" : band.describe(), recused.isEmpty() ? "" : "left out (conflict): " + recused,
                        c.round().parentKey() == null ? "" : earlierScore(earlier, r.applicant().id())));
            }
            results.setAll(rows);
            var ag = a.agreement();
            StringBuilder sb = new StringBuilder("Agreement between reviewers (Krippendorff's alpha, 1 = full agreement): ")
                    .append(Double.isNaN(ag.alpha()) ? "not enough scores yet" : Numbers.plain(ag.alpha())).append(".");
            ag.reviewers().stream().filter(x -> x.flagged()).forEach(x -> sb.append(" ").append(x.flag()));
            sb.append(" Method: ").append(a.method().description()).append(". Ties broken by ")
                    .append(org.rolloutplanner.domain.selection.TieBreak.describe(a.tieBreaks()))
                    .append(". Lottery seed ").append(a.seed())
                    .append(". Rank bands: best and worst rank over ").append(SelectionAnalysis.DRAWS)
                    .append(" draws of the weights ±20%, with the 5th and 95th percentiles.");
            agreement.set(sb.toString());
        });
    }

    private static String earlierScore(Map<String, Double> earlier, String id) {
        Double v = earlier.get(id);
        return v == null ? "not in the earlier stage" : Double.isNaN(v) ? "no score" : Numbers.plain(v);
    }

    /**
     * Builds the best cohort. Rules, one a line: {@code level=high:1:} (at least one), {@code region=North::2} (at most
     * two), {@code average frl_percent:60}, {@code each district:1:2}, {@code include ID}, {@code exclude ID}.
     */
    public void buildCohort(int seats, String rulesText) {
        if (analysis == null) {
            computeResults();
        }
        List<CohortRule> rules;
        try {
            rules = parseRules(rulesText);
        } catch (IllegalArgumentException e) {
            dialogs.showError("Cohort rules", e.getMessage());
            return;
        }
        SelectionAnalysis a = analysis;
        if (a == null) {
            return;
        }
        String rulesUsed = rulesText == null ? "" : rulesText.strip();
        run(() -> a.cohort(seats, rules), result -> {
            cohortMessage.set(result.message());
            selectedIds = result.selected();
            cohortSeats = seats;
            cohortRules = rulesUsed;
            List<CohortRow> rows = new ArrayList<>();
            for (var r : a.ranking()) {
                String id = r.applicant().id();
                rows.add(new CohortRow(id, r.applicant().name(), result.selected().contains(id), result.reasons().getOrDefault(id, "")));
            }
            rows.sort(java.util.Comparator.comparing((CohortRow r) -> !r.selected()));
            cohort.setAll(rows);
        });
    }

    static List<CohortRule> parseRules(String text) {
        return org.rolloutplanner.domain.selection.CohortRules.parse(text);
    }

    /** Creates a scenario whose first cohort is the chosen schools; later cohorts follow the committee's ranking. */
    public void useAsFirstCohort(String scenarioName) {
        if (selectedIds.isEmpty() || scenarios == null || district == null || analysis == null) {
            dialogs.showError("No cohort yet", "Build a cohort first; its schools become the scenario's first cohort.");
            return;
        }
        List<String> ids = selectedIds;
        Map<String, Double> scores = new HashMap<>();
        analysis.ranking().forEach(r -> {
            if (r.eligible() && Double.isFinite(r.score())) {
                scores.put(r.applicant().id(), r.score());
            }
        });
        long key = district.key();
        ScenarioService s = scenarios;
        String roundName = round.get() == null ? "committee" : round.get().round().name();
        var origin = round.get() == null ? null
                : new org.rolloutplanner.app.scenario.SelectionOrigin(round.get().round().key(), cohortSeats, cohortRules);
        run(() -> {
            Scenario starter = s.starter();
            Scenario scenario = Scenario.builder(starter.calendar()).phases(starter.phases())
                    .rule(RolloutRule.FirstCohort.named(ids)).rule(new RolloutRule.PercentOfSchools(10))
                    .order(new SchoolOrder.ByScore(scores, "ranking of " + roundName)).build();
            return s.create(key, scenarioName, scenario, origin);
        }, saved -> dialogs.showInfo("Scenario created", "The scenario \"" + saved.name() + "\" starts with the "
                + ids.size() + " chosen schools; later cohorts follow the committee's ranking (10% of schools a year). "
                + "Open it in Scenarios & Timeline."));
    }

    // ---- offline reviewers

    /** Writes one scoring workbook per reviewer into the folder ("Pilot cohort 2015 - Ana Berg.xlsx"). */
    public void exportWorkbooks(java.nio.file.Path folder) {
        exportWorkbooks(folder, false);
    }

    /** As {@link #exportWorkbooks(java.nio.file.Path)}; {@code blind} hides school names even when the round is not blind. */
    public void exportWorkbooks(java.nio.file.Path folder, boolean blindNames) {
        RoundContents c = round.get();
        boolean blind = blindNames || (c != null && c.round().blind());
        if (c == null || c.reviewers().isEmpty()) {
            dialogs.showError("No reviewers", "Add the reviewers first; each gets a workbook.");
            return;
        }
        List<School> schools = List.copyOf(roster);
        run(() -> {
            List<String> written = new ArrayList<>();
            for (Reviewer r : c.reviewers()) {
                List<org.rolloutplanner.io.ReviewerWorkbook.Line> lines = c.applicants().stream()
                        .filter(a -> a.status() != ApplicantStatus.WITHDRAWN)
                        .map(a -> new org.rolloutplanner.io.ReviewerWorkbook.Line(a.schoolId(), schools.stream()
                                .filter(s -> s.id().equals(a.schoolId())).map(School::name).findFirst().orElse(a.schoolId()),
                                c.conflicts().contains(new Conflict(r.id(), a.schoolId())))).toList();
                String name = (c.round().name() + " - " + r.name()).replaceAll("[\\/:*?\"<>|]", "_") + ".xlsx";
                java.nio.file.Path file = folder.resolve(name);
                try (var out = java.nio.file.Files.newOutputStream(file)) {
                    org.rolloutplanner.io.ReviewerWorkbook.write(new org.rolloutplanner.io.ReviewerWorkbook.Request(c.round().key(),
                            c.round().name(), r.id(), r.name(), c.criteria(), lines, c.scores(), blind), out);
                }
                written.add(name);
            }
            return written;
        }, written -> dialogs.showInfo("Workbooks written", written.size() + " scoring workbooks were written to " + folder
                + ": " + String.join(", ", written) + "."));
    }

    /** Reads a filled workbook back; all its scores are saved together, or none when anything is wrong. */
    public void importWorkbook(java.nio.file.Path file) {
        RoundContents c = round.get();
        if (c == null || readOnly.get()) {
            return;
        }
        runner.run(() -> {
            java.util.Set<String> reviewerIds = new java.util.HashSet<>(c.reviewers().stream().map(Reviewer::id).toList());
            String named;
            try (var in = java.nio.file.Files.newInputStream(file)) {
                named = org.rolloutplanner.io.ReviewerWorkbook.reviewerOf(in);
            }
            org.rolloutplanner.io.ReviewerWorkbook.Filled filled;
            Map<String, Boolean> conflicted = new HashMap<>();
            c.conflicts().stream().filter(x -> x.reviewer().equals(named)).forEach(x -> conflicted.put(x.applicant(), true));
            try (var in = java.nio.file.Files.newInputStream(file)) {
                filled = org.rolloutplanner.io.ReviewerWorkbook.read(in, file.getFileName().toString(), c.round().key(),
                        c.criteria(), reviewerIds, conflicted);
            }
            service.importScores(c.round().key(), filled.reviewerId(), filled.scores(), filled.cleared());
            return filled;
        }, filled -> {
            dialogs.showInfo("Workbook imported", filled.scores().size() + " scores of " + reviewerName(filled.reviewerId())
                    + " were imported.");
            reload();
        }, failure -> {
            if (Failures.unwrap(failure) instanceof org.rolloutplanner.domain.common.FileProblemsException fp) {
                dialogs.showError("The workbook was not imported", "Nothing was imported. Problems found:\n"
                        + String.join("\n", fp.problems().stream().limit(20).map(p -> p.describe()).toList()));
            } else {
                dialogs.showFailure("The workbook could not be imported", failure);
            }
        });
    }

    // ---- plumbing

    private void save(Runnable work) {
        if (readOnly.get()) {
            dialogs.showError("Read-only workspace", "This workspace is open read-only; changes cannot be saved.");
            return;
        }
        runner.run(() -> {
            work.run();
            return Boolean.TRUE;
        }, ok -> reload(), failure -> {
            dialogs.showFailure("The selection round could not be changed", failure);
            reload();
        });
    }

    private <T> void run(Callable<T> work, Consumer<T> then) {
        runner.run(work, then, failure -> dialogs.showFailure("The selection round could not be shown or computed", failure));
    }
}
