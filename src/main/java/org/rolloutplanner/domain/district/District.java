package org.rolloutplanner.domain.district;

import java.util.Objects;
import java.util.Optional;

/**
 * A district (or consortium of districts) rolling out an initiative.
 *
 * @param key     the workspace's own number for the district (0 when not saved yet)
 * @param name    the district's name, unique within a workspace
 * @param profile type, state and snapshot figures
 */
public record District(long key, String name, DistrictProfile profile) {

    public static final int MAX_NAME_LENGTH = 200;

    public District {
        Objects.requireNonNull(name, "name");
        profile = profile == null ? DistrictProfile.EMPTY : profile;
    }

    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("The district name is empty. Every district needs a name.");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            return Optional.of("The district name is longer than " + MAX_NAME_LENGTH + " characters.");
        }
        return Optional.empty();
    }
}
