package org.patchreview.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
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
  private final ApplyOptions options;
  private final Map<String, byte[]> changed = new TreeMap<>();
  private final Set<String> deleted = new TreeSet<>();
  private final List<FileResult> files = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private SourceTree current;

  PatchRun(SourceTree before, PatchMail mail, ParsedDiff diff, ApplyOptions options) {
    this.before = before;
    this.mail = mail;
    this.diff = diff;
    this.options = options;
    diagnostics.addAll(diff.diagnostics());
  }

  void file(FileHeader fh) {
    FilePatch forward = FilePatch.of(fh, diff);
    FilePatch fp = options.reverse() ? forward.reversed() : forward;
    if (fp == null) {
      fail(forward, List.of(), "a copy cannot be applied in reverse");
      return;
    }
    if (!screened(fp)) {
      return;
    }
    if (fp.change() != ChangeType.ADD && read(fp.oldPath()) == null) {
      missing(fp);
      return;
    }
    byte[] old = fp.change() == ChangeType.ADD ? new byte[0] : read(fp.oldPath());
    String problem = problem(fp, old);
    if (problem != null) {
      fail(fp, List.of(), problem);
      return;
    }
    checkIndex(fp, old);
    FunctionMap[] functions = new FunctionMap[1];
    HunkLocator.Located located = HunkLocator.locate(old, fp, fp.change() == ChangeType.DELETE, options,
        (h, line) -> anchor(fp, old, functions, h, line));
    if (located.content() == null) {
      failHunks(fp, located.hunks());
      return;
    }
    commit(fp, located.content());
    files.add(new FileResult(fp.path(), fp.oldPath(), fp.change(), FileOutcome.APPLIED, located.hunks(), ""));
  }

  /** Refuses unsafe paths and leaves out binary changes (false: the file is done); notes mode changes. */
  private boolean screened(FilePatch fp) {
    String refusal = PathSafety.refusal(fp, before);
    if (refusal != null) {
      // A diff with one path empty is named by the other one.
      String other = fp.oldPath() + fp.newPath();
      String name = !fp.path().isEmpty() ? fp.path() : !other.isEmpty() ? other : "(unnamed file)";
      diagnostics.add(error(fp, name + " is refused: " + refusal));
      files.add(new FileResult(name, fp.oldPath(), fp.change(), FileOutcome.REFUSED, List.of(), refusal));
      return false;
    }
    if (fp.binary()) {
      diagnostics.add(note(fp, fp.path() + ": binary change, not replayable; left out"));
      files.add(new FileResult(fp.path(), fp.oldPath(), fp.change(), FileOutcome.NOT_REPLAYABLE, List.of(),
          "binary change, not replayable"));
      return false;
    }
    if (fp.oldMode() != 0 && fp.newMode() != 0 && fp.oldMode() != fp.newMode()) {
      diagnostics.add(note(fp, fp.path() + ": mode changes from " + Integer.toOctalString(fp.oldMode()) + " to "
          + Integer.toOctalString(fp.newMode()) + " (modes are not modelled)"));
    }
    return true;
  }

  /** A file the tree lacks: left out of a partial tree (the model), a failure on a whole one. */
  private void missing(FilePatch fp) {
    if (!options.partialTree()) {
      fail(fp, List.of(), fp.oldPath() + " does not exist in " + before.label());
      return;
    }
    files.add(new FileResult(fp.path(), fp.oldPath(), fp.change(), FileOutcome.OUTSIDE_MODEL, List.of(),
        "not in the modelled tree"));
    diagnostics.add(note(fp, fp.oldPath() + " is not in the modelled tree; its " + fp.hunks().size()
        + " hunk(s) are left out"));
  }

  /** Why the file cannot be patched before looking at its hunks, or null. */
  private String problem(FilePatch fp, byte[] old) {
    boolean creates = fp.change() == ChangeType.ADD || fp.change() == ChangeType.RENAME
        || fp.change() == ChangeType.COPY;
    if (creates && read(fp.newPath()) != null) {
      return fp.newPath() + " already exists in the tree";
    }
    if (fp.change() == ChangeType.DELETE && fp.hunks().isEmpty() && old.length > 0) {
      return "the patch deletes it as an empty file, but it holds " + old.length + " bytes";
    }
    return null;
  }

  /** Notes when the {@code index} line's pre-image id is not the blob the tree holds. */
  private void checkIndex(FilePatch fp, byte[] old) {
    if (!options.checkIndex() || fp.change() == ChangeType.ADD || fp.oldId().isEmpty()
        || fp.oldId().chars().allMatch(c -> c == '0')) {
      return;
    }
    ObjectId actual = new ObjectInserter.Formatter().idFor(Constants.OBJ_BLOB, old);
    if (!actual.name().startsWith(fp.oldId())) {
      diagnostics.add(Diagnostic.warning(mail.source(), fp.mailLine(), "the patch was made against another version"
          + " of " + fp.oldPath() + " (its index line says " + fp.oldId() + ", the tree has "
          + actual.abbreviate(fp.oldId().length()).name() + ")").quoting(fp.headerLine()));
    }
  }

  /** Checks a moved hunk against the file's functions, found once per file ({@code functions} holds them). */
  private Anchor anchor(FilePatch fp, byte[] old, FunctionMap[] functions, Hunk h, int line) {
    if (!FunctionMap.isC(fp.oldPath()) || h.functionName().isEmpty()) {
      return Anchor.unchecked(h.functionName());
    }
    if (functions[0] == null) {
      functions[0] = FunctionMap.of(this::current, fp.oldPath(), old, options.anchorConfigs(), options.parsed());
    }
    return functions[0].check(h, line);
  }

  /** The tree as the files patched so far left it (for parsing a file with its headers). */
  private SourceTree current() {
    if (current == null) {
      current = changed.isEmpty() && deleted.isEmpty() ? before : before.with(changed, deleted, before.label());
    }
    return current;
  }

  private void commit(FilePatch fp, byte[] content) {
    current = null;
    if (fp.change() == ChangeType.DELETE || fp.change() == ChangeType.RENAME) {
      changed.remove(fp.oldPath());
      deleted.add(fp.oldPath());
    }
    if (fp.change() != ChangeType.DELETE) {
      deleted.remove(fp.newPath());
      changed.put(fp.newPath(), content);
    }
  }

  private void failHunks(FilePatch fp, List<HunkResult> results) {
    String first = null;
    for (int i = 0; i < results.size(); i++) {
      HunkResult r = results.get(i);
      if (r.outcome() == HunkOutcome.FAILED) {
        Hunk h = fp.hunks().get(i);
        String message = "hunk #" + h.index() + " (" + h.shortHeader() + ") of " + fp.path() + " does not apply: "
            + r.message();
        diagnostics.add(Diagnostic.error(mail.source(), h.mailLine(), message).quoting(h.headerLine()));
        first = first == null ? message : first;
      }
    }
    files.add(new FileResult(fp.path(), fp.oldPath(), fp.change(), FileOutcome.FAILED, results, first));
  }

  /** Fails a whole file, pointing at its {@code diff} line. */
  private void fail(FilePatch fp, List<HunkResult> hunks, String why) {
    String message = fp.path() + " cannot be patched: " + why;
    diagnostics.add(error(fp, message));
    files.add(new FileResult(fp.path(), fp.oldPath(), fp.change(), FileOutcome.FAILED, hunks, message));
  }

  private Diagnostic error(FilePatch fp, String message) {
    return Diagnostic.error(mail.source(), fp.mailLine(), message).quoting(fp.headerLine());
  }

  private Diagnostic note(FilePatch fp, String message) {
    return Diagnostic.note(mail.source(), fp.mailLine(), message);
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
