package org.patchreview.patch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds where each hunk of a file applies, replaying JGit's search so that the offsets reported are where JGit
 * applies the hunks (JGit itself does not tell).
 *
 * <p>Like JGit's {@code PatchApplier}: a hunk is expected at its header line moved by the previous hunk's offset; its
 * pre-image is searched upwards to the end of the previous hunk, then downwards; hunks with at most one pre-image
 * line are never shifted. Lines are compared byte for byte (decoded as ISO-8859-1), with no fuzz. Unlike JGit, a
 * failed hunk does not stop the search: the hunks after it are still located, for the report.
 */
final class HunkLocator {
  private final List<String> lines;
  private final boolean wholeFile;
  private Set<String> original;
  private int afterLastHunk;
  private int shift;
  private int lastNewStart = -1;
  private int netAdded;

  private HunkLocator(byte[] content, boolean wholeFile) {
    this.lines = splitLines(content);
    this.wholeFile = wholeFile;
  }

  /** The result of every hunk; {@code wholeFile} demands that the hunks cover the whole file (a deletion). */
  static List<HunkResult> locate(byte[] content, List<Hunk> hunks, boolean wholeFile) {
    HunkLocator locator = new HunkLocator(content, wholeFile);
    List<HunkResult> out = new ArrayList<>();
    for (Hunk h : hunks) {
      out.add(locator.place(h, hunks.size()));
    }
    return out;
  }

  private HunkResult place(Hunk h, int hunkCount) {
    if (h.newStart() <= lastNewStart) {
      return h.result(HunkOutcome.FAILED, 0, "it is out of order: it starts before the hunk above it");
    }
    lastNewStart = h.newStart();
    if (h.newStart() == 0 || wholeFile) {
      return clearing(h, hunkCount);
    }
    int at = h.newStart() - 1 + shift;
    if (at < afterLastHunk && shift < 0) {
      at = h.newStart() - 1;
      shift = 0;
    }
    if (at < afterLastHunk) {
      return h.result(HunkOutcome.FAILED, 0, "it overlaps the hunk above it");
    }
    int found = find(h, at);
    if (found < 0) {
      return h.result(HunkOutcome.FAILED, 0, reason(h, at));
    }
    shift = found - (h.newStart() - 1);
    int oldLine = found - netAdded + 1;
    afterLastHunk = apply(h, found);
    return shift == 0
        ? h.result(HunkOutcome.CLEAN, 0, "")
        : h.result(HunkOutcome.OFFSET, shift,
            "applied at line " + oldLine + " (offset " + shift + (Math.abs(shift) == 1 ? " line)" : " lines)"));
  }

  /** A hunk that empties the file (a deletion): it must be alone and match the whole file. */
  private HunkResult clearing(Hunk h, int hunkCount) {
    if (hunkCount != 1) {
      return h.result(HunkOutcome.FAILED, 0, "a hunk that empties the file must be the only hunk");
    }
    if (!canApplyAt(h, 0)) {
      return h.result(HunkOutcome.FAILED, 0, reason(h, 0));
    }
    if (lines.size() != h.preImageLines()) {
      return h.result(HunkOutcome.FAILED, 0, "the file has " + lines.size() + " lines where the patch removes "
          + h.preImageLines());
    }
    lines.clear();
    return h.result(HunkOutcome.CLEAN, 0, "");
  }

  private int find(Hunk h, int at) {
    int preImage = h.preImageLines();
    if (preImage <= 1) {
      if (canApplyAt(h, at)) {
        return at;
      }
      int declared = h.newStart() - 1;
      return shift != 0 && declared >= afterLastHunk && canApplyAt(h, declared) ? declared : -1;
    }
    for (int pos = at; pos >= afterLastHunk; pos--) {
      if (canApplyAt(h, pos)) {
        return pos;
      }
    }
    for (int pos = at + 1; pos <= lines.size() - preImage; pos++) {
      if (canApplyAt(h, pos)) {
        return pos;
      }
    }
    return -1;
  }

  private boolean canApplyAt(Hunk h, int pos) {
    if (pos > lines.size()) {
      return false;
    }
    int p = pos;
    for (String l : h.body()) {
      if (l.isEmpty() || l.charAt(0) == ' ' || l.charAt(0) == '-') {
        if (p >= lines.size() || !lines.get(p).equals(preImageText(l))) {
          return false;
        }
        p++;
      }
    }
    return true;
  }

  /** Applies the hunk at {@code pos} to the working lines; returns the line after it. */
  private int apply(Hunk h, int pos) {
    int p = pos;
    for (String l : h.body()) {
      if (l.isEmpty() || l.charAt(0) == ' ') {
        p++;
      } else if (l.charAt(0) == '-') {
        lines.remove(p);
        netAdded--;
      } else if (l.charAt(0) == '+') {
        lines.add(p++, l.substring(1));
        netAdded++;
      }
    }
    return p;
  }

  /** Why a hunk does not apply: a pre-image line found nowhere in the file, or how the closest match differs. */
  private String reason(Hunk h, int expected) {
    if (original == null) {
      original = new HashSet<>(lines);
    }
    for (String l : h.body()) {
      boolean removed = !l.isEmpty() && l.charAt(0) == '-';
      if ((l.isEmpty() || l.charAt(0) == ' ' || removed) && !original.contains(preImageText(l))) {
        return (removed ? "removed" : "context") + " line \"" + show(preImageText(l)) + "\" not found";
      }
    }
    return closestMatch(preImage(h), expected);
  }

  private String closestMatch(List<String> pre, int expected) {
    int best = -1;
    int bestScore = -1;
    int bestCount = 0;
    for (int pos = 0; pos + pre.size() <= lines.size(); pos++) {
      int count = 0;
      int prefix = -1;
      for (int k = 0; k < pre.size(); k++) {
        boolean same = lines.get(pos + k).equals(pre.get(k));
        count += same ? 1 : 0;
        prefix = !same && prefix < 0 ? k : prefix;
      }
      // Lines matching from the top count twice: where the file gained lines inside the hunk's span, the place
      // that matches up to the change reads better than a shifted alignment with a few more chance matches.
      int score = count + (prefix < 0 ? pre.size() : prefix);
      if (score > bestScore || (score == bestScore && Math.abs(pos - expected) < Math.abs(best - expected))) {
        best = pos;
        bestScore = score;
        bestCount = count;
      }
    }
    if (best < 0) {
      return "the file has only " + lines.size() + " lines";
    }
    if (bestCount == pre.size()) {
      // The pre-image exists but JGit's search does not go there: it never moves a hunk above the previous one,
      // nor a hunk with at most one pre-image line.
      return "its pre-image is at line " + (best - netAdded + 1) + (best < afterLastHunk
          ? ", above the end of the previous hunk" : ", but a hunk with so little context is not moved");
    }
    int k = 0;
    while (lines.get(best + k).equals(pre.get(k))) {
      k++;
    }
    return "closest match at line " + (best - netAdded + 1) + " (" + bestCount + " of " + pre.size()
        + " lines); line " + (best + k - netAdded + 1) + " reads \"" + show(lines.get(best + k))
        + "\" where the patch expects \"" + show(pre.get(k)) + "\"";
  }

  private static List<String> preImage(Hunk h) {
    List<String> out = new ArrayList<>();
    for (String l : h.body()) {
      if (l.isEmpty() || l.charAt(0) == ' ' || l.charAt(0) == '-') {
        out.add(preImageText(l));
      }
    }
    return out;
  }

  /** A context or removed line without its marker; a completely empty line is an empty context line. */
  private static String preImageText(String bodyLine) {
    return bodyLine.isEmpty() ? "" : bodyLine.substring(1);
  }

  /** A line as a reader wants to see it in a message: UTF-8, trimmed, cut when long. */
  private static String show(String latin1) {
    String s = new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).strip();
    return s.length() > 72 ? s.substring(0, 72) + "…" : s;
  }

  /** The file's lines without endings; CRLF files are compared as LF, as JGit converts them. */
  private static List<String> splitLines(byte[] content) {
    String text = new String(content, StandardCharsets.ISO_8859_1);
    boolean crlf = text.contains("\r\n");
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      int stop = end < 0 ? text.length() : end;
      String line = text.substring(start, stop);
      out.add(crlf && line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
      start = stop + 1;
    }
    return out;
  }
}
