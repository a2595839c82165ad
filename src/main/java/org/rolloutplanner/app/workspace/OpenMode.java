package org.rolloutplanner.app.workspace;

/** How a workspace file is opened. */
public enum OpenMode {
    /** The file must exist and be a workspace; it is opened for editing. */
    EXISTING,
    /** A missing file is created as a new, empty workspace (the user asked for it, or it is the default location). */
    CREATE_IF_MISSING,
    /** The file must exist; nothing is ever written to it (no migration, no edits). */
    READ_ONLY
}
