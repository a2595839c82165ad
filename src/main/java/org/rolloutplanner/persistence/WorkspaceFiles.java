package org.rolloutplanner.persistence;

import java.nio.file.Path;

/**
 * The file names of a workspace. People may name a workspace with or without H2's {@code .mv.db} ending;
 * H2's URL wants the name without it.
 */
public record WorkspaceFiles(Path base) {

    public static final String SUFFIX = ".mv.db";

    public static WorkspaceFiles of(Path given) {
        Path abs = given.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
            name = name.substring(0, name.length() - SUFFIX.length());
        }
        return new WorkspaceFiles(abs.resolveSibling(name));
    }

    /** The H2 data file, {@code NAME.mv.db}. */
    public Path dataFile() {
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    public String name() {
        return base.getFileName().toString();
    }

    /** Where backups of this workspace go: a folder {@code NAME-backups} beside it. */
    public Path backupDirectory() {
        return base.resolveSibling(name() + "-backups");
    }

    public String jdbcUrl(boolean readOnly, boolean mustExist) {
        StringBuilder url = new StringBuilder("jdbc:h2:file:").append(base.toString().replace('\\', '/'));
        // WRITE_DELAY=0: H2 (MVStore) writes a chunk holding the commit before the commit returns (with a delay, a
        // background thread writes it later, so a crash loses the last commits).
        // REUSE_SPACE=FALSE: every chunk is appended at the end of the file. With reuse, a chunk written into a freed
        // gap in the middle of the file could not be found again after a crash (kill -9): H2 reopened the file at an
        // older chunk and the acknowledged commits were lost (docs/reliability.md, ADR 0011). The space given up is
        // won back when the workspace is closed (H2 compacts the file on close).
        url.append(";WRITE_DELAY=0;REUSE_SPACE=FALSE");
        if (mustExist) {
            url.append(";IFEXISTS=TRUE");
        }
        if (readOnly) {
            url.append(";ACCESS_MODE_DATA=r");
        }
        return url.toString();
    }
}
