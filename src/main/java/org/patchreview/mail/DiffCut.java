package org.patchreview.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patchreview.diag.Diagnostic;

/**
 * The lines of a diff that belong to it, hunks read by their line counts as {@code git apply} reads them.
 *
 * <p>What follows a hunk's counts up to the next file or hunk header is not part of the patch: the blank line and
 * {@code base-commit:}/{@code prerequisite-patch-id:} trailers of {@code git format-patch --base}, a signature, b4's
 * remnants. JGit reads a blank line after a hunk as one more context line, so those lines are cut before JGit sees
 * the diff; {@code lines} keeps, for each line kept, its line in the original diff, so diagnostics still point at the
 * mail. Header lines JGit would throw on (a malformed {@code index} or mode line) become errors here instead.
 *
 * @param text the diff as JGit should read it
 * @param lines for line {@code i} of {@code text} (0-based), its 0-based line in the diff as the mail carries it
 * @param diagnostics lines beyond a hunk's counts that look like changes, and malformed header lines
 */
record DiffCut(String text, int[] lines, List<Diagnostic> diagnostics) {
  private static final Pattern HUNK = Pattern.compile("@@ -\\d+(?:,(\\d+))? \\+\\d+(?:,(\\d+))? @@.*");
  /** JGit reads object ids of up to 40 hex digits and modes as octal numbers; anything else makes it throw. */
  private static final Pattern INDEX = Pattern.compile("index [0-9a-fA-F]{1,40}\\.\\.[0-9a-fA-F]{1,40}(?: [0-7]{1,7})?");
  private static final Pattern MODE = Pattern.compile("(old mode|new mode|deleted file mode|new file mode) (.*)");
  private static final Pattern OCTAL = Pattern.compile("[0-7]{1,7}");

  /** Where the reader is: in a file's header lines, inside a hunk, or past a hunk's counts. */
  private enum State { HEADER, BODY, AFTER }

  static DiffCut of(String diff, String source, int firstLine) {
    String[] in = diff.split("\n", -1);
    int count = diff.endsWith("\n") ? in.length - 1 : in.length;
    StringBuilder text = new StringBuilder(diff.length());
    int[] lines = new int[count];
    int kept = 0;
    Reader reader = new Reader(source, firstLine);
    for (int i = 0; i < count; i++) {
      if (reader.keeps(in, i, count)) {
        lines[kept++] = i;
        text.append(in[i]).append('\n');
      }
    }
    return new DiffCut(text.toString(), java.util.Arrays.copyOf(lines, kept), List.copyOf(reader.diagnostics));
  }

  /** Reads a diff line by line, hunks by their counts, and says which lines belong to it. */
  private static final class Reader {
    private final String source;
    private final int firstLine;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private State state = State.HEADER;
    private boolean gitHeader;
    private int oldLeft;
    private int newLeft;
    private int hunkLine;
    private boolean warned;

    Reader(String source, int firstLine) {
      this.source = source;
      this.firstLine = firstLine;
    }

    /** Whether line {@code i} of {@code in} belongs to the diff. */
    boolean keeps(String[] in, int i, int count) {
      String l = in[i];
      if (state == State.BODY && oldLeft <= 0 && newLeft <= 0 && !l.startsWith("\\")) {
        state = State.AFTER;
      }
      if (state == State.BODY) {
        countBody(l);
      }
      if (state == State.BODY) {
        return true;
      }
      Matcher hunk = HUNK.matcher(l);
      if (hunk.matches()) {
        state = State.BODY;
        oldLeft = lineCount(hunk.group(1));
        newLeft = lineCount(hunk.group(2));
        hunkLine = i;
        warned = false;
      } else if (startsFile(in, i, count)) {
        state = State.HEADER;
        gitHeader = l.startsWith("diff --git ");
      } else if (state == State.AFTER) {
        if (!warned && looksLikeChange(l)) {
          diagnostics.add(Diagnostic.warning(source, firstLine + i, "suspicious diff: this line follows the hunk at"
              + " line " + (firstLine + hunkLine) + " beyond its line counts, so it is not applied").quoting(l));
          warned = true;
        }
        return false;
      } else if (gitHeader) {
        checkHeader(l, source, firstLine + i, diagnostics);
      }
      return true;
    }

    /** Counts a line of a hunk's body; a line that is none ends a short hunk (JGit reports it). */
    private void countBody(String l) {
      // An empty line is empty context (a mailer stripped its blank), with or without a CR-LF ending.
      char kind = l.isEmpty() || l.equals("\r") ? ' ' : l.charAt(0);
      switch (kind) {
        case ' ' -> {
          oldLeft--;
          newLeft--;
        }
        case '-' -> oldLeft--;
        case '+' -> newLeft--;
        case '\\' -> { }
        default -> state = State.HEADER;
      }
    }
  }

  /** A hunk header's line count: 1 when left out, and no overflow for absurd ones (JGit reports those). */
  private static int lineCount(String digits) {
    return digits == null ? 1 : digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }

  /** Whether line {@code i} opens a file: {@code diff ...}, {@code Index: ...}, or a {@code ---}/{@code +++} pair. */
  private static boolean startsFile(String[] in, int i, int count) {
    String l = in[i];
    return l.startsWith("diff ") || l.startsWith("Index: ")
        || (l.startsWith("--- ") && i + 1 < count && in[i + 1].startsWith("+++ "));
  }

  /**
   * Whether a line past a hunk's counts would have changed the file had the counts been larger: an added or removed
   * line, not a signature or separator dash line nor a blank or trailer line.
   */
  private static boolean looksLikeChange(String l) {
    return (l.startsWith("+") || (l.startsWith("-") && !l.matches("-{2,3}\\s*"))) && l.length() > 1;
  }

  private static void checkHeader(String l, String source, int line, List<Diagnostic> out) {
    if (l.startsWith("index ") && !INDEX.matcher(l.stripTrailing()).matches()) {
      out.add(Diagnostic.error(source, line, "malformed diff: the index line is not \"index OLD..NEW [MODE]\" with"
          + " object ids of 1 to 40 hexadecimal digits and an octal mode; this patch cannot be applied").quoting(l));
      return;
    }
    Matcher mode = MODE.matcher(l);
    if (mode.matches() && !OCTAL.matcher(mode.group(2).strip()).matches()) {
      out.add(Diagnostic.error(source, line, "malformed diff: the " + mode.group(1) + " line needs an octal file mode"
          + " (such as 100644); this patch cannot be applied").quoting(l));
    }
  }
}
