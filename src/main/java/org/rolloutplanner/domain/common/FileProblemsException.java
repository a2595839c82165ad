package org.rolloutplanner.domain.common;

import java.util.List;
import java.util.stream.Collectors;

/** A file could not be used; every problem found is listed with its place in the file. */
public class FileProblemsException extends Exception {

    private final transient List<FileProblem> problems;

    public FileProblemsException(List<FileProblem> problems) {
        super(problems.stream().limit(20).map(FileProblem::describe).collect(Collectors.joining("\n"))
                + (problems.size() > 20 ? "\n… and " + (problems.size() - 20) + " more problems" : ""));
        this.problems = List.copyOf(problems);
    }

    public FileProblemsException(FileProblem problem) {
        this(List.of(problem));
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
