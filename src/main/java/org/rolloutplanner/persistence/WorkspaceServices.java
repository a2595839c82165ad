package org.rolloutplanner.persistence;

import org.rolloutplanner.app.Transactions;
import org.rolloutplanner.app.district.DistrictService;
import org.rolloutplanner.app.school.SchoolService;

/** The services of one open workspace, built with constructors (used by the window and the command line). */
public record WorkspaceServices(Workspace workspace, Transactions transactions, DistrictService districts,
        SchoolService schools) implements AutoCloseable {

    public static WorkspaceServices of(Workspace workspace) {
        var tx = new JooqTransactions(workspace);
        var schoolRepo = new JooqSchoolRepository(workspace.dsl());
        var districtRepo = new JooqDistrictRepository(workspace.dsl());
        return new WorkspaceServices(workspace, tx, new DistrictService(districtRepo, schoolRepo, tx),
                new SchoolService(schoolRepo, tx));
    }

    @Override
    public void close() {
        workspace.close();
    }
}
