package org.patchreview.patch;

import java.util.ArrayList;
import java.util.List;

/**
 * Places and applies the hunks of one file, and writes the file's new content.
 *
 * <p>The search is JGit's ({@code PatchApplier}), so that without fuzz or whitespace options a patch lands where
 * {@code git apply} and JGit put it: a hunk is expected at its header line moved by the previous hunk's offset; its
 * pre-image is searched upwards to the end of the previous hunk, then downwards; hunks with at most one pre-image
 * line are never moved. On top of it, as GNU patch does: with {@code --fuzz N} a hunk that matches nowhere is tried
 * again ignoring up to N context lines at its ends, and with {@code --ignore-whitespace} runs of blanks compare
 * loosely (exact matches are always tried first). A hunk that moved is checked to land in the function its header
 * names. Unlike JGit, a failed hunk does not stop the search: the hunks after it are still placed, for the report.
 */
final class HunkLocator {
  /** Checks, for a hunk that moved, that it still lands in the function its header names. */
  interface AnchorCheck {
    Anchor check(Hunk hunk, int oldLine);
  }

  /** The hunks' results and the file's new content (null when a hunk failed). */
  record Located(List<HunkResult> hunks, byte[] content) {}

  /** Where a hunk matched: its first line, the fuzz and how many context lines that ignored at each end. */
  private record Placement(int start, int fuzz, int top, int bottom, boolean loose) {}

  private static final int NOT_FOUND = Integer.MIN_VALUE;

  private final FileText text;
  private final List<String> lines;
  private final ApplyOptions options;
  private final AnchorCheck anchors;
  private int afterLastHunk;
  private int shift;
  private int lastNewStart = -1;
  private int netAdded;
  private boolean noNewlineAtEndOfNew;

  private HunkLocator(FileText text, ApplyOptions options, AnchorCheck anchors) {
    this.text = text;
    this.lines = new ArrayList<>(text.lines);
    this.options = options;
    this.anchors = anchors;
  }

  /** Applies {@code hunks} to {@code content}; {@code wholeFile} demands that they cover the whole file. */
  static Located locate(byte[] content, FilePatch patch, boolean wholeFile, ApplyOptions options, AnchorCheck anchors) {
    if (patch.hunks().isEmpty()) {
      // A rename or mode change without hunks: the bytes stay as they are, line endings included.
      return new Located(List.of(), content);
    }
    HunkLocator locator = new HunkLocator(FileText.of(content, patch.crlf()), options, anchors);
    List<HunkResult> out = new ArrayList<>();
    boolean failed = false;
    for (Hunk h : patch.hunks()) {
      HunkResult r = wholeFile || h.newStart() == 0 ? locator.clearing(h, patch.hunks().size()) : locator.place(h);
      failed |= r.outcome() == HunkOutcome.FAILED;
      out.add(r);
    }
    return new Located(out, failed ? null : locator.content());
  }

  /** The new content; the last line ends as the patch says when the last hunk reached the end of the file. */
  private byte[] content() {
    boolean newlineAtEnd = afterLastHunk == lines.size() ? !noNewlineAtEndOfNew : !text.missingNewlineAtEnd;
    return text.write(lines, newlineAtEnd);
  }

  private HunkResult place(Hunk h) {
    if (h.newStart() <= lastNewStart) {
      return h.result(HunkOutcome.FAILED, 0, "it is out of order: it starts before the hunk above it");
    }
    lastNewStart = h.newStart();
    int at = h.newStart() - 1 + shift;
    if (at < afterLastHunk && shift < 0) {
      at = h.newStart() - 1;
      shift = 0;
    }
    if (at < afterLastHunk) {
      return h.result(HunkOutcome.FAILED, 0, "it overlaps the hunk above it");
    }
    Placement p = search(h, at);
    if (p == null) {
      if (!options.diagnose()) {
        return h.result(HunkOutcome.FAILED, 0, "its pre-image is not in the file");
      }
      Diagnosis d = Diagnosis.of(h, lines, at, netAdded, afterLastHunk, options.ignoreWhitespace());
      return withMismatch(h.result(HunkOutcome.FAILED, 0, d.message()), d.mismatch());
    }
    int offset = p.start() - (h.newStart() - 1);
    int oldLine = p.start() - netAdded + 1;
    Anchor anchor = offset != 0 || p.fuzz() > 0 ? anchors.check(h, oldLine) : Anchor.unchecked(h.functionName());
    if (Boolean.FALSE.equals(anchor.anchored())) {
      return result(h, HunkOutcome.FAILED, offset, p, anchor, "it would land at line " + oldLine + " (offset "
          + offset + "), " + anchor.landedIn());
    }
    shift = offset;
    afterLastHunk = apply(h, p);
    HunkOutcome outcome = p.fuzz() > 0 ? HunkOutcome.FUZZ : p.loose() ? HunkOutcome.WHITESPACE
        : offset != 0 ? HunkOutcome.OFFSET : HunkOutcome.CLEAN;
    String how = (p.fuzz() > 0 ? " with fuzz " + p.fuzz() : "") + (p.loose() ? " ignoring whitespace" : "");
    String message = outcome == HunkOutcome.CLEAN ? "" : "applied at line " + oldLine + how + (offset == 0 ? ""
        : " (offset " + offset + (Math.abs(offset) == 1 ? " line)" : " lines)"));
    return result(h, outcome, offset, p, anchor, message);
  }

  private static HunkResult result(Hunk h, HunkOutcome outcome, int offset, Placement p, Anchor anchor, String msg) {
    return new HunkResult(h.index(), h.oldStart(), h.oldLines(), h.newStart(), h.newLines(), h.function(), outcome,
        offset, p.fuzz(), p.loose(), anchor, null, msg);
  }

  private static HunkResult withMismatch(HunkResult r, Mismatch m) {
    return new HunkResult(r.index(), r.oldStart(), r.oldLines(), r.newStart(), r.newLines(), r.function(),
        r.outcome(), r.offset(), r.fuzz(), r.whitespace(), r.anchor(), m, r.message());
  }

  /** A hunk that empties the file (a deletion): it must be alone and match the whole file. */
  private HunkResult clearing(Hunk h, int hunkCount) {
    if (hunkCount != 1) {
      return h.result(HunkOutcome.FAILED, 0, "a hunk that empties the file must be the only hunk");
    }
    boolean loose = !matches(h.preImage(), 0, false);
    if (loose && !(options.ignoreWhitespace() && matches(h.preImage(), 0, true))) {
      if (!options.diagnose()) {
        return h.result(HunkOutcome.FAILED, 0, "the file's text is not the hunk's pre-image");
      }
      Diagnosis d = Diagnosis.of(h, lines, 0, 0, 0, options.ignoreWhitespace());
      return withMismatch(h.result(HunkOutcome.FAILED, 0, d.message()), d.mismatch());
    }
    if (lines.size() != h.preImage().size()) {
      return h.result(HunkOutcome.FAILED, 0, "the file has " + lines.size() + " lines where the patch removes "
          + h.preImage().size());
    }
    lines.clear();
    afterLastHunk = 0;
    return result(h, loose ? HunkOutcome.WHITESPACE : HunkOutcome.CLEAN, 0, new Placement(0, 0, 0, 0, loose),
        Anchor.unchecked(h.functionName()), "");
  }

  /** The first placement that matches: no fuzz before fuzz, exact before loose. */
  private Placement search(Hunk h, int at) {
    int context = Math.max(h.leading(), h.trailing());
    int maxFuzz = Math.min(options.fuzz(), context);
    for (int fuzz = 0; fuzz <= maxFuzz; fuzz++) {
      // GNU patch's rule: the end with less context (a hunk at the top or bottom of a file) loses less of it.
      int top = Math.min(h.leading(), Math.max(0, fuzz + h.leading() - context));
      int bottom = Math.min(h.trailing(), Math.max(0, fuzz + h.trailing() - context));
      if (h.preImage().size() - top - bottom == 0 && fuzz > 0) {
        continue;
      }
      for (int pass = 0; pass < (options.ignoreWhitespace() ? 2 : 1); pass++) {
        int start = find(h, at, top, bottom, pass == 1);
        if (start != NOT_FOUND) {
          return new Placement(start, fuzz, top, bottom, pass == 1);
        }
      }
    }
    return null;
  }

  /** Where the hunk's first line goes when its pre-image, less {@code top} and {@code bottom} lines, matches. */
  private int find(Hunk h, int at, int top, int bottom, boolean loose) {
    List<String> pre = h.preImage().subList(top, h.preImage().size() - bottom);
    if (h.preImage().size() <= 1) {
      if (matches(pre, at + top, loose)) {
        return at;
      }
      int declared = h.newStart() - 1;
      return shift != 0 && declared >= afterLastHunk && matches(pre, declared + top, loose) ? declared : NOT_FOUND;
    }
    // Only starts inside the file can match: a header that says line 99999999999999999 (read as any int) is not
    // searched for from there, one line at a time.
    for (int s = Math.min(at, lines.size()); s + top >= afterLastHunk; s--) {
      if (matches(pre, s + top, loose)) {
        return s;
      }
    }
    for (int s = Math.max(at + 1, -top); s + top + pre.size() <= lines.size(); s++) {
      if (matches(pre, s + top, loose)) {
        return s;
      }
    }
    return NOT_FOUND;
  }

  private boolean matches(List<String> pre, int pos, boolean loose) {
    if (pos < 0 || pos + pre.size() > lines.size()) {
      return false;
    }
    for (int k = 0; k < pre.size(); k++) {
      String line = lines.get(pos + k);
      if (loose ? !FileText.looselyEqual(line, pre.get(k)) : !line.equals(pre.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Applies the hunk at its placement; returns the line after it. Context lines keep the file's text (which differs
   * from the patch's only in blanks, when matched loosely), and ignored context lines are not touched. A removed line
   * that an added line follows is overwritten in place, so that a large file is not shifted for every changed line.
   */
  private int apply(Hunk h, Placement p) {
    int pos = p.start() + p.top();
    int pre = 0;
    int keepUntil = h.preImage().size() - p.bottom();
    int pendingRemovals = 0;
    boolean lastWasRemoval = false;
    for (String l : h.body()) {
      char kind = Hunk.kind(l);
      if (kind == ' ') {
        removeAt(pos, pendingRemovals);
        pendingRemovals = 0;
        pos += pre >= p.top() && pre < keepUntil ? 1 : 0;
        pre++;
      } else if (kind == '-') {
        pendingRemovals++;
        netAdded--;
        pre++;
      } else if (kind == '+') {
        if (pendingRemovals > 0) {
          lines.set(pos++, Hunk.text(l));
          pendingRemovals--;
        } else {
          lines.add(pos++, Hunk.text(l));
        }
        netAdded++;
      } else if (kind == '\\') {
        noNewlineAtEndOfNew |= !lastWasRemoval;
      }
      lastWasRemoval = kind == '-' || (kind == '\\' && lastWasRemoval);
    }
    removeAt(pos, pendingRemovals);
    return pos;
  }

  private void removeAt(int pos, int count) {
    if (count > 0) {
      lines.subList(pos, pos + count).clear();
    }
  }
}
