package org.rolloutplanner.ui.common;

/**
 * One change the person made, able to take itself back and do itself again (Scene Builder's "Job").
 * Both methods start the work; the database part may finish later on the task runner.
 */
public interface UndoableEdit {

    /** Shown in the menu: "Undo Change enrollment". */
    String description();

    void undo();

    void redo();
}
