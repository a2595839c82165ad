package org.rolloutplanner.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolField;
import org.rolloutplanner.persistence.WorkspaceContent;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;
import org.rolloutplanner.ui.common.FakeDialogService;
import org.rolloutplanner.ui.common.SynchronousTaskRunner;
import org.rolloutplanner.ui.common.UndoManager;
import org.rolloutplanner.ui.schools.SchoolsViewModel;

/**
 * Random sequences of school edits through the real {@link SchoolsViewModel} and {@link UndoManager} on a real
 * workspace (headless: synchronous task runner, fake dialogs), with undo and redo interleaved. After each sequence,
 * undoing everything must give back the exact starting workspace (every row of every table) and redoing everything
 * the exact state the sequence ended in. Full run: {@code java -cp … org.rolloutplanner.reliability.UndoRedoProperty
 * 10000}.
 */
public final class UndoRedoProperty {

    /** What a run found. */
    public record Result(int sequences, long steps, int mismatches, List<String> failures) {
        public String describe() {
            return String.format("undo/redo: %d random sequences (%d steps), %d mismatches", sequences, steps,
                    mismatches);
        }
    }

    private static final SchoolField[] FIELDS = {SchoolField.NAME, SchoolField.ENROLLMENT, SchoolField.FRL_PERCENT,
        SchoolField.REGION, SchoolField.READINESS, SchoolField.FEEDER, SchoolField.TEACHERS, SchoolField.LEVEL,
        SchoolField.ID};

    private UndoRedoProperty() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Result r = run(Files.createTempDirectory("rollout-planner-undo"), n, seed);
        System.out.println(r.describe() + " (seed " + seed + ")");
        r.failures().forEach(f -> System.out.println("  " + f));
        System.exit(r.mismatches() == 0 ? 0 : 1);
    }

    public static Result run(Path dir, int sequences, long seed) {
        Random random = new Random(seed);
        int mismatches = 0;
        long steps = 0;
        List<String> failures = new ArrayList<>();
        try (var s = WorkspaceServices.of(new WorkspaceOpener().open(dir.resolve("undo.mv.db"),
                OpenMode.CREATE_IF_MISSING))) {
            District d = SampleDistrict.create(s.districts());
            // a scenario with pinned and left-out schools: deleting one of them and undoing must bring those back too
            var roster = s.schools().ofDistrict(d.key());
            var builder = s.scenarios().starter().toBuilder();
            for (int i = 0; i < roster.size(); i += 5) {
                builder = i % 10 == 0 ? builder.pin(roster.get(i).id(), 1 + i % 3) : builder.exclude(roster.get(i).id());
            }
            s.scenarios().create(d.key(), "Plan A", builder.build());
            var dialogs = new FakeDialogService();
            for (int q = 0; q < sequences; q++) {
                var undo = new UndoManager();
                var vm = new SchoolsViewModel(new SynchronousTaskRunner(), dialogs, undo);
                vm.show(s.schools(), d, false);
                String start = WorkspaceContent.ofPlan(s.workspace()).digest();
                int length = 1 + random.nextInt(25);
                List<String> trace = new ArrayList<>();
                for (int k = 0; k < length; k++) {
                    steps++;
                    int what = random.nextInt(10);
                    List<School> all = List.copyOf(vm.allSchools());
                    School x = all.isEmpty() ? null : all.get(random.nextInt(all.size()));
                    if (what < 4 && x != null) {
                        SchoolField f = FIELDS[random.nextInt(FIELDS.length)];
                        String text = valueFor(f, random);
                        vm.edit(x, f, text);
                        trace.add("edit " + x.id() + " " + f + "=" + text);
                    } else if (what < 5) {
                        vm.addSchool();
                        trace.add("add");
                    } else if (what < 6 && x != null) {
                        vm.selectedProperty().set(x);
                        vm.deleteSelected();
                        trace.add("delete " + x.id());
                    } else if (what < 8) {
                        undo.undo();
                        trace.add("undo");
                    } else {
                        undo.redo();
                        trace.add("redo");
                    }
                }
                // "everything done": the sequence's edits with any pending redo applied
                while (undo.canRedoProperty().get()) {
                    undo.redo();
                }
                String end = WorkspaceContent.ofPlan(s.workspace()).digest();
                int undone = 0;
                while (undo.canUndoProperty().get()) {
                    undo.undo();
                    undone++;
                }
                String afterUndo = WorkspaceContent.ofPlan(s.workspace()).digest();
                while (undo.canRedoProperty().get()) {
                    undo.redo();
                }
                String afterRedo = WorkspaceContent.ofPlan(s.workspace()).digest();
                if (!afterUndo.equals(start) || !afterRedo.equals(end)) {
                    mismatches++;
                    if (failures.size() < 5) {
                        failures.add("sequence " + q + (afterUndo.equals(start) ? "" : ": undoing all " + undone
                                + " edits did not restore the start") + (afterRedo.equals(end) ? ""
                                : ": redoing all did not restore the end") + " " + trace);
                    }
                }
            }
        }
        return new Result(sequences, steps, mismatches, failures);
    }

    private static String valueFor(SchoolField f, Random r) {
        return switch (f) {
            case NAME -> "School " + r.nextInt(1000);
            case ENROLLMENT -> String.valueOf(r.nextInt(3000));
            case FRL_PERCENT, READINESS -> String.valueOf(r.nextInt(120)); // some out of range: refused, not saved
            case REGION -> "Region " + r.nextInt(4);
            case FEEDER -> r.nextBoolean() ? "" : "Feeder " + r.nextInt(4);
            case TEACHERS -> String.valueOf(r.nextInt(150));
            case LEVEL -> List.of("elementary", "middle", "high", "K-8").get(r.nextInt(4));
            case ID -> String.format("%012d", r.nextInt(60)); // sometimes a duplicate: refused
            default -> "";
        };
    }
}
