package org.rolloutplanner.persistence;

import org.rolloutplanner.app.Transactions;
import org.rolloutplanner.app.district.DistrictService;
import org.rolloutplanner.app.importing.ImportService;
import org.rolloutplanner.app.scenario.ScenarioService;
import org.rolloutplanner.app.school.SchoolService;
import org.rolloutplanner.app.selection.SelectionService;

/** The services of one open workspace, built with constructors (used by the window and the command line). */
public record WorkspaceServices(Workspace workspace, Transactions transactions, DistrictService districts,
        SchoolService schools, ScenarioService scenarios, SelectionService selection, ImportService imports)
        implements AutoCloseable {

    public static WorkspaceServices of(Workspace workspace) {
        // one connection, possibly used from more than one thread: transactions take turns
        var tx = new LockedTransactions(new JooqTransactions(workspace), workspace);
        var schoolRepo = new JooqSchoolRepository(workspace.dsl());
        var districtRepo = new JooqDistrictRepository(workspace.dsl());
        var scenarioRepo = new JooqScenarioRepository(workspace.dsl());
        return new WorkspaceServices(workspace, tx, new DistrictService(districtRepo, schoolRepo, tx),
                new SchoolService(schoolRepo, tx), new ScenarioService(scenarioRepo, schoolRepo, tx),
                new SelectionService(new JooqSelectionRepository(workspace.dsl()), schoolRepo, tx),
                new ImportService(districtRepo, schoolRepo, new JooqSchoolImportRepository(workspace.dsl()), tx));
    }

    @Override
    public void close() {
        synchronized (workspace) { // not in the middle of another thread's transaction
            workspace.close();
        }
    }
}
