package org.rolloutplanner.io.table;

import org.rolloutplanner.domain.common.FileProblemsException;

/**
 * Thrown by the iterator of {@link TableSource#rows()} when the file turns out to be unreadable part-way (a damaged
 * workbook, a CSV line of absurd length). It carries the located, plain-English problem; catch it and use
 * {@link #problems()} (or use {@link TableSource#forEachRow}, which throws the {@link FileProblemsException} itself).
 */
public final class TableReadException extends RuntimeException {

    private final FileProblemsException problems;

    public TableReadException(FileProblemsException problems) {
        super(problems.getMessage(), problems);
        this.problems = problems;
    }

    public FileProblemsException problems() {
        return problems;
    }
}
