package org.patchreview.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a unified diff into the diff that undoes it (what {@code git apply -R} applies): old and new sides swapped in
 * file headers, modes, index lines and hunk ranges, removed lines added and added lines removed.
 */
public final class DiffReverser {
  private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+(?:,\\d+)?) \\+(\\d+(?:,\\d+)?) @@(.*)$");
  private static final Pattern GIT = Pattern.compile("^diff --git a/(\\S+) b/(\\S+)$");
  private static final Pattern INDEX = Pattern.compile("^index ([0-9a-f]+)\\.\\.([0-9a-f]+)(.*)$");

  private DiffReverser() {}

  /** The patch mail that undoes {@code m}: the same mail with its diff reversed. */
  public static org.patchreview.mail.PatchMail reversed(org.patchreview.mail.PatchMail m) {
    return new org.patchreview.mail.PatchMail(m.source(), m.sourceLine(), m.subject(), m.rawSubject(), m.prefix(),
        m.authorName(), m.authorEmail(), m.date(), m.messageId(), m.inReplyTo(), m.references(), m.message(),
        m.trailers(), reverse(m.diff()), m.diffLine());
  }

  public static String reverse(String diff) {
    String[] lines = diff.split("\n", -1);
    List<String> out = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("-") && !line.startsWith("--- ")) {
        added.add("+" + line.substring(1) + noNewline(lines, i));
        i += noNewline(lines, i).isEmpty() ? 0 : 1;
        continue;
      }
      if (line.startsWith("+") && !line.startsWith("+++ ")) {
        removed.add("-" + line.substring(1) + noNewline(lines, i));
        i += noNewline(lines, i).isEmpty() ? 0 : 1;
        continue;
      }
      flush(out, removed, added);
      if (pair(line, lines, i, "rename from ", "rename to ", out) || pair(line, lines, i, "old mode ", "new mode ", out)
          || pair(line, lines, i, "copy from ", "copy to ", out)) {
        i++;
        continue;
      }
      out.add(header(line, lines, i));
      if (line.startsWith("--- ") && i + 1 < lines.length && lines[i + 1].startsWith("+++ ")) {
        out.set(out.size() - 1, "--- " + side(lines[i + 1].substring(4), "a/"));
        out.add("+++ " + side(line.substring(4), "b/"));
        i++;
      }
    }
    flush(out, removed, added);
    return String.join("\n", out);
  }

  /** {@code first X} followed by {@code second Y} becomes {@code first Y}, {@code second X}. */
  private static boolean pair(String line, String[] lines, int i, String first, String second, List<String> out) {
    if (!line.startsWith(first) || i + 1 >= lines.length || !lines[i + 1].startsWith(second)) {
      return false;
    }
    out.add(first + lines[i + 1].substring(second.length()));
    out.add(second + line.substring(first.length()));
    return true;
  }

  /** The "\ No newline at end of file" marker that belongs to line {@code i}, with its line break, or "". */
  private static String noNewline(String[] lines, int i) {
    return i + 1 < lines.length && lines[i + 1].startsWith("\\ ") ? "\n" + lines[i + 1] : "";
  }

  /** A change block: the lines the reverse removes first, then the ones it adds, as git orders them. */
  private static void flush(List<String> out, List<String> removed, List<String> added) {
    out.addAll(removed);
    out.addAll(added);
    removed.clear();
    added.clear();
  }

  private static String side(String path, String prefix) {
    if (path.equals("/dev/null")) {
      return path;
    }
    return path.startsWith("a/") || path.startsWith("b/") ? prefix + path.substring(2) : path;
  }

  private static String header(String line, String[] lines, int i) {
    Matcher m = HUNK.matcher(line);
    if (m.matches()) {
      return "@@ -" + m.group(2) + " +" + m.group(1) + " @@" + m.group(3);
    }
    m = GIT.matcher(line);
    if (m.matches()) {
      return "diff --git a/" + m.group(2) + " b/" + m.group(1);
    }
    m = INDEX.matcher(line);
    if (m.matches()) {
      return "index " + m.group(2) + ".." + m.group(1) + m.group(3);
    }
    if (line.startsWith("new file mode ")) {
      return "deleted file mode " + line.substring("new file mode ".length());
    }
    if (line.startsWith("deleted file mode ")) {
      return "new file mode " + line.substring("deleted file mode ".length());
    }
    return line;
  }
}
