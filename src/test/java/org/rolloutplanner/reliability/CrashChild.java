package org.rolloutplanner.reliability;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.sample.SampleWork;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.persistence.WorkspaceContent;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;

/**
 * The process the crash harness kills: opens a workspace with the real persistence layer and makes random edits
 * for ever. Inside each edit's transaction, after the change, it prints {@code WILL n DIGEST} (what the workspace
 * holds if this commit lands); after the commit returns it prints {@code ACK n}. So after a kill the workspace must
 * hold either the last acknowledged state or the one commit in flight, nothing else.
 */
public final class CrashChild {

    private CrashChild() {
    }

    /** Size and modification time of the workspace file: a cheap sign that something was written. */
    static String fileStamp(Path file) {
        try {
            return java.nio.file.Files.size(file) + "@" + java.nio.file.Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** Where the protocol lines also go, line by line, straight to the file (null: standard output only). */
    private static java.io.FileOutputStream protocol;

    /**
     * One line of the protocol: to standard output for the harness's live view, and appended to the protocol file. The
     * file is what the harness judges by: a pipe's last lines can be lost when the process is killed (the harness once
     * missed a child's last WILL and ACK that the file had), a write to a file is in the file once it returns.
     */
    static void say(String line) {
        System.out.println(line);
        System.out.flush();
        if (protocol != null) {
            try {
                protocol.write((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        if (args.length > 2) {
            try {
                protocol = new java.io.FileOutputStream(args[2], true);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        Random r = new Random(Long.parseLong(args[1]));
        List<ReliabilityEdit> edits = ReliabilityEdits.standard();
        if (!java.nio.file.Files.exists(file)) {
            say("CREATING");
        }
        // a new workspace gets the sample district in the same step, as in the window
        try (WorkspaceServices s = WorkspaceServices.of(new WorkspaceOpener().open(file, OpenMode.CREATE_IF_MISSING,
                n -> SampleWork.add(SampleDistrict.create(n.districts()), n.scenarios(), n.selection())))) {
            String[] last = {WorkspaceContent.of(s.workspace()).digest()};
            say("OPEN " + last[0]);
            for (long n = 1; ; n++) {
                ReliabilityEdit e = edits.get(r.nextInt(edits.size()));
                long no = n;
                say("BEGIN " + no + " " + e.name().replace(' ', '_'));
                String fileAtBegin = fileStamp(file);
                boolean changed;
                try {
                    changed = s.transactions().inTransaction(() -> {
                        // an edit that finds nothing to do may still have changed something on the way (e.g. made
                        // the first district) and the transaction commits either way: so compare, not trust
                        e.apply(s, r);
                        var content = WorkspaceContent.of(s.workspace());
                        if (content.digest().equals(last[0])) {
                            return false;
                        }
                        last[0] = content.digest();
                        String now = fileStamp(file);
                        if (!now.equals(fileAtBegin)) {
                            // the file changed while this edit was not committed yet: it should not
                            say("MIDWRITE " + no + " " + fileAtBegin + " -> " + now);
                        }
                        say("WILL " + no + " " + content.digest() + " " + e.name().replace(' ', '_') + " "
                                + new java.util.TreeMap<>(content.rowCounts()).values() + " "
                                + WorkspaceContent.tableFingerprints(s.workspace()).values()
                                .toString().replace(" ", ""));
                        return true;
                    });
                } catch (UserFacingException refused) {
                    // a random edit the rules refuse (e.g. a duplicate name): rolled back, nothing acknowledged
                    say("REFUSED " + no + " " + e.name() + ": " + refused.getMessage().replace('\n', ' '));
                    continue;
                }
                if (!changed) {
                    continue;
                }
                say("ACK " + no);
            }
        }
    }
}
