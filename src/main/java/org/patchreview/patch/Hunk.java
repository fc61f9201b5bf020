package org.patchreview.patch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.patch.FileHeader;
import org.eclipse.jgit.patch.HunkHeader;
import org.patchreview.mail.ParsedDiff;

/**
 * One hunk as JGit parsed it, with its body lines and where its header sits in the mail (line and text).
 *
 * <p>Body lines are decoded as ISO-8859-1 so that comparing them with file lines compares bytes, as JGit does.
 */
record Hunk(
    int index,
    int oldStart,
    int oldLines,
    int newStart,
    int newLines,
    String function,
    List<String> body,
    int preImageLines,
    int mailLine,
    String headerLine) {

  static List<Hunk> of(FileHeader file, ParsedDiff diff) {
    List<Hunk> out = new ArrayList<>();
    int index = 1;
    for (HunkHeader h : file.getHunks()) {
      String text = new String(h.getBuffer(), h.getStartOffset(), h.getEndOffset() - h.getStartOffset(),
          StandardCharsets.ISO_8859_1);
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      if (lines.get(lines.size() - 1).isEmpty()) {
        lines.remove(lines.size() - 1);
      }
      String header = lines.remove(0);
      out.add(new Hunk(index++, h.getOldImage().getStartLine(), h.getOldImage().getLineCount(), h.getNewStartLine(),
          h.getNewLineCount(), function(header), List.copyOf(lines),
          h.getLinesContext() + h.getOldImage().getLinesDeleted(), diff.mailLine(h.getStartOffset()),
          diff.lineText(h.getStartOffset())));
    }
    return out;
  }

  /** The text git puts after the second {@code @@}: usually the enclosing function's first line. */
  private static String function(String header) {
    int close = header.indexOf("@@", 2);
    String latin1 = close < 0 ? "" : header.substring(close + 2).strip();
    return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  /** The header with a short function name, for messages: {@code @@ -2430,9 +2430,14 @@ arch_setup_dma_ops}. */
  String shortHeader() {
    String numbers = "@@ -" + oldStart + "," + oldLines + " +" + newStart + "," + newLines + " @@";
    String name = function;
    int paren = name.indexOf('(');
    if (paren > 0) {
      String before = name.substring(0, paren).strip();
      name = before.substring(before.lastIndexOf(' ') + 1).replace("*", "");
    } else if (name.length() > 40) {
      name = name.substring(0, 40) + "…";
    }
    return name.isEmpty() ? numbers : numbers + " " + name;
  }

  HunkResult result(HunkOutcome outcome, int offset, String message) {
    return new HunkResult(index, oldStart, oldLines, newStart, newLines, function, outcome, offset, message);
  }
}
