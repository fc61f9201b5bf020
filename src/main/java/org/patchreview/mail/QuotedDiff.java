package org.patchreview.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patchreview.diag.Diagnostic;

/**
 * Recovers the diff a reply quotes ({@code > }, {@code > > }): the lines at the quote depth of its first line, with
 * the reviewer's interleaved comments left out. Quoting damages diffs in two common ways, both repaired here and
 * reported where they happened: a blank context line loses its leading space (mailers strip trailing blanks), and a
 * long line is rewrapped onto the next one. The hunk headers' line counts tell one from the other. A reply that stops
 * quoting a hunk before its last context lines loses nothing the patch changes: the hunk is recounted without them.
 * Damage that cannot be repaired (changed lines cut off, more lines than a hunk counts) is an error.
 */
final class QuotedDiff {
  private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@(.*)");
  private static final Pattern ATTRIBUTION = Pattern.compile(
      "^(?:On .*,\\s*|On .*\\d{1,2}:\\d{2}(?::\\d{2})?\\s+)?(.+?)\\s*(?:<([^<>\\s]+@[^<>\\s]+)>)?"
          + "\\s+(?:wrote|writes):\\s*$");
  private static final List<String> FILE_HEADERS = List.of("diff --git ", "index ", "--- ", "+++ ", "new file mode ",
      "deleted file mode ", "old mode ", "new mode ", "similarity index ", "dissimilarity index ", "rename from ",
      "rename to ", "copy from ", "copy to ", "Binary files ");

  /** A diff recovered from quotes: the quoted commit message, the diff, who the reply says wrote it, the repairs. */
  record Recovered(String message, String diff, int diffLine, String quotedName, String quotedEmail,
      List<Diagnostic> diagnostics) {}

  private QuotedDiff() {}

  /** The quote marks in front of the first quoted diff line ({@code "> "}, {@code "> > "}), or null when none. */
  static String quotePrefix(String text) {
    // Found by searching, not by splitting: most replies of an archive quote no diff, many quote prose only.
    String gitDiff = quotedBefore(text, "diff --git ");
    return gitDiff != null ? gitDiff : text.contains("--- ") ? unifiedPrefix(text.split("\n", -1)) : null;
  }

  /** The quote marks in front of the first quoted line that starts with {@code marker}, or null. */
  private static String quotedBefore(String text, String marker) {
    for (int at = text.indexOf(marker); at > 0; at = text.indexOf(marker, at + 1)) {
      int lineStart = text.lastIndexOf('\n', at - 1) + 1;
      String prefix = text.substring(lineStart, at);
      if (isQuoteMarks(prefix)) {
        return prefix;
      }
    }
    return null;
  }

  /** Quote marks: {@code >} and single spaces, starting with {@code >}. */
  private static boolean isQuoteMarks(String prefix) {
    if (prefix.isEmpty() || prefix.charAt(0) != '>' || prefix.contains("  ")) {
      return false;
    }
    for (int i = 1; i < prefix.length(); i++) {
      if (prefix.charAt(i) != '>' && prefix.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** The quote marks of a quoted {@code ---}, {@code +++}, {@code @@} triple (a diff without a git header). */
  private static String unifiedPrefix(String[] lines) {
    for (int i = 0; i + 2 < lines.length; i++) {
      String l = lines[i];
      int k = l.indexOf("--- ");
      String prefix = k > 0 ? l.substring(0, k) : "";
      if (isQuoteMarks(prefix) && lines[i + 1].startsWith(prefix + "+++ ")
          && lines[i + 2].startsWith(prefix + "@@ ")) {
        return prefix;
      }
    }
    return null;
  }

  /** The diff quoted in {@code text} (a body whose first line is source line {@code bodyLine}), or null. */
  static Recovered recover(String text, int bodyLine, String source) {
    String prefix = quotePrefix(text);
    if (prefix == null) {
      return null;
    }
    String[] lines = text.split("\n", -1);
    Depth depth = new Depth(prefix);
    int first = -1;
    int start = -1;
    for (int i = 0; i < lines.length && start < 0; i++) {
      String c = depth.content(lines[i]);
      first = first < 0 && c != null ? i : first;
      start = c != null && startsDiff(lines, i, depth) ? i : -1;
    }
    if (start < 0) {
      return null;
    }
    StringBuilder message = new StringBuilder();
    for (int i = first; i < start; i++) {
      String c = depth.content(lines[i]);
      if (c != null) {
        message.append(c).append('\n');
      }
    }
    Walk walk = new Walk(lines, depth, bodyLine, source);
    walk.run(start);
    String[] by = attribution(lines, first);
    return new Recovered(PatchExtractor.messageAbove(message.toString()), walk.diff(), bodyLine + start, by[0], by[1],
        walk.diagnostics);
  }

  /** A {@code diff --git} line, or a {@code ---}, {@code +++}, {@code @@} triple, at this depth. */
  private static boolean startsDiff(String[] lines, int i, Depth depth) {
    String c = depth.content(lines[i]);
    if (c.startsWith("diff --git ")) {
      return true;
    }
    String plus = i + 1 < lines.length ? depth.content(lines[i + 1]) : null;
    String hunk = i + 2 < lines.length ? depth.content(lines[i + 2]) : null;
    return c.startsWith("--- ") && plus != null && plus.startsWith("+++ ") && hunk != null && hunk.startsWith("@@ ");
  }

  /** Who the reply says wrote what it quotes: the nearest "X wrote:" line above the quote. */
  private static String[] attribution(String[] lines, int first) {
    for (int i = first - 1; i >= 0 && i >= first - 3; i--) {
      Matcher m = ATTRIBUTION.matcher(lines[i].replaceFirst("^[> ]*", ""));
      if (m.matches()) {
        return new String[] {m.group(1).replaceAll("^\"|\"$", ""), m.group(2) == null ? "" : m.group(2)};
      }
    }
    return new String[] {"", ""};
  }

  /** The lines of one quote depth. */
  private record Depth(String prefix, String bare) {
    Depth(String prefix) {
      this(prefix, prefix.stripTrailing());
    }

    /**
     * The line without its quote marks; "" for a line at this depth that lost its trailing blanks; null for a line
     * at another depth (the reviewer's own words, or an older quote).
     */
    String content(String line) {
      if (line.startsWith(prefix)) {
        String c = line.substring(prefix.length());
        return c.startsWith(">") ? null : c;
      }
      return line.startsWith(bare) && line.substring(bare.length()).isBlank() ? "" : null;
    }
  }

  /** Walks the quoted diff hunk by hunk, counting lines against each hunk header. */
  private static final class Walk {
    private final String[] lines;
    private final Depth depth;
    private final int bodyLine;
    private final String source;
    private final List<String> out = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int oldLeft;
    private int newLeft;
    private int hunkLine;
    private int hunkAt = -1;
    private Matcher hunk;
    private boolean afterHeader;

    Walk(String[] lines, Depth depth, int bodyLine, String source) {
      this.lines = lines;
      this.depth = depth;
      this.bodyLine = bodyLine;
      this.source = source;
    }

    String diff() {
      return out.isEmpty() ? "" : String.join("\n", out) + "\n";
    }

    void run(int start) {
      for (int i = start; i < lines.length; i++) {
        String c = depth.content(lines[i]);
        if (c == null) {
          afterHeader = false;
          continue;
        }
        if (inHunk() && (c.startsWith("@@ ") || c.startsWith("diff --git "))) {
          cutShort();
        }
        if (inHunk()) {
          hunkLine(i, c);
        } else if (c.equals("-- ") || c.equals("--")) {
          break;
        } else {
          between(i, c);
        }
      }
      cutShort();
    }

    /**
     * The quote stops before the hunk's end: when only context lines are missing (as many on both sides), the hunk
     * is recounted without them; when changed lines are missing, the patch cannot be recovered.
     */
    private void cutShort() {
      if (!inHunk()) {
        return;
      }
      if (oldLeft != newLeft) {
        error(hunkLine, "the quoted diff stops inside the hunk that starts here, before all its changed lines: the "
            + "reply does not quote all of it");
      } else {
        int oldCount = count(hunk.group(2)) - oldLeft;
        int newCount = count(hunk.group(4)) - newLeft;
        // The header as it now stands: a rewrapped section heading may have been joined to it since.
        String header = out.get(hunkAt);
        out.set(hunkAt, "@@ -" + hunk.group(1) + "," + oldCount + " +" + hunk.group(3) + "," + newCount + " @@"
            + header.substring(header.indexOf(" @@", 3) + 3));
        diagnostics.add(Diagnostic.warning(source, hunkLine, "quoted diff: the reply stops quoting this hunk "
            + oldLeft + " context line(s) before its end; it is recounted without them"));
      }
      oldLeft = 0;
      newLeft = 0;
    }

    private static int count(String group) {
      return group == null ? 1 : Integer.parseInt(group);
    }

    private boolean inHunk() {
      return oldLeft > 0 || newLeft > 0;
    }

    private void hunkLine(int i, String c) {
      if (c.isEmpty()) {
        if (blankIsContext(i)) {
          take(" ");
          warn(i, "a blank context line lost its leading space to the quoting; restored");
        }
      } else if (isMarked(c)) {
        take(c);
      } else {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + c);
        warn(i, "this line was wrapped by the quoting; joined to the line above");
      }
    }

    private void between(int i, String c) {
      Matcher h = HUNK.matcher(c);
      boolean header = FILE_HEADERS.stream().anyMatch(c::startsWith);
      if (h.matches()) {
        hunk = h;
        oldLeft = count(h.group(2));
        newLeft = count(h.group(4));
        hunkLine = bodyLine + i;
        hunkAt = out.size();
        out.add(c);
      } else if (header) {
        out.add(c);
      } else if (afterHeader && !c.isEmpty()) {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + c);
        warn(i, "this file header line was wrapped by the quoting; joined to the line above");
      } else if (hunk != null && !c.isEmpty() && isMarked(c)) {
        error(bodyLine + i, "quoting damaged the hunk above: it has more lines than its header counts (a line "
            + "rewrapped where it cannot be told from a diff line?)");
      }
      afterHeader = header && !h.matches();
    }

    /** Counts a diff line against the hunk it is in. */
    private void take(String c) {
      out.add(c);
      char kind = c.charAt(0);
      oldLeft -= kind == ' ' || kind == '-' ? 1 : 0;
      newLeft -= kind == ' ' || kind == '+' ? 1 : 0;
    }

    /** A blank is a context line when the lines after it leave room for one more on both sides of the hunk. */
    private boolean blankIsContext(int at) {
      int oldSeen = 0;
      int newSeen = 0;
      for (int j = at + 1; j < lines.length && (oldSeen < oldLeft || newSeen < newLeft); j++) {
        String c = depth.content(lines[j]);
        if (c == null || c.isEmpty()) {
          continue;
        }
        if (c.startsWith("@@ ") || c.startsWith("diff --git ")) {
          break;
        }
        char kind = c.charAt(0);
        oldSeen += kind == ' ' || kind == '-' ? 1 : 0;
        newSeen += kind == ' ' || kind == '+' ? 1 : 0;
      }
      return oldSeen < oldLeft && newSeen < newLeft;
    }

    private static boolean isMarked(String c) {
      char kind = c.charAt(0);
      return kind == ' ' || kind == '+' || kind == '-' || kind == '\\';
    }

    private void warn(int i, String what) {
      diagnostics.add(Diagnostic.warning(source, bodyLine + i, "quoted diff: " + what).quoting(lines[i]));
    }

    private void error(int line, String what) {
      diagnostics.add(Diagnostic.error(source, line, what));
    }
  }
}
