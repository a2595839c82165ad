package org.rolloutplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.district.DistrictProfile;

/** A change made of several service calls in one transaction is saved whole or not at all. */
class NestedTransactionIT {

    @TempDir
    Path dir;

    @Test
    void whenTheOuterTransactionFailsTheInnerServiceCallsAreUndoneToo() {
        try (var s = FreshWorkspace.in(dir)) {
            assertThatThrownBy(() -> s.transactions().inTransaction(() -> {
                s.districts().create("Inner", DistrictProfile.EMPTY);
                throw new IllegalStateException("the rest of the change failed");
            })).hasMessageContaining("the rest of the change failed");

            assertThat(s.districts().all()).extracting(District::name).doesNotContain("Inner");
        }
    }

    @Test
    void whenTheOuterTransactionSucceedsEveryInnerCallIsSaved() {
        try (var s = FreshWorkspace.in(dir)) {
            s.transactions().inTransaction(() -> {
                s.districts().create("One", DistrictProfile.EMPTY);
                return s.districts().create("Two", DistrictProfile.EMPTY);
            });
            assertThat(s.districts().all()).extracting(District::name).contains("One", "Two");
        }
    }
}
