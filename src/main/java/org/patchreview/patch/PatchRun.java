package org.patchreview.patch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.patch.FileHeader;
import org.patchreview.diag.Diagnostic;
import org.patchreview.mail.ParsedDiff;
import org.patchreview.mail.PatchMail;
import org.patchreview.tree.SourceTree;

/** Applies the files of one parsed patch in order, keeping what changed so far; one run per mail. */
final class PatchRun {
  private final SourceTree before;
  private final PatchMail mail;
  private final ParsedDiff diff;
  private final Map<String, byte[]> changed = new TreeMap<>();
  private final Set<String> deleted = new TreeSet<>();
  private final List<FileResult> files = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  PatchRun(SourceTree before, PatchMail mail, ParsedDiff diff) {
    this.before = before;
    this.mail = mail;
    this.diff = diff;
    diagnostics.addAll(diff.diagnostics());
  }

  void file(FileHeader fh, InMemoryApplier jgit) throws IOException {
    ChangeType change = ChangeType.of(fh.getChangeType());
    String oldPath = change == ChangeType.ADD ? "" : fh.getOldPath();
    String path = change == ChangeType.DELETE ? fh.getOldPath() : fh.getNewPath();
    List<Hunk> hunks = Hunk.of(fh, diff);
    int line = diff.mailLine(fh.getStartOffset());
    if (change != ChangeType.ADD && read(oldPath) == null) {
      files.add(new FileResult(path, oldPath, change, FileOutcome.OUTSIDE_MODEL, List.of(),
          "not in the modelled tree"));
      diagnostics.add(new Diagnostic(Diagnostic.Severity.NOTE, mail.source(), line, 0, oldPath
          + " is not in the modelled tree; its " + hunks.size() + " hunk(s) are left out", ""));
      return;
    }
    byte[] old = change == ChangeType.ADD ? new byte[0] : read(oldPath);
    String problem = problem(fh, change, path, hunks, old);
    if (problem != null) {
      fail(path, oldPath, change, List.of(), problem, fh.getStartOffset());
      return;
    }
    // Locate first: JGit reports failures only as strings, gives no offsets, and does not check deletions.
    List<HunkResult> results = HunkLocator.locate(old, hunks, change == ChangeType.DELETE);
    if (results.stream().anyMatch(r -> r.outcome() == HunkOutcome.FAILED)) {
      failHunks(path, oldPath, change, hunks, results);
      return;
    }
    InMemoryApplier.Outcome outcome = runJGit(jgit, fh, change, oldPath, old);
    if (!outcome.errors().isEmpty()) {
      fail(path, oldPath, change, results, String.join("; ", outcome.errors()), fh.getStartOffset());
      return;
    }
    commit(change, oldPath, path, outcome.content());
    files.add(new FileResult(path, oldPath, change, FileOutcome.APPLIED, results, ""));
  }

  /** Why the file cannot be patched before looking at its hunks, or null. */
  private String problem(FileHeader fh, ChangeType change, String path, List<Hunk> hunks, byte[] old) {
    boolean creates = change == ChangeType.ADD || change == ChangeType.RENAME || change == ChangeType.COPY;
    if (creates && read(path) != null) {
      return path + " already exists in the tree";
    }
    if (fh.getPatchType() == FileHeader.PatchType.BINARY) {
      return "binary change without its data (the diff was made without --binary)";
    }
    if (change == ChangeType.DELETE && hunks.isEmpty() && old.length > 0
        && fh.getPatchType() == FileHeader.PatchType.UNIFIED) {
      return "the patch deletes it as an empty file, but it holds " + old.length + " bytes";
    }
    return null;
  }

  private InMemoryApplier.Outcome runJGit(
      InMemoryApplier jgit, FileHeader fh, ChangeType change, String oldPath, byte[] old) throws IOException {
    boolean creates = change == ChangeType.ADD;
    try {
      return jgit.apply(fh, creates ? null : oldPath, creates ? null : old);
    } catch (RuntimeException e) {
      // A malformed hunk JGit did not reject when parsing must fail this file, not the tool.
      return new InMemoryApplier.Outcome(null, List.of("JGit could not apply it: " + e));
    }
  }

  private void commit(ChangeType change, String oldPath, String path, byte[] content) {
    if (change == ChangeType.DELETE || change == ChangeType.RENAME) {
      changed.remove(oldPath);
      deleted.add(oldPath);
    }
    if (change != ChangeType.DELETE) {
      deleted.remove(path);
      changed.put(path, content);
    }
  }

  private void failHunks(String path, String oldPath, ChangeType change, List<Hunk> hunks, List<HunkResult> results) {
    String first = null;
    for (int i = 0; i < hunks.size(); i++) {
      HunkResult r = results.get(i);
      if (r.outcome() == HunkOutcome.FAILED) {
        Hunk h = hunks.get(i);
        String message = "hunk #" + h.index() + " (" + h.shortHeader() + ") of " + path + " does not apply: "
            + r.message();
        diagnostics.add(Diagnostic.error(mail.source(), h.mailLine(), message).quoting(h.headerLine()));
        first = first == null ? message : first;
      }
    }
    files.add(new FileResult(path, oldPath, change, FileOutcome.FAILED, results, first));
  }

  /** Fails a whole file; {@code offset} is its {@code diff --git} line in the diff. */
  private void fail(String path, String oldPath, ChangeType change, List<HunkResult> hunks, String why, int offset) {
    String message = path + " cannot be patched: " + why;
    diagnostics.add(Diagnostic.error(mail.source(), diff.mailLine(offset), message).quoting(diff.lineText(offset)));
    files.add(new FileResult(path, oldPath, change, FileOutcome.FAILED, hunks, message));
  }

  private byte[] read(String path) {
    if (deleted.contains(path)) {
      return null;
    }
    byte[] mine = changed.get(path);
    return mine != null ? mine : before.read(path).orElse(null);
  }

  ApplyResult result() {
    String what = mail.subject().isEmpty() ? mail.source() : mail.subject();
    SourceTree after = changed.isEmpty() && deleted.isEmpty()
        ? before
        : before.with(changed, deleted, before.label() + " + " + what);
    return new ApplyResult(before, after, files, diagnostics);
  }
}
