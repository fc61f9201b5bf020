package org.patchreview.patch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.patch.FileHeader;
import org.eclipse.jgit.patch.HunkHeader;
import org.patchreview.mail.ParsedDiff;

/**
 * One hunk as JGit parsed it, with its body lines and where its header sits in the mail (line and text).
 *
 * <p>Body lines are decoded as ISO-8859-1 so that comparing them with file lines compares bytes, as JGit does.
 * {@code preImage} is what the hunk expects in the file (context and removed lines, in order); {@code leading} and
 * {@code trailing} count the context lines before the first and after the last change, which fuzz may ignore.
 */
record Hunk(
    int index,
    int oldStart,
    int oldLines,
    int newStart,
    int newLines,
    String function,
    List<String> body,
    List<String> preImage,
    int leading,
    int trailing,
    int mailLine,
    String headerLine) {

  /** The identifier before the first parenthesis of a header that reads like a function's first line. */
  /**
   * A name followed by '('. Tried only where a word starts, and without backtracking into a name: a 10,000-character
   * word after {@code @@} was otherwise tried from each of its characters (minutes for a longer one).
   */
  private static final Pattern FUNCTION_NAME =
      Pattern.compile("(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_]*+)\\s*+\\(");

  static List<Hunk> of(FileHeader file, ParsedDiff diff) {
    List<Hunk> out = new ArrayList<>();
    int index = 1;
    for (HunkHeader h : file.getHunks()) {
      int line = diff.mailLine(h.getStartOffset());
      String text = new String(h.getBuffer(), h.getStartOffset(), h.getEndOffset() - h.getStartOffset(),
          StandardCharsets.ISO_8859_1);
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      if (lines.get(lines.size() - 1).isEmpty()) {
        lines.remove(lines.size() - 1);
      }
      String header = lines.remove(0);
      out.add(make(index++, h.getOldImage().getStartLine(), h.getOldImage().getLineCount(), h.getNewStartLine(),
          h.getNewLineCount(), function(header), lines, line,
          diff.lineText(h.getStartOffset())));
    }
    return out;
  }

  private static Hunk make(int index, int oldStart, int oldLines, int newStart, int newLines, String function,
      List<String> body, int mailLine, String headerLine) {
    List<String> pre = new ArrayList<>();
    int leading = -1;
    int trailing = 0;
    for (String l : body) {
      char kind = kind(l);
      if (kind == ' ') {
        pre.add(text(l));
        trailing++;
      } else if (kind == '-' || kind == '+') {
        if (kind == '-') {
          pre.add(text(l));
        }
        leading = leading < 0 ? pre.size() - (kind == '-' ? 1 : 0) : leading;
        trailing = 0;
      }
    }
    // A hunk without changes is all context: nothing of it may be ignored.
    boolean noChange = leading < 0;
    return new Hunk(index, oldStart, oldLines, newStart, newLines, function, List.copyOf(body), List.copyOf(pre),
        noChange ? 0 : leading, noChange ? 0 : trailing, mailLine, headerLine);
  }

  /** A body line's kind: {@code ' '} (context; a completely empty line is empty context), '-', '+' or '\\'. */
  static char kind(String bodyLine) {
    return bodyLine.isEmpty() ? ' ' : bodyLine.charAt(0);
  }

  /** A body line without its marker. */
  static String text(String bodyLine) {
    return bodyLine.isEmpty() ? "" : bodyLine.substring(1);
  }

  /** The hunk undone: removed lines become added ones and the old and new sides swap. */
  Hunk reversed() {
    List<String> swapped = new ArrayList<>(body.size());
    for (String l : body) {
      char kind = kind(l);
      swapped.add(kind == '-' ? "+" + l.substring(1) : kind == '+' ? "-" + l.substring(1) : l);
    }
    return make(index, newStart, newLines, oldStart, oldLines, function, swapped, mailLine, headerLine);
  }

  /** The text git puts after the second {@code @@}: usually the enclosing function's first line. */
  private static String function(String header) {
    int close = header.indexOf("@@", 2);
    String latin1 = close < 0 ? "" : header.substring(close + 2).strip();
    return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  /**
   * The function the header names, or "" when it names none: a header like {@code static int foo(struct x *p)} names
   * {@code foo}; {@code EXPORT_SYMBOL(foo);}, {@code #define X(a)} and {@code struct s {} name no function.
   */
  String functionName() {
    String f = function.strip();
    if (f.isEmpty() || f.startsWith("#") || f.endsWith(";")) {
      return "";
    }
    Matcher m = FUNCTION_NAME.matcher(f);
    return m.find() ? m.group(1) : "";
  }

  /** The header with a short function name, for messages: {@code @@ -2430,9 +2430,14 @@ arch_setup_dma_ops}. */
  String shortHeader() {
    String numbers = "@@ -" + oldStart + "," + oldLines + " +" + newStart + "," + newLines + " @@";
    String name = functionName();
    if (name.isEmpty()) {
      name = function.length() > 40 ? function.substring(0, 40) + "…" : function;
    }
    return name.isEmpty() ? numbers : numbers + " " + name;
  }

  /** A result for this hunk with no fuzz, no anchoring check and no mismatch. */
  HunkResult result(HunkOutcome outcome, int offset, String message) {
    return new HunkResult(index, oldStart, oldLines, newStart, newLines, function, outcome, offset, 0, false,
        Anchor.unchecked(functionName()), null, message);
  }
}
