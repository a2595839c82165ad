package org.rolloutplanner.cli;

import org.rolloutplanner.app.AppInfo;
import picocli.CommandLine.IVersionProvider;

/** Prints "Rollout Planner 0.1.0" for --version. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {AppInfo.NAME + " " + AppInfo.version()};
    }
}
