package org.patchreview.patch;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.patch.FileHeader;
import org.eclipse.jgit.patch.Patch;
import org.eclipse.jgit.patch.PatchApplier;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * JGit's own {@link PatchApplier}, run on one file at a time in an in-memory repository: the oracle that review's
 * line engine must agree with when no fuzz, whitespace or reverse option is used.
 *
 * <p>One file at a time because JGit writes a tree even when a hunk fails and, after a failure, drops later files
 * from its tree. In memory JGit stores LF endings for a CR-LF file (it keeps them only when writing a work tree), so
 * the oracle is asked about LF files only.
 */
final class JGitOracle implements AutoCloseable {
  /** What JGit made of one file: its new content (null when deleted or failed) and its error strings. */
  record Outcome(byte[] content, List<String> errors) {}

  private final InMemoryRepository repo = new InMemoryRepository(new DfsRepositoryDescription("review"));
  private final ObjectInserter inserter = repo.newObjectInserter();
  // Sees objects not yet flushed, which is how results are read back without another flush.
  private final ObjectReader reader = inserter.newReader();
  private final Map<String, byte[]> staged = new TreeMap<>();
  private RevTree base;

  /** The content JGit gives {@code path} after the mail's first file patch, whose old content is {@code old}. */
  static byte[] postImage(org.patchreview.mail.PatchMail mail, String path, byte[] old) throws IOException {
    FileHeader file = org.patchreview.mail.ParsedDiff.of(mail).patch().getFiles().stream()
        .filter(f -> f.getPatchType() == FileHeader.PatchType.UNIFIED).findFirst().orElseThrow();
    boolean creates = file.getChangeType() == DiffEntry.ChangeType.ADD;
    try (JGitOracle jgit = new JGitOracle()) {
      if (!creates) {
        jgit.preload(Map.of(path, old));
      }
      Outcome out = jgit.apply(file, creates ? null : path, creates ? null : old);
      if (!out.errors().isEmpty()) {
        throw new AssertionError("JGit could not apply it: " + out.errors());
      }
      return out.content();
    }
  }

  /** Stages the old content of the files about to be patched, so that one tree serves them all. */
  void preload(Map<String, byte[]> files) {
    staged.putAll(files);
    base = null;
  }

  /** Applies one file's patch to {@code oldContent} stored at {@code oldPath} (both null for a new file). */
  Outcome apply(FileHeader file, String oldPath, byte[] oldContent) throws IOException {
    Patch one = new Patch();
    one.addFile(file);
    PatchApplier.Result result = new PatchApplier(repo, baseFor(file, oldPath, oldContent), inserter).applyPatch(one);
    if (!result.getErrors().isEmpty()) {
      return new Outcome(null, result.getErrors().stream().map(Object::toString).map(String::strip).toList());
    }
    if (file.getChangeType() == DiffEntry.ChangeType.DELETE) {
      return new Outcome(null, List.of());
    }
    try (TreeWalk walk = TreeWalk.forPath(reader, file.getNewPath(), result.getTreeId())) {
      if (walk == null) {
        return new Outcome(null, List.of("JGit left no " + file.getNewPath() + " in its result"));
      }
      return new Outcome(reader.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes(), List.of());
    }
  }

  /** A base tree where {@code oldPath} holds {@code oldContent} and the file's new path is free when created. */
  private RevTree baseFor(FileHeader file, String oldPath, byte[] oldContent) throws IOException {
    boolean stale = base == null;
    if (oldPath != null && !Arrays.equals(staged.get(oldPath), oldContent)) {
      staged.put(oldPath, oldContent);
      stale = true;
    }
    boolean creates = file.getChangeType() != DiffEntry.ChangeType.MODIFY
        && file.getChangeType() != DiffEntry.ChangeType.DELETE;
    if (creates && !file.getNewPath().equals(oldPath) && staged.remove(file.getNewPath()) != null) {
      stale = true;
    }
    if (stale) {
      base = writeTree();
    }
    return base;
  }

  private RevTree writeTree() throws IOException {
    DirCache index = DirCache.newInCore();
    DirCacheBuilder builder = index.builder();
    for (Map.Entry<String, byte[]> e : staged.entrySet()) {
      DirCacheEntry entry = new DirCacheEntry(e.getKey());
      entry.setFileMode(FileMode.REGULAR_FILE);
      entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, e.getValue()));
      builder.add(entry);
    }
    builder.finish();
    ObjectId id = index.writeTree(inserter);
    // PatchApplier looks paths up through the repository, which sees only flushed objects.
    inserter.flush();
    try (RevWalk walk = new RevWalk(reader)) {
      return walk.parseTree(id);
    }
  }

  @Override
  public void close() {
    reader.close();
    inserter.close();
    repo.close();
  }
}
