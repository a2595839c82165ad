package org.rolloutplanner.reliability;

import java.util.Random;
import org.rolloutplanner.persistence.WorkspaceServices;

/**
 * One kind of change a person makes to a workspace, done through the real services. The crash harness, the soak and
 * the disk-full tests pick edits from {@link ReliabilityEdits#standard()}; new kinds of edit (imports, scores) are
 * added there.
 */
public interface ReliabilityEdit {

    String name();

    /** Makes one random change of this kind; returns false when there is nothing to change (e.g. no school yet). */
    boolean apply(WorkspaceServices s, Random r);
}
