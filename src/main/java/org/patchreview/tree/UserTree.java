package org.patchreview.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.FS;
import org.patchreview.diag.Diagnostic;

/**
 * Kernel sources a user points review at: a directory, or a git repository at a revision, read with JGit. Only read:
 * files are loaded on first use, symbolic links are recorded and never followed, and nothing is ever written.
 */
public final class UserTree {
  /** What opening a tree gave: the tree (null when it could not be opened) and what went wrong or is worth saying. */
  public record Opened(SourceTree tree, List<Diagnostic> diagnostics) {
    public Opened {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
      return tree != null;
    }
  }

  private UserTree() {}

  /**
   * Opens {@code path}: at {@code rev} when given (the path must then be a repository); else, in a repository, at
   * {@code baseCommit} when the mail names one the repository has; else the files of the directory as they are (the
   * work tree of a repository, or {@code HEAD} of a bare one).
   */
  public static Opened open(Path path, String rev, String baseCommit) {
    if (!Files.isDirectory(path)) {
      return failed(path, "no such directory (--tree needs a directory or a git repository)");
    }
    Repository repo;
    try {
      repo = repository(path);
    } catch (IOException e) {
      return failed(path, "cannot open the git repository: " + e.getMessage());
    }
    if (rev != null) {
      return repo == null
          ? failed(path, "--rev " + rev + " needs a git repository, and this is a plain directory")
          : atRevision(repo, path, rev, List.of());
    }
    List<Diagnostic> notes = new ArrayList<>();
    if (repo != null && baseCommit != null) {
      if (resolves(repo, baseCommit)) {
        return atRevision(repo, path, baseCommit, List.of(Diagnostic.note(name(path), 0,
            "applying at base-commit " + baseCommit + ", as the mail says")));
      }
      notes.add(Diagnostic.note(name(path), 0, "the mail's base-commit " + baseCommit
          + " is not in this repository; applying to " + (repo.isBare() ? "HEAD" : "the files of its work tree")
          + " (pass --rev to choose)"));
    }
    if (repo != null && repo.isBare()) {
      return atRevision(repo, path, Constants.HEAD, notes);
    }
    return directory(path, notes);
  }

  /** The repository at {@code path} (its work tree or the repository itself), or null for a plain directory. */
  private static Repository repository(Path path) throws IOException {
    if (Files.exists(path.resolve(Constants.DOT_GIT), LinkOption.NOFOLLOW_LINKS)) {
      return new FileRepositoryBuilder().setWorkTree(path.toFile()).setMustExist(true).build();
    }
    if (RepositoryCache.FileKey.isGitRepository(path.toFile(), FS.DETECTED)) {
      return new FileRepositoryBuilder().setGitDir(path.toFile()).setMustExist(true).build();
    }
    return null;
  }

  private static boolean resolves(Repository repo, String rev) {
    try {
      return repo.resolve(rev + "^{commit}") != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The tree of {@code rev}: paths and blob ids listed now, contents read from the repository on first use. */
  private static Opened atRevision(Repository repo, Path path, String rev, List<Diagnostic> notes) {
    try {
      ObjectId commitId = repo.resolve(rev + "^{commit}");
      if (commitId == null) {
        return failed(path, rev + " is not a commit of this repository");
      }
      SortedMap<String, Supplier<byte[]>> files = new TreeMap<>();
      Map<String, String> links = new TreeMap<>();
      try (RevWalk walk = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
        RevCommit commit = walk.parseCommit(commitId);
        tw.addTree(commit.getTree());
        tw.setRecursive(true);
        while (tw.next()) {
          FileMode mode = tw.getFileMode(0);
          ObjectId blob = tw.getObjectId(0);
          if (mode == FileMode.SYMLINK) {
            links.put(tw.getPathString(), new String(blob(repo, blob), java.nio.charset.StandardCharsets.UTF_8));
          } else if (mode.getObjectType() == Constants.OBJ_BLOB) {
            files.put(tw.getPathString(), () -> blob(repo, blob));
          }
        }
        String shortId = commit.abbreviate(12).name();
        String label = name(path) + (commitId.name().startsWith(rev) ? " at " + shortId
            : " at " + rev + " (" + shortId + ")");
        return new Opened(SourceTree.lazy(label, files, links), notes);
      }
    } catch (IOException | RuntimeException e) {
      return failed(path, "cannot read " + rev + ": " + e.getMessage());
    }
  }

  private static byte[] blob(Repository repo, ObjectId id) {
    try (ObjectReader reader = repo.newObjectReader()) {
      return reader.open(id, Constants.OBJ_BLOB).getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read blob " + id.name(), e);
    }
  }

  /** The files of a directory as they are; {@code .git} is left out and symbolic links are recorded, not followed. */
  private static Opened directory(Path dir, List<Diagnostic> notes) {
    SortedMap<String, Supplier<byte[]>> files = new TreeMap<>();
    Map<String, String> links = new TreeMap<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return d.getFileName() != null && d.getFileName().toString().equals(Constants.DOT_GIT)
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
          String rel = dir.relativize(f).toString().replace('\\', '/');
          if (attrs.isSymbolicLink()) {
            links.put(rel, Files.readSymbolicLink(f).toString());
          } else if (attrs.isRegularFile() && !rel.equals(Constants.DOT_GIT)) {
            files.put(rel, () -> readFile(f));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      return failed(dir, "cannot list the directory: " + e.getMessage());
    }
    return new Opened(SourceTree.lazy(name(dir) + " (directory)", files, links), notes);
  }

  private static byte[] readFile(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }

  /** The directory's own name, for labels: reports never show absolute paths. */
  private static String name(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    return abs.getFileName() == null ? "/" : abs.getFileName().toString();
  }

  private static Opened failed(Path path, String message) {
    return new Opened(null, List.of(Diagnostic.error(path.toString(), 0, message)));
  }
}
