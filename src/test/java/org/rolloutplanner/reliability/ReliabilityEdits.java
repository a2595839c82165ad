package org.rolloutplanner.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rolloutplanner.app.scenario.SavedScenario;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.domain.district.DistrictType;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.persistence.WorkspaceServices;

/** The edits of the reliability runs: schools, districts and scenarios. Add new kinds to {@link #standard()}. */
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
}
