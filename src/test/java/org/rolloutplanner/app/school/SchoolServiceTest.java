package org.rolloutplanner.app.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rolloutplanner.app.Transactions;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.domain.school.SchoolRules;

/** The service's rules, against an in-memory repository. */
class SchoolServiceTest {

    /** Schools in a list; enough of a repository for the service's rules. */
    static final class InMemorySchools implements SchoolRepository {
        final List<School> rows = new ArrayList<>();
        long next = 1;

        @Override
        public List<School> ofDistrict(long districtKey) {
            return List.copyOf(rows);
        }

        @Override
        public School insert(long districtKey, School school) {
            School saved = school.key() == 0 ? school.withKey(next++) : school;
            rows.add(saved);
            return saved;
        }

        @Override
        public void insertAll(long districtKey, List<School> schools) {
            schools.forEach(s -> insert(districtKey, s));
        }

        @Override
        public void update(School school) {
            rows.replaceAll(s -> s.key() == school.key() ? school : s);
        }

        @Override
        public void delete(long schoolKey) {
            rows.removeIf(s -> s.key() == schoolKey);
        }

        @Override
        public int countOfDistrict(long districtKey) {
            return rows.size();
        }
    }

    static final Transactions DIRECT = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    private final InMemorySchools repo = new InMemorySchools();
    private final SchoolService service = new SchoolService(repo, DIRECT);

    private static School school(String id, int enrollment) {
        return new School(0, id, "School " + id, SchoolLevel.HIGH, "09", "12", enrollment, null, "", "", null, null);
    }

    @Test
    void aNewBlankSchoolGetsTheFirstUnusedNewId() {
        assertThat(SchoolService.blank(List.of()).id()).isEqualTo("NEW-1");
        assertThat(SchoolService.blank(List.of(school("new-1", 1), school("NEW-2", 1))).id()).isEqualTo("NEW-3");
    }

    @Test
    void aNewBlankSchoolFollowsEveryRule() {
        assertThat(SchoolRules.problem(SchoolService.blank(List.of()))).isEmpty();
    }

    @Test
    void aSchoolBreakingARuleIsNotSaved() {
        assertThatThrownBy(() -> service.add(1, school("A", -1))).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("negative");
        assertThat(repo.rows).isEmpty();
    }

    @Test
    void aDuplicateIdIsNotAddedNorSaved() {
        service.add(1, school("A", 1));
        School b = service.add(1, school("B", 1));
        assertThatThrownBy(() -> service.add(1, school("a", 1))).isInstanceOf(UserFacingException.class);
        School renamed = new School(b.key(), "A", b.name(), b.level(), "", "", 1, null, "", "", null, null);
        assertThatThrownBy(() -> service.save(1, renamed)).isInstanceOf(UserFacingException.class);
        assertThat(repo.rows).extracting(School::id).containsExactly("A", "B");
    }
}
