package org.patchreview.patch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Why a hunk does not apply, for a reader: the most similar place of the file (lines scored by commons-text's
 * Levenshtein distance), the first line the hunk expects that does not match there, and both side by side.
 */
record Diagnosis(String message, Mismatch mismatch) {
  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
  /** Above this many line comparisons, only places sharing a line with the hunk (or near it) are scored. */
  private static final long FULL_SCAN_LIMIT = 400_000;
  private static final int MAX_SEED_OCCURRENCES = 20;

  /**
   * Explains a hunk whose pre-image was not found in {@code lines} (the file as the hunks above left it): {@code
   * expected} is where it was looked for first, {@code netAdded} converts positions back to the file's old lines.
   */
  static Diagnosis of(Hunk h, List<String> lines, int expected, int netAdded, int afterLastHunk, boolean loose) {
    List<String> pre = h.preImage();
    if (pre.isEmpty()) {
      return new Diagnosis("it adds lines at line " + (expected + 1) + ", but the file has only " + lines.size()
          + " lines", null);
    }
    int best = mostSimilar(pre, lines, expected);
    int same = 0;
    int first = -1;
    List<String> found = new ArrayList<>();
    for (int k = 0; k < pre.size(); k++) {
      String line = best + k < lines.size() ? lines.get(best + k) : null;
      boolean equal = line != null && (loose ? FileText.looselyEqual(line, pre.get(k)) : line.equals(pre.get(k)));
      same += equal ? 1 : 0;
      first = !equal && first < 0 ? k : first;
      if (line != null) {
        found.add(FileText.show(line));
      }
    }
    int oldLine = best - netAdded + 1;
    Mismatch mismatch = new Mismatch(oldLine, pre.stream().map(FileText::show).toList(), found, first, same);
    if (first < 0) {
      // The pre-image is there but JGit's search does not go there: it never moves a hunk above the previous one,
      // nor a hunk with at most one pre-image line.
      return new Diagnosis("its pre-image is at line " + oldLine + (best < afterLastHunk
          ? ", above the end of the previous hunk" : ", but a hunk with so little context is not moved"), mismatch);
    }
    String kind = isRemoved(h, first) ? "removed" : "context";
    String what = pre.get(first).isBlank() ? "an empty " + kind + " line"
        : kind + " line \"" + FileText.quote(pre.get(first)) + "\"";
    String nowhere = new HashSet<>(lines).contains(pre.get(first)) ? "" : " (found nowhere in the file)";
    String place = best + first >= lines.size() ? "the file ends at line " + (lines.size() - netAdded)
        : lines.get(best + first).isBlank() ? "line " + (oldLine + first) + " is empty"
        : "line " + (oldLine + first) + " reads \"" + FileText.quote(lines.get(best + first)) + "\"";
    return new Diagnosis("the most similar place is line " + oldLine + " (" + same + " of " + pre.size()
        + " lines the same), where " + place + " but the patch expects " + what + nowhere, mismatch);
  }

  /** Whether pre-image line {@code k} of the hunk is a removed line (else it is context). */
  private static boolean isRemoved(Hunk h, int k) {
    int pre = 0;
    for (String l : h.body()) {
      char kind = Hunk.kind(l);
      if (kind == ' ' || kind == '-') {
        if (pre++ == k) {
          return kind == '-';
        }
      }
    }
    return false;
  }

  /** The start of the window of the file most similar to {@code pre}; ties go to the one nearest {@code expected}. */
  private static int mostSimilar(List<String> pre, List<String> lines, int expected) {
    int best = 0;
    double bestScore = -1;
    for (int pos : candidates(pre, lines, expected)) {
      double score = 0;
      double prefix = 0;
      boolean leading = true;
      for (int k = 0; k < pre.size() && pos + k < lines.size(); k++) {
        double sim = similarity(pre.get(k), lines.get(pos + k));
        score += sim;
        leading &= sim >= 0.5;
        prefix += leading ? sim : 0;
      }
      // Lines alike from the top count twice: where the file gained or lost lines inside the hunk's span, the place
      // that matches up to the change reads better than a shifted alignment with a few more chance matches.
      score += prefix;
      if (score > bestScore + 1e-9
          || (Math.abs(score - bestScore) <= 1e-9 && Math.abs(pos - expected) < Math.abs(best - expected))) {
        best = pos;
        bestScore = score;
      }
    }
    return best;
  }

  /** Above this product of two lines' lengths, unequal lines are not compared (the edit distance is quadratic). */
  private static final long MAX_COMPARED = 1L << 20;

  /**
   * 1 for equal lines, else 1 minus the edit distance over the longer length; 0 for unequal lines too long to
   * compare, as a 200,000-character line against each line of a file once took a minute.
   */
  private static double similarity(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    if ((long) a.length() * b.length() > MAX_COMPARED) {
      return 0;
    }
    int longer = Math.max(a.length(), b.length());
    return 1 - (double) LEVENSHTEIN.apply(a, b) / longer;
  }

  /**
   * Every window start of the file; for a large file and hunk, only the starts that line some hunk line up with an
   * equal file line that is not common, and those near where the hunk was expected.
   */
  private static Set<Integer> candidates(List<String> pre, List<String> lines, int expected) {
    Set<Integer> out = new TreeSet<>();
    int last = Math.max(0, lines.size() - 1);
    if ((long) pre.size() * lines.size() <= FULL_SCAN_LIMIT) {
      for (int pos = 0; pos <= last; pos++) {
        out.add(pos);
      }
      return out;
    }
    Map<String, List<Integer>> where = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      where.computeIfAbsent(lines.get(i), x -> new ArrayList<>()).add(i);
    }
    for (int k = 0; k < pre.size(); k++) {
      List<Integer> at = where.getOrDefault(pre.get(k), List.of());
      // Lines found all over the file ("}", blank lines) say nothing about where the hunk belongs.
      if (at.size() > MAX_SEED_OCCURRENCES) {
        continue;
      }
      for (int i : at) {
        if (i - k >= 0) {
          out.add(i - k);
        }
      }
    }
    for (int pos = Math.max(0, expected - pre.size()); pos <= Math.min(last, expected + pre.size()); pos++) {
      out.add(pos);
    }
    return out;
  }
}
