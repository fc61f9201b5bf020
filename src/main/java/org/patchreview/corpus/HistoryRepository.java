package org.patchreview.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.patchreview.tree.SourceTree;

/**
 * The history as a JGit repository in memory: one commit per entry on the main line (the oldest state as the root
 * commit), tags for kernel versions, a branch per side entry. Nothing touches the disk.
 */
public final class HistoryRepository {
  private static final java.time.Instant EPOCH = java.time.Instant.parse("2017-01-01T00:00:00Z");

  private final InMemoryRepository repo;
  private final Map<ObjectId, SourceTree> states = new HashMap<>();

  private HistoryRepository(InMemoryRepository repo) {
    this.repo = repo;
  }

  public Repository repository() {
    return repo;
  }

  /** Builds the repository for a history. */
  public static HistoryRepository of(History history, SourceTree oldest) {
    HistoryRepository h = new HistoryRepository(new InMemoryRepository(new DfsRepositoryDescription("history")));
    try (ObjectInserter ins = h.repo.newObjectInserter()) {
      ObjectId head = h.commit(ins, oldest, null, "the oldest modelled state", "review");
      Map<String, ObjectId> byEntry = new HashMap<>();
      for (HistoryEntry e : history.entries()) {
        ObjectId parent = e.kind() == HistoryEntry.Kind.SIDE
            ? (e.after() == null || e.after().equals("base") ? byEntry.getOrDefault("base", head) : byEntry.get(e.after()))
            : head;
        ObjectId c = h.commit(ins, history.after(e), parent, e.mail().subject() + (e.upstream().isEmpty() ? ""
            : "\n\nUpstream: " + e.upstream()), e.mail().authorName());
        byEntry.put(e.name(), c);
        if (e.kind() == HistoryEntry.Kind.SIDE) {
          h.ref(Constants.R_HEADS + e.name(), c);
        } else {
          head = c;
        }
        if (history.after(e) == history.resolve("base").orElse(null)) {
          byEntry.put("base", c);
        }
      }
      ins.flush();
      h.ref(Constants.R_HEADS + "main", head);
      for (String tag : history.tags()) {
        SourceTree t = history.resolve(tag).orElseThrow();
        h.states.entrySet().stream().filter(s -> s.getValue() == t).findFirst()
            .ifPresent(s -> h.ref(Constants.R_TAGS + tag, s.getKey()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the history repository in memory", e);
    }
    return h;
  }

  private ObjectId commit(ObjectInserter ins, SourceTree tree, ObjectId parent, String message, String author)
      throws IOException {
    DirCache index = DirCache.newInCore();
    DirCacheBuilder b = index.builder();
    for (String path : tree.paths()) {
      DirCacheEntry entry = new DirCacheEntry(path);
      entry.setFileMode(FileMode.REGULAR_FILE);
      entry.setObjectId(ins.insert(Constants.OBJ_BLOB, tree.read(path).orElseThrow()));
      b.add(entry);
    }
    b.finish();
    CommitBuilder c = new CommitBuilder();
    c.setTreeId(index.writeTree(ins));
    if (parent != null) {
      c.setParentId(parent);
    }
    PersonIdent who = new PersonIdent(author.isEmpty() ? "review" : author, "history@review.invalid", EPOCH,
        java.time.ZoneOffset.UTC);
    c.setAuthor(who);
    c.setCommitter(who);
    c.setMessage(message);
    ObjectId id = ins.insert(c);
    states.put(id, tree);
    return id;
  }

  private void ref(String name, ObjectId id) {
    try {
      RefUpdate u = repo.updateRef(name);
      u.setNewObjectId(id);
      u.setForceUpdate(true);
      u.update();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The state a ref names: a tag, a branch, or a commit id (abbreviated). */
  public Optional<SourceTree> resolve(String ref) {
    try {
      ObjectId id = repo.resolve(ref);
      if (id == null) {
        return Optional.empty();
      }
      ObjectId commit = repo.parseCommit(id).getId();
      return Optional.ofNullable(states.get(commit));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
