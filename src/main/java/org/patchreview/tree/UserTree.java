package org.patchreview.tree;

import java.io.IOException;
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
  public static Opened open(Path given, String rev, String baseCommit) {
    if (!Files.isDirectory(given)) {
      return failed(given, "no such directory (--tree needs a directory or a git repository)");
    }
    Path path;
    try {
      // The folder the user named is followed when it is a link; nothing inside it ever is.
      path = given.toRealPath();
    } catch (IOException e) {
      return failed(given, "cannot read the directory: " + e.getMessage());
    }
    List<Diagnostic> notes = new ArrayList<>();
    Repository repo;
    try {
      repo = repository(path, notes);
    } catch (IOException | RuntimeException e) {
      return failed(path, "cannot open the git repository: " + e.getMessage());
    }
    if (rev != null) {
      return repo == null
          ? failed(path, "--rev " + rev + " needs a git repository, and this is a plain directory")
          : atRevision(repo, path, rev, notes);
    }
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

  /**
   * The repository at {@code path} (its work tree or the repository itself), or null for a plain directory. A
   * {@code .git} that is a symbolic link, or a {@code gitdir:} file naming a folder outside the tree (a linked work
   * tree, a submodule), is not followed: the folder is read as a plain directory, with a note.
   */
  private static Repository repository(Path path, List<Diagnostic> notes) throws IOException {
    Path dotGit = path.resolve(Constants.DOT_GIT);
    if (Files.isSymbolicLink(dotGit)) {
      notes.add(Diagnostic.note(name(path), 0, ".git is a symbolic link, which review does not follow; reading the "
          + "files of the directory"));
      return null;
    }
    if (Files.isRegularFile(dotGit, LinkOption.NOFOLLOW_LINKS)) {
      String text = Files.size(dotGit) > 4096 ? "" : Files.readString(dotGit).strip();
      Path gitDir = text.startsWith("gitdir:") ? path.resolve(text.substring(7).strip()).normalize() : null;
      if (gitDir == null || !gitDir.startsWith(path) || Files.exists(gitDir.resolve("commondir"))) {
        notes.add(Diagnostic.note(name(path), 0, ".git is a file naming a repository outside the tree (gitdir:), "
            + "which review does not follow; reading the files of the directory"));
        return null;
      }
    }
    if (Files.exists(dotGit, LinkOption.NOFOLLOW_LINKS)) {
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
          if (!SourceTree.isTreePath(tw.getPathString())) {
            continue;
          }
          if (mode == FileMode.SYMLINK) {
            links.put(tw.getPathString(), new String(blob(repo, tw.getPathString(), blob),
                java.nio.charset.StandardCharsets.UTF_8));
          } else if (mode.getObjectType() == Constants.OBJ_BLOB) {
            String file = tw.getPathString();
            files.put(file, () -> blob(repo, file, blob));
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

  private static byte[] blob(Repository repo, String path, ObjectId id) {
    try (ObjectReader reader = repo.newObjectReader()) {
      long size = reader.getObjectSize(id, Constants.OBJ_BLOB);
      if (size > MAX_FILE_BYTES) {
        throw new SourceTree.Unreadable(tooLarge(path, size));
      }
      return reader.open(id, Constants.OBJ_BLOB).getBytes();
    } catch (IOException e) {
      throw new SourceTree.Unreadable("cannot read " + path + " (blob " + id.name() + "): " + e.getMessage());
    }
  }

  /**
   * The largest source file review reads: 64 MiB, four times the largest file of Linux 6.12 (a generated register
   * header). A larger one at a path the patch touches is an input error, not a heap of its size.
   */
  static final long MAX_FILE_BYTES = 64L << 20;

  private static String tooLarge(String path, long size) {
    return path + " is " + size + " bytes, more than the " + (MAX_FILE_BYTES >> 20) + " MiB review reads of one "
        + "source file";
  }

  /** The files of a directory as they are; {@code .git} is left out and symbolic links are recorded, not followed. */
  private static Opened directory(Path dir, List<Diagnostic> notes) {
    SortedMap<String, Supplier<byte[]>> files = new TreeMap<>();
    Map<String, String> links = new TreeMap<>();
    List<String> leftOut = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return d.getFileName() != null && d.getFileName().toString().equals(Constants.DOT_GIT)
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
          // Names are joined with '/' as they are: a backslash is part of a name on Linux, never a separator, so
          // "a\\b.c" cannot stand in for a/b.c; a name a patch could not name either is left out.
          String rel = dir.relativize(f).toString();
          if (!SourceTree.isTreePath(rel)) {
            leftOut.add(rel);
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isSymbolicLink()) {
            links.put(rel, Files.readSymbolicLink(f).toString());
          } else if (attrs.isRegularFile() && !rel.equals(Constants.DOT_GIT)) {
            files.put(rel, () -> readFile(f, rel));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      return failed(dir, "cannot list the directory: " + e.getMessage());
    }
    if (!leftOut.isEmpty()) {
      notes.add(Diagnostic.note(name(dir), 0, leftOut.size() + " file(s) left out, named so no patch can name them "
          + "(a backslash, a control character or '..'), e.g. " + SourceTree.printable(leftOut.get(0))));
    }
    return new Opened(SourceTree.lazy(name(dir) + " (directory)", files, links), notes);
  }

  private static byte[] readFile(Path f, String rel) {
    try {
      long size = Files.size(f);
      if (size > MAX_FILE_BYTES) {
        throw new SourceTree.Unreadable(tooLarge(rel, size));
      }
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new SourceTree.Unreadable("cannot read " + rel + ": " + e.getMessage());
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
