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
        // WRITE_DELAY=0: a commit is on disk when it returns, so a crash loses nothing acknowledged
        url.append(";WRITE_DELAY=0");
        if (mustExist) {
            url.append(";IFEXISTS=TRUE");
        }
        if (readOnly) {
            url.append(";ACCESS_MODE_DATA=r");
        }
        return url.toString();
    }
}
