package org.rolloutplanner.ui.scenarios;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;

/**
 * The Gantt of a plan drawn on one canvas: a sticky header of school years, a sticky first column of cohorts (each
 * expandable to its schools), bars coloured by phase, a today line, and under it, on the same time axis, the
 * cumulative coverage of schools and students with the targets. Only the rows in view are drawn, so 700 schools
 * expanded scroll as smoothly as 10 cohorts.
 */
final class TimelineChart extends Region {

    /** How much time a screen holds. */
    enum Zoom {
        YEARS("Years", 5), TERMS("Terms", 14), MONTHS("Months", 40);

        final String label;
        final double pxPerMonth;

        Zoom(String label, double pxPerMonth) {
            this.label = label;
            this.pxPerMonth = pxPerMonth;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static final double HEADER = 44;
    static final double ROW = 24;
    static final double FIRST_COLUMN = 220;
    static final double COVERAGE = 150;
    static final double BAR = 14;

    private static final Color SCHOOLS_LINE = Color.web("#1f6feb");
    private static final Color STUDENTS_LINE = Color.web("#d97706");
    private static final Color MET = Color.web("#1a7f37");
    private static final Color MISSED = Color.web("#cf222e");
    private static final Font FONT = Font.font("System", 12);
    private static final Font BOLD = Font.font("System", FontWeight.BOLD, 12);
    private static final Font SMALL = Font.font("System", 10);

    private final Canvas canvas = new Canvas();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final ObjectProperty<Zoom> zoom = new SimpleObjectProperty<>(Zoom.YEARS);
    private final Set<Integer> expanded = new HashSet<>();
    private final Tooltip tip = new Tooltip();
    private final YearMonth today;

    private Plan plan;
    private Scenario scenario;
    private List<TimelineRows.Row> rows = List.of();
    private YearMonth from = YearMonth.now();
    private YearMonth to = YearMonth.now().plusYears(1);
    private Integer focusedCohort;
    private SchoolYear focusedYear;
    private BiConsumer<Integer, SchoolYear> onFocus = (c, y) -> { };
    private BiConsumer<org.rolloutplanner.domain.school.School, Integer> onPin = (school, cohort) -> { };
    private java.util.function.Consumer<org.rolloutplanner.domain.school.School> onUnpin = school -> { };
    private final javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
    private TimelineRows.Row dragged;
    private TimelineRows.Row dropTarget;
    private double dragX;
    private double dragY;
    /** The cohort whose start is being dragged, where the press was, and the months it has moved so far. */
    private TimelineRows.Row cohortDragged;
    private double cohortPressX;
    private long cohortShift;
    private BiConsumer<Integer, YearMonth> onCohortStart = (cohort, start) -> { };
    private Palette palette = Palette.LIGHT;

    /** Colours of the chart; the canvas does not follow CSS, so the view tells it the theme. */
    record Palette(Color background, Color stripe, Color cohortRow, Color grid, Color text, Color muted, Color header,
            Color focus) {
        static final Palette LIGHT = new Palette(Color.WHITE, Color.web("#f6f8fa"), Color.web("#eef2f7"), Color.web("#d0d7de"),
                Color.web("#1f2328"), Color.web("#656d76"), Color.web("#f0f3f6"), Color.web("#fff4c2"));
        static final Palette DARK = new Palette(Color.web("#0d1117"), Color.web("#131a22"), Color.web("#1b2430"),
                Color.web("#30363d"), Color.web("#e6edf3"), Color.web("#8d96a0"), Color.web("#161b22"), Color.web("#3b3512"));
    }

    TimelineChart(YearMonth today) {
        this.today = today;
        setId("timelineChart");
        getStyleClass().add("timeline-chart");
        vbar.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, hbar, vbar);
        hbar.valueProperty().addListener(o -> draw());
        vbar.valueProperty().addListener(o -> draw());
        zoom.addListener((o, was, now) -> {
            double centre = (hbar.getValue() + timeWidth() / 2) / (was == Zoom.YEARS ? Zoom.YEARS.pxPerMonth : was.pxPerMonth);
            requestLayout();
            layoutChildren();
            hbar.setValue(clamp(centre * now.pxPerMonth - timeWidth() / 2, 0, hbar.getMax()));
            draw();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.setOnContextMenuRequested(e -> {
            TimelineRows.Row row = rowAt(e.getY());
            if (row == null || row.isCohort() || !row.pinned()) {
                return;
            }
            var unpin = new javafx.scene.control.MenuItem("Let the rules place " + row.label() + " (remove the pin)");
            unpin.setOnAction(a -> onUnpin.accept(row.school()));
            menu.getItems().setAll(unpin);
            menu.show(canvas, e.getScreenX(), e.getScreenY());
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragging);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        tip.setShowDelay(Duration.millis(300));
        setMinSize(200, HEADER + COVERAGE + ROW * 3);
        setPrefSize(800, 500);
    }

    // --- inputs

    void show(Plan newPlan, Scenario newScenario) {
        boolean sameShape = plan != null && newPlan != null && plan.cohorts().size() == newPlan.cohorts().size();
        this.plan = newPlan;
        this.scenario = newScenario;
        if (!sameShape) {
            expanded.removeIf(c -> newPlan == null || c > newPlan.cohorts().size());
        }
        if (newPlan != null && newScenario != null) {
            YearMonth[] r = TimelineRows.range(newPlan, newScenario);
            from = r[0];
            to = r[1];
        }
        rebuildRows();
    }

    void focus(Integer cohort, SchoolYear year) {
        this.focusedCohort = cohort;
        this.focusedYear = year;
        if (cohort != null && plan != null) {
            int i = indexOfCohort(cohort);
            if (i >= 0) {
                double y = i * ROW;
                if (y < vbar.getValue() || y > vbar.getValue() + bodyHeight() - ROW) {
                    vbar.setValue(clamp(y - ROW, 0, vbar.getMax()));
                }
            }
        }
        if (year != null && scenario != null) {
            double x = monthsFromStart(scenario.calendar().startOf(year)) * px();
            if (x < hbar.getValue() || x > hbar.getValue() + timeWidth() - 12 * px()) {
                hbar.setValue(clamp(x - 2 * px(), 0, hbar.getMax()));
            }
        }
        draw();
    }

    void setOnFocus(BiConsumer<Integer, SchoolYear> handler) {
        this.onFocus = handler;
    }

    /** Called when a school is dropped on another cohort (it becomes pinned there). */
    void setOnPin(BiConsumer<org.rolloutplanner.domain.school.School, Integer> handler) {
        this.onPin = handler;
    }

    /** Called when a cohort's bar is dropped at another month: the cohort's new start (never before the first month). */
    void setOnCohortStart(BiConsumer<Integer, YearMonth> handler) {
        this.onCohortStart = handler;
    }

    void setOnUnpin(java.util.function.Consumer<org.rolloutplanner.domain.school.School> handler) {
        this.onUnpin = handler;
    }

    void setDark(boolean dark) {
        palette = dark ? Palette.DARK : Palette.LIGHT;
        draw();
    }

    ObjectProperty<Zoom> zoomProperty() {
        return zoom;
    }

    /** Shows or hides the schools of a cohort. */
    void toggle(int cohort) {
        if (!expanded.remove(cohort)) {
            expanded.add(cohort);
        }
        rebuildRows();
    }

    void expandAll(boolean all) {
        expanded.clear();
        if (all && plan != null) {
            plan.cohorts().forEach(c -> expanded.add(c.number()));
        }
        rebuildRows();
    }

    /** True while a school or a cohort's bar is being dragged. */
    boolean dragging() {
        return dragged != null || cohortDragged != null;
    }

    Canvas canvas() {
        return canvas;
    }

    List<TimelineRows.Row> rows() {
        return rows;
    }

    private void rebuildRows() {
        rows = TimelineRows.of(plan, expanded);
        requestLayout();
        layoutChildren(); // sets the scroll bars for the new rows and draws
    }

    private int indexOfCohort(int cohort) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isCohort() && rows.get(i).cohort().number() == cohort) {
                return i;
            }
        }
        return -1;
    }

    // --- geometry

    /** Pixels per month; "Years" fits the whole plan in view when it can (at least 3 pixels a month). */
    private double px() {
        if (zoom.get() == Zoom.YEARS) {
            double fit = timeWidth() / Math.max(12, monthsFromStart(to) + 1);
            return Math.max(3, Math.min(Zoom.YEARS.pxPerMonth * 2, fit));
        }
        return zoom.get().pxPerMonth;
    }

    private double bodyHeight() {
        return Math.max(0, canvas.getHeight() - HEADER - COVERAGE);
    }

    private double timeWidth() {
        return Math.max(0, canvas.getWidth() - FIRST_COLUMN);
    }

    private long monthsFromStart(YearMonth m) {
        return ChronoUnit.MONTHS.between(from, m);
    }

    /** x of the start of a month. */
    private double x(YearMonth m) {
        return FIRST_COLUMN + monthsFromStart(m) * px() - hbar.getValue();
    }

    /** x of the start of a month on the canvas (for tests and the bench). */
    double xOf(YearMonth m) {
        return x(m);
    }

    double pxPerMonth() {
        return px();
    }

    /** The first month a cohort may start: the start of the scenario's first school year. */
    private YearMonth firstMonth() {
        return scenario.calendar().startOf(scenario.calendar().firstYear());
    }

    /** The start the dragged cohort would get if dropped now: snapped to whole months, clamped to the first month. */
    private YearMonth draggedStart() {
        YearMonth start = cohortDragged.cohort().start().plusMonths(cohortShift);
        return start.isBefore(firstMonth()) ? firstMonth() : start;
    }

    /** The right end of a cohort's bar. */
    private double barEnd(Plan.Cohort c) {
        double end = x(c.start()) + px();
        for (Plan.PhaseSpan span : c.phases()) {
            end = Math.max(end, span.end() == null ? x(to.plusMonths(1)) : x(span.end().plusMonths(1)));
        }
        return end;
    }

    private YearMonth monthAt(double x) {
        return from.plusMonths((long) Math.floor((x - FIRST_COLUMN + hbar.getValue()) / px()));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double sb = 12;
        canvas.setWidth(Math.max(0, w - sb));
        canvas.setHeight(Math.max(0, h - sb));
        canvas.relocate(0, 0);
        vbar.resizeRelocate(w - sb, HEADER, sb, Math.max(0, h - sb - HEADER - COVERAGE));
        vbar.setVisible(rows.size() * ROW > bodyHeight());
        hbar.resizeRelocate(FIRST_COLUMN, h - sb, Math.max(0, w - sb - FIRST_COLUMN), sb);
        double content = rows.size() * ROW;
        vbar.setMin(0);
        vbar.setMax(Math.max(0, content - bodyHeight()));
        vbar.setVisibleAmount(Math.max(1, vbar.getMax() * bodyHeight() / Math.max(1, content)));
        vbar.setUnitIncrement(ROW);
        vbar.setBlockIncrement(Math.max(ROW, bodyHeight() - ROW));
        vbar.setValue(clamp(vbar.getValue(), 0, vbar.getMax()));
        double timeline = (monthsFromStart(to) + 1) * px();
        hbar.setMin(0);
        hbar.setMax(Math.max(0, timeline - timeWidth()));
        hbar.setVisibleAmount(Math.max(1, hbar.getMax() * timeWidth() / Math.max(1, timeline)));
        hbar.setUnitIncrement(px() * 3);
        hbar.setBlockIncrement(Math.max(px(), timeWidth() - px() * 6));
        hbar.setValue(clamp(hbar.getValue(), 0, hbar.getMax()));
        draw();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    // --- drawing

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        Palette p = palette;
        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        if (plan == null || scenario == null) {
            g.setFill(p.muted());
            g.setFont(FONT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("Choose or make a scenario to see its timeline.", w / 2, h / 2);
            return;
        }
        double bodyTop = HEADER;
        double bodyBottom = HEADER + bodyHeight();
        drawBody(g, p, w, bodyTop, bodyBottom);
        drawCoverage(g, p, w, bodyBottom, h);
        drawTimeGrid(g, p, w, h);
        drawHeader(g, p, w);
        drawFirstColumn(g, p, bodyTop, bodyBottom, h);
        if (dragged != null) {
            drawDrag(g, p);
        }
        if (cohortDragged != null) {
            drawCohortDrag(g, p);
        }
    }

    private void drawCohortDrag(GraphicsContext g, Palette p) {
        String text = "Cohort " + cohortDragged.cohort().number() + " starts " + RolloutCalendar.monthLabel(draggedStart());
        g.setFont(BOLD);
        double w = text.length() * 7.2 + 16;
        double x = Math.min(dragX + 12, Math.max(0, canvas.getWidth() - w - 4));
        g.setFill(p.header().deriveColor(0, 1, 1, 0.95));
        g.fillRoundRect(x, dragY - 10, w, 22, 6, 6);
        g.setStroke(SCHOOLS_LINE);
        g.strokeRoundRect(x, dragY - 10, w, 22, 6, 6);
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + 8, dragY + 1);
    }

    private void drawDrag(GraphicsContext g, Palette p) {
        boolean moves = dropTarget != null && dropTarget.cohort().number() != dragged.cohort().number();
        String text = dragged.label() + (moves ? " → cohort " + dropTarget.cohort().number() : "");
        g.setFont(BOLD);
        double w = Math.min(360, text.length() * 7.2 + 16);
        g.setFill(p.header().deriveColor(0, 1, 1, 0.95));
        g.fillRoundRect(dragX + 12, dragY - 10, w, 22, 6, 6);
        g.setStroke(moves ? SCHOOLS_LINE : p.grid());
        g.strokeRoundRect(dragX + 12, dragY - 10, w, 22, 6, 6);
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, dragX + 20, dragY + 1);
    }

    private void drawBody(GraphicsContext g, Palette p, double w, double top, double bottom) {
        g.save();
        g.beginPath();
        g.rect(0, top, w, bottom - top);
        g.clip();
        int first = (int) Math.floor(vbar.getValue() / ROW);
        int last = Math.min(rows.size() - 1, (int) Math.ceil((vbar.getValue() + bottom - top) / ROW));
        for (int i = Math.max(0, first); i <= last; i++) {
            TimelineRows.Row row = rows.get(i);
            double y = top + i * ROW - vbar.getValue();
            boolean focused = focusedCohort != null && row.cohort().number() == focusedCohort;
            g.setFill(focused ? p.focus() : row.isCohort() ? p.cohortRow() : (i % 2 == 0 ? p.background() : p.stripe()));
            g.fillRect(0, y, w, ROW);
            if (dropTarget != null && dragged != null && row.cohort().number() == dropTarget.cohort().number()) {
                g.setFill(SCHOOLS_LINE.deriveColor(0, 1, 1, 0.12));
                g.fillRect(0, y, w, ROW);
            }
            if (focusedYear != null) {
                double fx = x(scenario.calendar().startOf(focusedYear));
                g.setFill(p.focus().deriveColor(0, 1, 1, 0.6));
                g.fillRect(fx, y, 12 * px(), ROW);
            }
            double barH = row.isCohort() ? BAR : BAR - 4;
            double by = y + (ROW - barH) / 2;
            double shift = cohortDragged != null && row.cohort().number() == cohortDragged.cohort().number()
                    ? (ChronoUnit.MONTHS.between(row.cohort().start(), draggedStart())) * px() : 0;
            for (Plan.PhaseSpan span : row.cohort().phases()) {
                double x1 = Math.max(FIRST_COLUMN, x(span.start()) + shift);
                double x2 = span.end() == null ? x(to.plusMonths(1)) : x(span.end().plusMonths(1)) + shift;
                if (x2 <= FIRST_COLUMN || x1 >= w) {
                    continue;
                }
                Color c = colour(span.colour());
                g.setFill(row.isCohort() ? c : c.deriveColor(0, 0.85, 1.08, 0.8));
                g.fillRoundRect(x1 + 0.5, by, Math.max(1, x2 - x1 - 1), barH, 4, 4);
                if (span.end() == null) {
                    // an open-ended phase fades out to the right edge
                    g.setFill(p.background().deriveColor(0, 1, 1, 0.45));
                    g.fillRect(Math.max(x1, x2 - 3 * px()), by, Math.min(3 * px(), x2 - x1), barH);
                }
                if (row.isCohort() && x2 - x1 - 8 > span.name().length() * 5.6) {
                    g.setFill(Color.WHITE);
                    g.setFont(SMALL);
                    g.setTextAlign(TextAlignment.LEFT);
                    g.setTextBaseline(VPos.CENTER);
                    g.fillText(span.name(), x1 + 5, by + barH / 2);
                }
            }
        }
        g.restore();
    }

    /** Phase colours, parsed once ("#4C78A8" → Color), not for every bar of every frame. */
    private final java.util.Map<String, Color> colours = new java.util.HashMap<>();

    private Color colour(String web) {
        return colours.computeIfAbsent(web, Color::web);
    }

    private void drawTimeGrid(GraphicsContext g, Palette p, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(FIRST_COLUMN, HEADER, w - FIRST_COLUMN, h - HEADER);
        g.clip();
        var cal = scenario.calendar();
        for (SchoolYear y = cal.yearOf(from); !cal.startOf(y).isAfter(to); y = y.plus(1)) {
            double x = x(cal.startOf(y));
            g.setStroke(p.grid());
            g.setLineWidth(1);
            g.strokeLine(Math.round(x) + 0.5, HEADER, Math.round(x) + 0.5, h);
        }
        // today
        LocalDate now = today.atDay(Math.min(15, today.lengthOfMonth()));
        double tx = x(today) + px() * (now.getDayOfMonth() - 1) / today.lengthOfMonth();
        if (tx > FIRST_COLUMN && tx < w) {
            g.setStroke(MISSED);
            g.setLineWidth(1.5);
            g.setLineDashes(4, 3);
            g.strokeLine(tx, HEADER, tx, h);
            g.setLineDashes();
        }
        g.restore();
    }

    private void drawHeader(GraphicsContext g, Palette p, double w) {
        g.setFill(p.header());
        g.fillRect(0, 0, w, HEADER);
        g.setStroke(p.grid());
        g.setLineWidth(1);
        g.strokeLine(0, HEADER - 0.5, w, HEADER - 0.5);
        g.save();
        g.beginPath();
        g.rect(FIRST_COLUMN, 0, w - FIRST_COLUMN, HEADER);
        g.clip();
        var cal = scenario.calendar();
        g.setTextBaseline(VPos.CENTER);
        for (SchoolYear y = cal.yearOf(from); !cal.startOf(y).isAfter(to); y = y.plus(1)) {
            YearMonth start = cal.startOf(y);
            double x = x(start);
            double yw = 12 * px();
            if (x + yw < FIRST_COLUMN || x > w) {
                continue;
            }
            boolean thin = yw < 52;
            g.setStroke(p.grid());
            // when years are narrow, labels span two years and the line between them stops under the label
            g.strokeLine(Math.round(x) + 0.5, thin && Math.floorMod(y.startYear(), 2) == 1 ? 24 : 0, Math.round(x) + 0.5, HEADER);
            if (thin && Math.floorMod(y.startYear(), 2) == 1) {
                continue;
            }
            g.setFill(p.text());
            g.setFont(BOLD);
            g.setTextAlign(TextAlignment.CENTER);
            double span = thin ? 2 * yw : yw;
            double labelX = clamp(x + span / 2, FIRST_COLUMN + 30, Math.max(FIRST_COLUMN + 30, x + span - 30));
            g.fillText(y.label(), labelX, 13, span - 4);
            g.setFont(SMALL);
            g.setFill(p.muted());
            switch (zoom.get()) {
                case YEARS -> g.fillText(start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                        + start.getYear(), labelX, 32, span - 4);
                case TERMS -> {
                    g.fillText("Fall", x + 2.5 * px(), 32);
                    g.fillText("Spring", x + 8.5 * px(), 32);
                    g.setStroke(p.grid());
                    g.strokeLine(x + 5 * px(), 24, x + 5 * px(), HEADER);
                }
                case MONTHS -> {
                    for (int m = 0; m < 12; m++) {
                        YearMonth ym = start.plusMonths(m);
                        g.fillText(ym.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), x + (m + 0.5) * px(), 32);
                        if (m > 0) {
                            g.setStroke(p.grid());
                            g.strokeLine(x + m * px(), 26, x + m * px(), HEADER);
                        }
                    }
                }
            }
        }
        g.restore();
        g.setFill(p.header());
        g.fillRect(0, 0, FIRST_COLUMN, HEADER);
        g.setFill(p.muted());
        g.setFont(BOLD);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("Cohort / school", 10, HEADER / 2);
    }

    private void drawFirstColumn(GraphicsContext g, Palette p, double top, double bottom, double h) {
        g.save();
        g.beginPath();
        g.rect(0, top, FIRST_COLUMN, bottom - top);
        g.clip();
        int first = (int) Math.floor(vbar.getValue() / ROW);
        int last = Math.min(rows.size() - 1, (int) Math.ceil((vbar.getValue() + bottom - top) / ROW));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int i = Math.max(0, first); i <= last; i++) {
            TimelineRows.Row row = rows.get(i);
            double y = top + i * ROW - vbar.getValue();
            boolean focused = focusedCohort != null && row.cohort().number() == focusedCohort;
            g.setFill(focused ? p.focus() : row.isCohort() ? p.cohortRow() : (i % 2 == 0 ? p.background() : p.stripe()));
            g.fillRect(0, y, FIRST_COLUMN, ROW);
            g.setFill(p.text());
            if (row.isCohort()) {
                g.setFont(BOLD);
                g.fillText(expanded.contains(row.cohort().number()) ? "▾" : "▸", 8, y + ROW / 2);
                g.fillText(row.label(), 22, y + ROW / 2, FIRST_COLUMN - 28);
            } else {
                g.setFont(FONT);
                String label = row.pinned() ? row.label() + "  (pinned)" : row.label();
                g.fillText(label, 30, y + ROW / 2, FIRST_COLUMN - 36);
            }
        }
        g.restore();
        g.setStroke(p.grid());
        g.setLineWidth(1);
        g.strokeLine(FIRST_COLUMN - 0.5, 0, FIRST_COLUMN - 0.5, h);
        if (rows.isEmpty()) {
            g.setFill(p.muted());
            g.setFont(FONT);
            g.fillText("No cohorts.", 10, top + ROW / 2);
        }
    }

    private void drawCoverage(GraphicsContext g, Palette p, double w, double top, double h) {
        g.setFill(p.background());
        g.fillRect(0, top, w, h - top);
        g.setStroke(p.grid());
        g.setLineWidth(1);
        g.strokeLine(0, top + 0.5, w, top + 0.5);
        double chartTop = top + 14;
        double chartBottom = h - 10;
        double ch = chartBottom - chartTop;
        // y grid
        g.setFont(SMALL);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = chartBottom - ch * pct / 100.0;
            g.setStroke(p.grid().deriveColor(0, 1, 1, 0.6));
            g.strokeLine(FIRST_COLUMN, y, w, y);
            g.setFill(p.muted());
            g.fillText(pct + "%", FIRST_COLUMN - 6, y);
        }
        // legend
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(BOLD);
        g.setFill(p.text());
        g.fillText("Coverage (started)", 10, top + 16);
        g.setFont(FONT);
        legend(g, SCHOOLS_LINE, "% of schools", top + 38);
        legend(g, STUDENTS_LINE, "% of students", top + 56);
        g.setFill(MET);
        diamond(g, 16, top + 76, 5);
        g.setFill(p.text());
        g.fillText("target met", 28, top + 76);
        g.setFill(MISSED);
        diamond(g, 16, top + 94, 5);
        g.setFill(p.text());
        g.fillText("target missed", 28, top + 94);

        g.save();
        g.beginPath();
        g.rect(FIRST_COLUMN, top, w - FIRST_COLUMN, h - top);
        g.clip();
        var cal = scenario.calendar();
        if (focusedYear != null) {
            g.setFill(p.focus().deriveColor(0, 1, 1, 0.6));
            g.fillRect(x(cal.startOf(focusedYear)), top + 1, 12 * px(), h - top);
        }
        strokeSteps(g, SCHOOLS_LINE, chartBottom, ch, cal, true);
        strokeSteps(g, STUDENTS_LINE, chartBottom, ch, cal, false);
        for (Plan.TargetResult t : plan.targets()) {
            double x = x(t.deadline()) + px() / 2;
            double y = chartBottom - ch * t.target().percent() / 100.0;
            g.setFill(t.met() ? MET : MISSED);
            diamond(g, x, y, 6);
            g.setFont(SMALL);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(org.rolloutplanner.domain.school.SchoolField.formatNumber(t.target().percent()) + "% "
                    + t.target().measure().label(), x + 8, y + (t.target().percent() > 90 ? 8 : -8));
        }
        g.restore();
    }

    private void strokeSteps(GraphicsContext g, Color colour, double bottom, double ch, org.rolloutplanner.domain.rollout.RolloutCalendar cal,
            boolean schools) {
        g.setStroke(colour);
        g.setLineWidth(2);
        g.beginPath();
        double prev = 0;
        g.moveTo(x(from), bottom);
        for (Plan.YearSummary y : plan.years()) {
            double value = schools ? y.started().schoolsPercent() : y.started().studentsPercent();
            double x = x(cal.startOf(y.schoolYear()));
            g.lineTo(x, bottom - ch * prev / 100.0);
            g.lineTo(x, bottom - ch * value / 100.0);
            prev = value;
        }
        g.lineTo(x(to.plusMonths(1)), bottom - ch * prev / 100.0);
        g.stroke();
    }

    private static void legend(GraphicsContext g, Color c, String text, double y) {
        g.setStroke(c);
        g.setLineWidth(2.5);
        g.strokeLine(10, y, 24, y);
        g.fillText(text, 28, y);
    }

    private static void diamond(GraphicsContext g, double x, double y, double r) {
        g.fillPolygon(new double[] {x, x + r, x, x - r}, new double[] {y - r, y, y + r, y}, 4);
    }

    // --- mouse

    private TimelineRows.Row rowAt(double y) {
        if (y < HEADER || y > HEADER + bodyHeight()) {
            return null;
        }
        int i = (int) Math.floor((y - HEADER + vbar.getValue()) / ROW);
        return i >= 0 && i < rows.size() ? rows.get(i) : null;
    }

    private void pressed(MouseEvent e) {
        TimelineRows.Row row = rowAt(e.getY());
        dragged = row != null && !row.isCohort() && e.isPrimaryButtonDown() ? row : null;
        dropTarget = null;
        cohortDragged = row != null && row.isCohort() && e.isPrimaryButtonDown() && scenario != null
                && e.getX() >= FIRST_COLUMN && e.getX() >= x(row.cohort().start()) - 2 && e.getX() <= barEnd(row.cohort()) + 2
                ? row : null;
        cohortPressX = e.getX();
        cohortShift = 0;
    }

    private void dragging(MouseEvent e) {
        if (cohortDragged != null) {
            dragX = e.getX();
            dragY = e.getY();
            cohortShift = Math.round((e.getX() - cohortPressX) / px());
            draw();
            return;
        }
        if (dragged == null) {
            return;
        }
        dragX = e.getX();
        dragY = e.getY();
        dropTarget = rowAt(e.getY());
        // scroll when dragging near the top or bottom edge
        if (e.getY() < HEADER + ROW) {
            vbar.setValue(clamp(vbar.getValue() - ROW / 2, 0, vbar.getMax()));
        } else if (e.getY() > HEADER + bodyHeight() - ROW) {
            vbar.setValue(clamp(vbar.getValue() + ROW / 2, 0, vbar.getMax()));
        }
        draw();
    }

    private void released(MouseEvent e) {
        if (cohortDragged != null) {
            YearMonth start = draggedStart();
            int cohort = cohortDragged.cohort().number();
            boolean moved = !e.isStillSincePress() && !start.equals(cohortDragged.cohort().start());
            cohortDragged = null;
            cohortShift = 0;
            draw();
            if (moved) {
                onCohortStart.accept(cohort, start);
            }
            return;
        }
        TimelineRows.Row from = dragged;
        TimelineRows.Row to = dropTarget;
        dragged = null;
        dropTarget = null;
        if (from != null && to != null && !e.isStillSincePress() && to.cohort().number() != from.cohort().number()) {
            onPin.accept(from.school(), to.cohort().number());
        }
        draw();
    }

    private void clicked(MouseEvent e) {
        if (!e.isStillSincePress()) {
            return;
        }
        TimelineRows.Row row = rowAt(e.getY());
        if (row == null) {
            return;
        }
        if (e.getX() < FIRST_COLUMN && row.isCohort()) {
            toggle(row.cohort().number());
            return;
        }
        SchoolYear year = e.getX() >= FIRST_COLUMN && scenario != null
                ? scenario.calendar().yearOf(monthAt(e.getX())) : null;
        focusedCohort = row.cohort().number();
        focusedYear = year;
        draw();
        onFocus.accept(focusedCohort, year);
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            hbar.setValue(clamp(hbar.getValue() - d, 0, hbar.getMax()));
        } else {
            vbar.setValue(clamp(vbar.getValue() - e.getDeltaY(), 0, vbar.getMax()));
        }
        e.consume();
    }

    private void hovered(MouseEvent e) {
        TimelineRows.Row row = rowAt(e.getY());
        if (row == null) {
            Tooltip.uninstall(canvas, tip);
            return;
        }
        var sb = new StringBuilder(row.isCohort() ? row.label() + " (click the name to show its schools)"
                : row.label() + " (" + row.school().level().label() + ", "
                + row.school().enrollment() + " students)" + (row.pinned() ? " — pinned to cohort " + row.cohort().number()
                        : "\nDrag it to another cohort to pin it there."));
        for (Plan.PhaseSpan span : row.cohort().phases()) {
            sb.append('\n').append(span.name()).append(": ").append(RolloutCalendar.monthLabel(span.start())).append(" – ")
                    .append(span.end() == null ? "open-ended" : RolloutCalendar.monthLabel(span.end()));
        }
        tip.setText(sb.toString());
        Tooltip.install(canvas, tip);
    }
}
