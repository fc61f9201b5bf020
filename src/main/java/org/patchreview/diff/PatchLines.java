package org.patchreview.diff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.patch.FileHeader;
import org.eclipse.jgit.patch.HunkHeader;
import org.patchreview.mail.ParsedDiff;
import org.patchreview.mail.PatchMail;
import org.patchreview.patch.ApplyResult;
import org.patchreview.patch.FileOutcome;
import org.patchreview.patch.FileResult;

/**
 * How the lines of each file move through a patch series, read from the hunks as they applied (JGit's parse of each
 * mail's diff and the offsets the patch stage found): which line of the tree after the series a line of the tree
 * before it became, and which hunk added, removed or surrounds a line.
 */
public final class PatchLines {
  public static final PatchLines NONE = new PatchLines(List.of(), 0, false);

  private final List<PatchFile> files;
  private final int patches;
  /** Whether the patches were undone ({@code -R}): their reversed diffs applied from the last mail to the first. */
  private final boolean undone;
  private final List<Map<String, Placed[]>> byOldPath = new ArrayList<>();
  private final List<Map<String, Placed[]>> byNewPath = new ArrayList<>();
  private final List<Map<String, String>> renames = new ArrayList<>();

  /** A hunk with its body marks and line counts worked out once. */
  private record Placed(PatchHunk hunk, char[] kinds, int oldCount, int newCount) {
    static Placed of(PatchHunk h) {
      char[] k = new char[h.lines().size()];
      for (int i = 0; i < k.length; i++) {
        k[i] = h.kind(i);
      }
      return new Placed(h, k, h.oldCount(), h.newCount());
    }
  }

  private PatchLines(List<PatchFile> files, int patches, boolean undone) {
    this.files = List.copyOf(files);
    this.patches = patches;
    this.undone = undone;
    for (int p = 0; p < patches; p++) {
      byOldPath.add(new HashMap<>());
      byNewPath.add(new HashMap<>());
      renames.add(new HashMap<>());
    }
    for (PatchFile f : files) {
      Placed[] placed = f.hunks().stream().map(Placed::of).toArray(Placed[]::new);
      byOldPath.get(order(f.patch())).put(f.oldPath(), placed);
      byNewPath.get(order(f.patch())).put(f.path(), placed);
      if (!f.oldPath().isEmpty() && !f.oldPath().equals(f.path())) {
        renames.get(order(f.patch())).put(f.oldPath(), f.path());
      }
    }
  }

  /** Where patch {@code patch} (numbered as the mails come) was applied: first, second... */
  private int order(int patch) {
    return undone ? patches - patch : patch - 1;
  }

  /** The applied files of each mail with their hunks; files that failed or lie outside the model are left out. */
  public static PatchLines of(List<PatchMail> mails, List<ApplyResult> applied) {
    return of(mails, applied, false);
  }

  /**
   * As {@link #of(List, List)} for patches undone with {@code -R}: each mail's reversed diff (the one that was
   * applied, with the line numbers of the trees the runs executed), applied from the last mail to the first; the
   * patches keep the numbers of their mails.
   */
  public static PatchLines undoing(List<PatchMail> mails, List<ApplyResult> applied) {
    return of(mails.stream().map(org.patchreview.patch.DiffReverser::reversed).toList(), applied, true);
  }

  private static PatchLines of(List<PatchMail> mails, List<ApplyResult> applied, boolean undone) {
    List<PatchFile> out = new ArrayList<>();
    for (int i = 0; i < mails.size() && i < applied.size(); i++) {
      int p = i;
      ParsedDiff diff = ParsedDiff.of(mails.get(p));
      for (FileHeader fh : diff.patch().getFiles()) {
        DiffEntry.ChangeType change = fh.getChangeType();
        String oldPath = change == DiffEntry.ChangeType.ADD ? "" : fh.getOldPath();
        String path = change == DiffEntry.ChangeType.DELETE ? fh.getOldPath() : fh.getNewPath();
        applied.get(p).files().stream().filter(f -> f.path().equals(path) && f.outcome() == FileOutcome.APPLIED)
            .findFirst().ifPresent(r -> out.add(file(p + 1, oldPath, path, fh, r)));
      }
    }
    return new PatchLines(out, mails.size(), undone);
  }

  private static PatchFile file(int patch, String oldPath, String path, FileHeader fh, FileResult result) {
    byte[] buf = fh.getBuffer();
    List<? extends HunkHeader> hunks = fh.getHunks();
    int headerEnd = hunks.isEmpty() ? fh.getEndOffset() : hunks.get(0).getStartOffset();
    List<String> header = lines(buf, fh.getStartOffset(), headerEnd);
    List<PatchHunk> placed = new ArrayList<>();
    int delta = 0;
    for (int i = 0; i < hunks.size(); i++) {
      HunkHeader h = hunks.get(i);
      List<String> body = lines(buf, h.getStartOffset(), h.getEndOffset());
      String title = body.remove(0);
      int offset = i < result.hunks().size() ? result.hunks().get(i).offset() : 0;
      int oldStart = h.getOldImage().getStartLine();
      int oldFirst = (h.getOldImage().getLineCount() == 0 ? oldStart + 1 : oldStart) + offset;
      PatchHunk ph = new PatchHunk(patch, path, i + 1, title, body, oldFirst, oldFirst + delta);
      delta += ph.newCount() - ph.oldCount();
      placed.add(ph);
    }
    return new PatchFile(patch, oldPath, path, header, placed);
  }

  private static List<String> lines(byte[] buf, int from, int to) {
    String text = new String(buf, from, Math.max(0, to - from), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  public List<PatchFile> files() {
    return files;
  }

  /** Whether the review is of a series (hunks are then named with their patch). */
  public boolean series() {
    return patches > 1;
  }

  /** Where a file of the tree before the series is after it (renames followed). */
  public String mapPath(String file) {
    String f = file;
    for (Map<String, String> r : renames) {
      f = r.getOrDefault(f, f);
    }
    return f;
  }

  /** The line of the tree after the series that line {@code line} of {@code file} before it became; -1 if changed. */
  public int map(String file, int line) {
    String f = file;
    int l = line;
    for (int p = 0; p < patches && l > 0; p++) {
      Placed[] hunks = byOldPath.get(p).get(f);
      if (hunks != null) {
        l = through(hunks, l, true);
      }
      f = renames.get(p).getOrDefault(f, f);
    }
    return l;
  }

  /** The hunk that added (or rewrote) line {@code line} of {@code file} in the tree after the series, or null. */
  public HunkRef added(String file, int line) {
    return backwards(file, line, false);
  }

  /** The hunk whose span (context included) holds line {@code line} of the tree after the series, or null. */
  public HunkRef around(String file, int line) {
    return backwards(file, line, true);
  }

  private HunkRef backwards(String file, int line, boolean span) {
    String f = file;
    int l = line;
    for (int p = patches - 1; p >= 0 && l > 0; p--) {
      Placed[] hunks = byNewPath.get(p).get(f);
      if (hunks == null) {
        continue;
      }
      for (Placed h : hunks) {
        int at = l - h.hunk().newStart();
        if (at >= 0 && at < h.newCount() && (span || markAt(h, at, '+') == '+')) {
          return h.hunk().ref();
        }
      }
      l = through(hunks, l, false);
      f = oldPathOf(p, f);
    }
    return null;
  }

  /** The hunk that removed (or rewrote) line {@code line} of {@code file} in the tree before the series, or null. */
  public HunkRef removed(String file, int line) {
    String f = file;
    int l = line;
    for (int p = 0; p < patches && l > 0; p++) {
      Placed[] hunks = byOldPath.get(p).get(f);
      if (hunks != null) {
        for (Placed h : hunks) {
          int at = l - h.hunk().oldStart();
          if (at >= 0 && at < h.oldCount() && markAt(h, at, '-') == '-') {
            return h.hunk().ref();
          }
        }
        l = through(hunks, l, true);
      }
      f = renames.get(p).getOrDefault(f, f);
    }
    return null;
  }

  private String oldPathOf(int patch, String path) {
    for (Map.Entry<String, String> e : renames.get(patch).entrySet()) {
      if (e.getValue().equals(path)) {
        return e.getKey();
      }
    }
    return path;
  }

  /** The mark of the {@code n}th body line that exists on the side whose own mark is {@code own}. */
  private static char markAt(Placed h, int n, char own) {
    int seen = -1;
    for (char c : h.kinds()) {
      if ((c == ' ' || c == own) && ++seen == n) {
        return c;
      }
    }
    return ' ';
  }

  /** Old line to new line ({@code forward}) or back through one file's hunks; -1 for a line of its side only. */
  private static int through(Placed[] hunks, int line, boolean forward) {
    int delta = 0;
    for (Placed h : hunks) {
      int start = forward ? h.hunk().oldStart() : h.hunk().newStart();
      int count = forward ? h.oldCount() : h.newCount();
      if (line < start) {
        return line + delta;
      }
      if (line < start + count) {
        int before = forward ? walk(h, line - start, ' ', '-', '+') : walk(h, line - start, ' ', '+', '-');
        return before < 0 ? -1 : before + (forward ? h.hunk().newStart() : h.hunk().oldStart());
      }
      delta += forward ? h.newCount() - h.oldCount() : h.oldCount() - h.newCount();
    }
    return line + delta;
  }

  /**
   * For the {@code n}th line of one side of a hunk (context and {@code own} marks), how many lines of the other side
   * (context and {@code other} marks) come before its counterpart; -1 when it has none (it is one of {@code own}).
   */
  private static int walk(Placed h, int n, char context, char own, char other) {
    int mine = 0;
    int theirs = 0;
    for (char c : h.kinds()) {
      if (c == context) {
        if (mine == n) {
          return theirs;
        }
        mine++;
        theirs++;
      } else if (c == own) {
        if (mine == n) {
          return -1;
        }
        mine++;
      } else if (c == other) {
        theirs++;
      }
    }
    return theirs;
  }
}
