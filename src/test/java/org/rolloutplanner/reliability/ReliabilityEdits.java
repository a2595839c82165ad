package org.rolloutplanner.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.app.importing.ImportRequest;
import org.rolloutplanner.app.importing.ImportService;
import org.rolloutplanner.app.scenario.SavedScenario;
import org.rolloutplanner.domain.common.FileProblemsException;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.domain.district.DistrictType;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.domain.selection.Conflict;
import org.rolloutplanner.domain.selection.Criterion;
import org.rolloutplanner.domain.selection.Reviewer;
import org.rolloutplanner.domain.selection.RoundApplicant;
import org.rolloutplanner.domain.selection.RoundContents;
import org.rolloutplanner.domain.selection.SelectionRound;
import org.rolloutplanner.io.importing.CcdImporter;
import org.rolloutplanner.io.importing.ImportBatch;
import org.rolloutplanner.io.importing.ImportProgress;
import org.rolloutplanner.io.importing.SchoolFileImporter.FileSettings;
import org.rolloutplanner.persistence.WorkspaceServices;

/**
 * The edits of the reliability runs: schools, districts, scenarios, school-roster imports and reviewer scores. Add new
 * kinds to {@link #standard()}.
 */
public final class ReliabilityEdits {

    private ReliabilityEdits() {
    }

    public static List<ReliabilityEdit> standard() {
        List<ReliabilityEdit> all = new ArrayList<>();
        all.add(edit("add a school", ReliabilityEdits::addSchool));
        all.add(edit("add a school", ReliabilityEdits::addSchool));
        all.add(edit("change a school", ReliabilityEdits::changeSchool));
        all.add(edit("move a school to another region", ReliabilityEdits::moveSchool));
        all.add(edit("delete a school", ReliabilityEdits::deleteSchool));
        all.add(edit("add a district", ReliabilityEdits::addDistrict));
        all.add(edit("rename a district", ReliabilityEdits::renameDistrict));
        all.add(edit("change a district profile", ReliabilityEdits::changeProfile));
        all.add(edit("add a scenario", ReliabilityEdits::addScenario));
        all.add(edit("pin a school in a scenario", ReliabilityEdits::pinSchool));
        all.add(edit("rename a scenario", ReliabilityEdits::renameScenario));
        all.add(edit("delete a scenario", ReliabilityEdits::deleteScenario));
        all.add(edit("import schools", ReliabilityEdits::importSchools));
        all.add(edit("score an applicant", ReliabilityEdits::scoreAnApplicant));
        return all;
    }

    interface Body {
        boolean apply(WorkspaceServices s, Random r);
    }

    static ReliabilityEdit edit(String name, Body body) {
        return new ReliabilityEdit() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean apply(WorkspaceServices s, Random r) {
                return body.apply(s, r);
            }
        };
    }

    private static District anyDistrict(WorkspaceServices s, Random r) {
        List<District> all = s.districts().all();
        if (all.isEmpty()) {
            return s.districts().create("District " + Long.toHexString(r.nextLong()), DistrictProfile.EMPTY);
        }
        return all.get(r.nextInt(all.size()));
    }

    static boolean addSchool(WorkspaceServices s, Random r) {
        District d = anyDistrict(s, r);
        if (s.schools().ofDistrict(d.key()).size() >= 120) {
            return deleteSchool(s, r);
        }
        String id = String.format("%012d", Math.abs(r.nextLong() % 1_000_000_000_000L));
        SchoolLevel level = SchoolLevel.values()[r.nextInt(SchoolLevel.values().length)];
        s.schools().add(d.key(), new School(0, id, "School " + id.substring(6), level, "", "", r.nextInt(3000),
                r.nextBoolean() ? null : (double) r.nextInt(101), "Region " + r.nextInt(5), "", null, null));
        return true;
    }

    private static School anySchool(WorkspaceServices s, Random r, District d) {
        List<School> all = s.schools().ofDistrict(d.key());
        return all.isEmpty() ? null : all.get(r.nextInt(all.size()));
    }

    static boolean changeSchool(WorkspaceServices s, Random r) {
        District d = anyDistrict(s, r);
        School x = anySchool(s, r, d);
        if (x == null) {
            return false;
        }
        s.schools().save(d.key(), new School(x.key(), x.id(), x.name(), x.level(), x.gradeLow(), x.gradeHigh(),
                r.nextInt(3000), (double) r.nextInt(101), x.region(), x.feeder(), (double) r.nextInt(101),
                (double) r.nextInt(200)));
        return true;
    }

    static boolean moveSchool(WorkspaceServices s, Random r) {
        District d = anyDistrict(s, r);
        School x = anySchool(s, r, d);
        if (x == null) {
            return false;
        }
        s.schools().save(d.key(), new School(x.key(), x.id(), x.name(), x.level(), x.gradeLow(), x.gradeHigh(),
                x.enrollment(), x.frlPercent(), "Region " + r.nextInt(5), "Feeder " + r.nextInt(5), x.readiness(),
                x.teachers()));
        return true;
    }

    static boolean deleteSchool(WorkspaceServices s, Random r) {
        District d = anyDistrict(s, r);
        School x = anySchool(s, r, d);
        if (x == null) {
            return false;
        }
        s.schools().delete(x);
        return true;
    }

    static boolean addDistrict(WorkspaceServices s, Random r) {
        List<District> all = s.districts().all();
        if (all.size() >= 4) {
            s.districts().delete(all.get(r.nextInt(all.size())));
            return true;
        }
        s.districts().create("District " + Long.toHexString(r.nextLong()), DistrictProfile.EMPTY);
        return true;
    }

    static boolean renameDistrict(WorkspaceServices s, Random r) {
        District d = anyDistrict(s, r);
        s.districts().rename(d, "District " + Long.toHexString(r.nextLong()));
        return true;
    }

    static boolean changeProfile(WorkspaceServices s, Random r) {
        District d = anyDistrict(s, r);
        s.districts().updateProfile(d, new DistrictProfile(DistrictType.values()[r.nextInt(DistrictType.values().length)],
                "AL", String.valueOf(r.nextInt(90_000)), String.valueOf(r.nextInt(5000)), r.nextInt(100) + "%",
                r.nextInt(100) + "%", "$" + r.nextInt(20_000)));
        return true;
    }

    private static SavedScenario anyScenario(WorkspaceServices s, Random r, District d) {
        List<SavedScenario> all = s.scenarios().ofDistrict(d.key());
        return all.isEmpty() ? null : all.get(r.nextInt(all.size()));
    }

    static boolean addScenario(WorkspaceServices s, Random r) {
        District d = anyDistrict(s, r);
        if (s.scenarios().ofDistrict(d.key()).size() >= 5) {
            return deleteScenario(s, r);
        }
        s.scenarios().create(d.key(), "Plan " + Long.toHexString(r.nextLong()), s.scenarios().starter());
        return true;
    }

    static boolean pinSchool(WorkspaceServices s, Random r) {
        District d = anyDistrict(s, r);
        SavedScenario sc = anyScenario(s, r, d);
        School x = anySchool(s, r, d);
        if (sc == null || x == null) {
            return false;
        }
        s.scenarios().update(sc, sc.scenario().toBuilder().pin(x.id(), 1 + r.nextInt(4)).build());
        return true;
    }

    static boolean renameScenario(WorkspaceServices s, Random r) {
        District d = anyDistrict(s, r);
        SavedScenario sc = anyScenario(s, r, d);
        if (sc == null) {
            return false;
        }
        s.scenarios().rename(sc, "Plan " + Long.toHexString(r.nextLong()));
        return true;
    }

    static boolean deleteScenario(WorkspaceServices s, Random r) {
        District d = anyDistrict(s, r);
        SavedScenario sc = anyScenario(s, r, d);
        if (sc == null) {
            return false;
        }
        s.scenarios().delete(sc);
        return true;
    }

    /**
     * Imports a small roster (CSV) into a district through the real import: schools from a fixed set of ids, so a
     * later import changes rows already imported (enrolment, region, the principal attribute) and adds others.
     */
    static boolean importSchools(WorkspaceServices s, Random r) {
        District d = anyDistrict(s, r);
        StringBuilder csv = new StringBuilder("id,name,level,enrollment,region,Principal\n");
        String[] levels = {"elementary", "middle", "high"};
        List<Integer> ids = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
        java.util.Collections.shuffle(ids, r);
        for (int n : ids.subList(0, 1 + r.nextInt(4))) {
            csv.append(String.format("IMP%03d,Imported School %d,%s,%d,Region %d,Principal %d%n", n, n,
                    levels[n % 3], 100 + r.nextInt(1500), r.nextInt(5), r.nextInt(20)));
        }
        Path f = null;
        try {
            f = Files.createTempFile("reliability-roster", ".csv");
            Files.writeString(f, csv, StandardCharsets.UTF_8);
            ImportBatch batch = ImportService.read(new ImportRequest(List.of(FileSettings.guessed(f)),
                    ImportRequest.Mode.TABLE, CcdImporter.Filter.none(), d.name()), ImportProgress.NONE);
            s.imports().apply(d.name(), false, batch, false);
            return true;
        } catch (FileProblemsException e) {
            throw new UserFacingException("the roster has problems: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (f != null) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }

    /**
     * Sets (or replaces) one reviewer's score of one applicant on one criterion through the real selection service,
     * in a round of the district (the sample's, or one made here with a few applicants when there is none).
     */
    static boolean scoreAnApplicant(WorkspaceServices s, Random r) {
        District d = anyDistrict(s, r);
        List<SelectionRound> rounds = s.selection().ofDistrict(d.key());
        SelectionRound round;
        if (rounds.isEmpty()) {
            List<School> roster = s.selection().roster(d.key());
            if (roster.isEmpty()) {
                return false;
            }
            round = s.selection().create(d.key(), "Round " + Long.toHexString(r.nextLong()), 2, null);
            s.selection().saveApplicants(round.key(), roster.subList(0, Math.min(4, roster.size())).stream()
                    .map(x -> RoundApplicant.applied(x.key(), x.id())).toList());
            s.selection().saveCriteria(round.key(), List.of(Criterion.preferred("ready", "Readiness", 1, 1, 4)));
            s.selection().saveReviewers(round.key(), List.of(new Reviewer("ana", "Ana Berg", "")));
        } else {
            round = rounds.get(r.nextInt(rounds.size()));
        }
        RoundContents c = s.selection().load(round.key());
        List<Criterion> scored = c.criteria().stream().filter(Criterion::answeredByReviewers).toList();
        if (c.applicants().isEmpty() || c.reviewers().isEmpty() || scored.isEmpty()) {
            return false;
        }
        Reviewer reviewer = c.reviewers().get(r.nextInt(c.reviewers().size()));
        RoundApplicant applicant = c.applicants().get(r.nextInt(c.applicants().size()));
        if (c.conflicts().contains(new Conflict(reviewer.id(), applicant.schoolId()))) {
            return false;
        }
        Criterion criterion = scored.get(r.nextInt(scored.size()));
        double score = criterion.essential() ? r.nextInt(2) : criterion.min() + r.nextInt(criterion.max() - criterion.min() + 1);
        s.selection().setScore(round.key(), reviewer.id(), applicant.schoolId(), criterion.id(), score, "");
        return true;
    }
}
