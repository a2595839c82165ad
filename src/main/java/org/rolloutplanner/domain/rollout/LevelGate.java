package org.rolloutplanner.domain.rollout;

import java.util.Objects;
import org.rolloutplanner.domain.school.SchoolLevel;

/** Schools of a level may not start before a school year ("middle schools in 2017-18"). */
public record LevelGate(SchoolLevel level, SchoolYear notBefore) {

    public LevelGate {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(notBefore, "notBefore");
    }

    public String describe() {
        return level.label() + " schools do not start before " + notBefore.label() + ".";
    }
}
