package org.rolloutplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoManagerTest {

    private final List<String> log = new ArrayList<>();

    private UndoableEdit edit(String name) {
        return new UndoableEdit() {
            @Override
            public String description() {
                return name;
            }

            @Override
            public void undo() {
                log.add("undo " + name);
            }

            @Override
            public void redo() {
                log.add("redo " + name);
            }
        };
    }

    @Test
    void nothingToUndoAtFirst() {
        UndoManager m = new UndoManager();
        assertThat(m.canUndoProperty().get()).isFalse();
        assertThat(m.canRedoProperty().get()).isFalse();
        assertThat(m.undoTextProperty().get()).isEqualTo("Undo");
    }

    @Test
    void undoesNewestFirstAndRedoesInOrder() {
        UndoManager m = new UndoManager();
        m.done(edit("a"));
        m.done(edit("b"));
        assertThat(m.undoTextProperty().get()).isEqualTo("Undo b");
        m.undo();
        m.undo();
        m.redo();
        assertThat(log).containsExactly("undo b", "undo a", "redo a");
        assertThat(m.canUndoProperty().get()).isTrue();
        assertThat(m.canRedoProperty().get()).isTrue();
        assertThat(m.redoTextProperty().get()).isEqualTo("Redo b");
    }

    @Test
    void aNewEditForgetsWhatCouldBeRedone() {
        UndoManager m = new UndoManager();
        m.done(edit("a"));
        m.undo();
        m.done(edit("c"));
        assertThat(m.canRedoProperty().get()).isFalse();
    }
}
