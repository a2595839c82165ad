package org.rolloutplanner.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.rolloutplanner.io.export.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary folders a new workspace is built in: {@code .NAME.creating-RANDOM} beside the workspace (hidden, and
 * the data file inside it is not where anyone looks for a workspace). The finished file is put in place with one
 * step that never replaces a file that appeared meanwhile; a folder left by a killed creation is removed by a later
 * open once it is clearly abandoned.
 */
final class CreationFolders {

    private static final Logger LOG = LoggerFactory.getLogger(CreationFolders.class);
    static final String MARK = ".creating-";
    /** A folder untouched this long, whose data file no process holds open, is a killed creation's leftover. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private CreationFolders() {
    }

    /** A new, empty creation folder for the workspace. */
    static WorkspaceFiles create(WorkspaceFiles target) throws IOException {
        Path folder = Files.createTempDirectory(target.base().getParent(), prefix(target));
        return new WorkspaceFiles(folder.resolve(target.name()));
    }

    private static String prefix(WorkspaceFiles target) {
        return "." + target.name() + MARK;
    }

    /**
     * Puts the finished (closed) data file in place: forced to the disk, then hard-linked to the workspace's name,
     * which fails if a file of that name appeared meanwhile (another copy of the app created it), and the folder is
     * forced so the new name survives a power cut. Where the file system has no hard links, an atomic rename after a
     * check that the name is still free. Returns false, changing nothing, when the workspace already exists.
     */
    static boolean publish(WorkspaceFiles built, WorkspaceFiles target) throws IOException {
        Path from = built.dataFile();
        Path to = target.dataFile();
        AtomicFiles.forceFile(from);
        try {
            Files.createLink(to, from);
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | IOException e) {
            LOG.debug("No hard link for {}, renaming instead", to, e);
            if (Files.exists(to)) {
                return false;
            }
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }
        AtomicFiles.forceFolder(to.getParent());
        return true;
    }

    /** Removes a creation folder and everything in it (quietly: a leftover is cleaned on a later open). */
    static void delete(WorkspaceFiles built) {
        deleteTree(built.base().getParent());
    }

    /** Removes the abandoned creation folders of this workspace; young or held ones are left alone. */
    static void removeAbandoned(WorkspaceFiles target, Duration olderThan) {
        Path dir = target.base().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob(prefix(target)) + "*")) {
            for (Path folder : ds) {
                if (Files.isDirectory(folder) && abandoned(folder, olderThan)) {
                    LOG.info("Removing {}, left by a workspace creation that did not finish", folder);
                    deleteTree(folder);
                }
            }
        } catch (IOException e) {
            LOG.debug("Could not look for leftovers of a workspace creation in {}", dir, e);
        }
    }

    private static String glob(String literal) {
        return literal.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }

    private static boolean abandoned(Path folder, Duration olderThan) throws IOException {
        Instant limit = Instant.now().minus(olderThan);
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.toList();
        }
        if (Files.getLastModifiedTime(folder).toInstant().isAfter(limit)) {
            return false;
        }
        for (Path f : files) {
            if (Files.getLastModifiedTime(f).toInstant().isAfter(limit) || held(f)) {
                return false;
            }
        }
        return true;
    }

    /** True when a process (H2, in this or another JVM) holds a lock on the file. */
    private static boolean held(Path f) {
        if (!Files.isRegularFile(f)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            FileLock lock = ch.tryLock(0, Long.MAX_VALUE, true);
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true; // cannot tell: leave it
        }
    }

    private static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove {} (it is removed on a later open)", folder, e);
        }
    }
}
