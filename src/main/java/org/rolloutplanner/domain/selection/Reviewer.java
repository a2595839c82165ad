package org.rolloutplanner.domain.selection;

import java.util.Objects;

/** A member of the selection committee, with a role such as "district staff" or "external partner". */
public record Reviewer(String id, String name, String role) {

    public Reviewer {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name;
        role = role == null ? "" : role;
    }
}
