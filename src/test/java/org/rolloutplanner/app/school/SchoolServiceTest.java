package org.rolloutplanner.app.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.domain.school.SchoolRules;

/** The service's rules, against an in-memory repository. */
class SchoolServiceTest {

    private final InMemorySchools repo = new InMemorySchools();
    private final SchoolService service = new SchoolService(repo, repo);

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
