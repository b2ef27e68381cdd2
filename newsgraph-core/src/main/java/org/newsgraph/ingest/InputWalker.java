package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Expands the paths a user names into files: folders recursively, in a stable order, hidden files and folders
 * skipped. Symbolic links are followed; a link back to a folder being walked is a loop, reported once and not
 * followed. An entry that cannot be read (a folder without permission, a broken link) is reported with its own
 * path, and the walk goes on with its siblings.
 */
public final class InputWalker {

    /** The files found, and one problem per entry that could not be walked. */
    public record Walk(List<Path> files, List<Problem> problems) {}

    /** An entry of a folder that could not be walked, and why in a few words. */
    public record Problem(Path path, String reason) {}

    private InputWalker() {}

    /** Each named path becomes its files; a path that does not exist is returned as is, to fail with its name. */
    public static List<Path> files(List<Path> named) {
        return walk(named).files();
    }

    public static Walk walk(List<Path> named) {
        List<Path> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path p : named) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new Visitor(p, found, problems));
            } catch (IOException e) {
                problems.add(new Problem(p, "cannot walk: " + IoReason.of(e)));
            }
            found.sort(null);
            out.addAll(found);
        }
        return new Walk(out, problems);
    }

    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Path> found;
        private final List<Problem> problems;

        Visitor(Path root, List<Path> found, List<Problem> problems) {
            this.root = root;
            this.found = found;
            this.problems = problems;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (hidden(file)) return FileVisitResult.CONTINUE;
            if (attrs.isRegularFile()) found.add(file);
            else if (attrs.isSymbolicLink()) problems.add(new Problem(file, "broken symbolic link (its target does not exist)"));
            else if (!attrs.isDirectory()) problems.add(new Problem(file, "not a regular file (a device, pipe or socket): not read"));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (hidden(file)) return FileVisitResult.CONTINUE;
            if (e instanceof FileSystemLoopException) {
                problems.add(new Problem(file, "symbolic link loop (leads back to a folder being read): not followed"));
            } else if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                problems.add(new Problem(file, "broken symbolic link (its target does not exist)"));
            } else {
                problems.add(new Problem(file, "cannot read: " + IoReason.of(e) + (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        ? " (a folder: its files were not read)" : "")));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) problems.add(new Problem(dir, "folder not read to the end: " + IoReason.of(e)));
            return FileVisitResult.CONTINUE;
        }

        private boolean hidden(Path p) {
            Path name = p.getFileName();
            return name != null && name.toString().startsWith(".") && !p.equals(root);
        }
    }
}
