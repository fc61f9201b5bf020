package org.patchreview.mail;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the patch in a decoded message: the commit message above the {@code ---} line, in-body headers, trailers,
 * and the diff without the format-patch signature.
 */
final class PatchExtractor {
  private static final Pattern SEPARATOR = Pattern.compile("---[ \\t]*");
  /** What git format-patch and b4 write above an interdiff or range-diff: "Interdiff against v1:" and the like. */
  private static final Pattern INTERDIFF = Pattern.compile("Interdiff( (against|relative to) .*)?:\\s*");
  /** The last line of a diffstat, which a patch's interdiff comes before and a cover letter's after. */
  private static final Pattern DIFFSTAT_END = Pattern.compile(" \\d+ files? changed.*");
  private static final Pattern IN_BODY = Pattern.compile("(From|Subject|Date):[ \\t]*(.*)");

  private PatchExtractor() {}

  /** The patch the message carries, or empty when it carries no diff (a cover letter or a reply). */
  static Optional<PatchMail> extract(MailMessage m, RawMessage raw) {
    List<MailPart> parts = m.parts();
    for (int i = 0; i < parts.size(); i++) {
      String text = parts.get(i).text();
      int start = diffStart(text);
      if (start >= 0) {
        String above = i == 0 ? text.substring(0, start) : parts.get(0).text();
        String diff = withoutSignature(text.substring(start));
        int diffLine = diffLine(m, raw, text, start, diff);
        return Optional.of(build(m, messageAbove(above), diff, diffLine));
      }
    }
    return Optional.empty();
  }

  /**
   * What the first reading needs of a patch: its subject, author name and address as the patch states them (in-body
   * headers first), or null when the message carries no diff. Nothing is cut out and no line is looked for.
   */
  static String[] peek(MailMessage m) {
    List<MailPart> parts = m.parts();
    for (int i = 0; i < parts.size(); i++) {
      String text = parts.get(i).text();
      int start = diffStart(text);
      if (start >= 0) {
        InBody in = InBody.parse(i == 0 ? text.substring(0, start) : parts.get(0).text());
        String[] author = author(m, in);
        return new String[] {in.subject() != null ? in.subject() : m.rawSubject(), author[0], author[1]};
      }
    }
    return null;
  }

  private static String[] author(MailMessage m, InBody in) {
    return in.from() != null ? MessageDecoder.splitAddress(in.from()) : new String[] {m.authorName(), m.authorEmail()};
  }

  static PatchMail build(MailMessage m, String above, String diff, int diffLine) {
    InBody in = InBody.parse(above);
    String rawSubject = in.subject() != null ? in.subject() : m.rawSubject();
    String[] author = author(m, in);
    // Blank lines go, but not the indentation of the first line.
    String message = in.rest().replaceFirst("^(?:[ \\t]*\n)+", "").stripTrailing();
    SubjectParser.Parsed subject = SubjectParser.parse(rawSubject);
    return new PatchMail(m.source(), m.sourceLine(), subject.subject(), rawSubject, subject.prefix(), author[0],
        author[1], in.date() != null ? in.date() : m.date(), m.messageId(), m.inReplyTo(), m.references(), message,
        TrailerParser.parse(message), diff, diffLine, m.to(), m.cc());
  }

  /**
   * In-body headers: {@code From:}, {@code Subject:} and {@code Date:} lines opening the body and followed by a
   * blank line, as git format-patch writes when the sender is not the author. They override the mail's own.
   */
  private record InBody(String from, String subject, String date, String rest) {
    static InBody parse(String text) {
      String[] values = new String[3];
      int count = 0;
      int start = 0;
      // Only the opening lines are looked at: the message below them is never split.
      while (start <= text.length()) {
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        Matcher m = IN_BODY.matcher(text.substring(start, end));
        if (!m.matches()) {
          boolean blank = text.substring(start, end).isBlank();
          return count == 0 || !blank ? new InBody(null, null, null, text)
              : new InBody(values[0], values[1], values[2], text.substring(start));
        }
        int slot = switch (m.group(1)) {
          case "From" -> 0;
          case "Subject" -> 1;
          default -> 2;
        };
        values[slot] = MessageDecoder.decodeWords(m.group(2));
        count++;
        start = end + 1;
      }
      return new InBody(values[0], values[1], values[2], "");
    }
  }

  /**
   * Where the diff starts: a {@code diff --git} line, an {@code Index:} line followed by a file header, or a
   * {@code --- }/{@code +++ } pair followed by a hunk; -1 when there is none.
   */
  static int diffStart(String text) {
    // Most messages of an archive are replies without a diff: answer those without splitting them into lines.
    if (!startsAnyLine(text, "diff --git ", "\ndiff --git ") && !startsAnyLine(text, "--- ", "\n--- ")
        && !startsAnyLine(text, "Index: ", "\nIndex: ")) {
      return -1;
    }
    String[] lines = text.split("\n", -1);
    int offset = 0;
    boolean interdiff = false;
    boolean indented = false;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      // An interdiff is a diff against the previous version, not the patch. Above a patch git indents it, and it
      // ends where the indentation does; in a cover letter it is not indented and nothing after it is a patch.
      if (INTERDIFF.matcher(l).matches()) {
        interdiff = true;
        indented = i + 1 < lines.length && lines[i + 1].startsWith(" ");
      } else if (interdiff) {
        interdiff = indented ? l.isEmpty() || l.startsWith(" ") : !DIFFSTAT_END.matcher(l).matches();
      }
      if (interdiff) {
        offset += l.length() + 1;
        continue;
      }
      if (l.startsWith("diff --git ")
          || (l.startsWith("Index: ") && fileHeaderWithin(lines, i + 1, 3))
          || (l.startsWith("--- ") && fileHeaderWithin(lines, i, 0))) {
        return offset;
      }
      offset += l.length() + 1;
    }
    return -1;
  }

  /** Whether some line of {@code text} starts with {@code prefix} ({@code afterNewline} is it after a newline). */
  private static boolean startsAnyLine(String text, String prefix, String afterNewline) {
    return text.startsWith(prefix) || text.contains(afterNewline);
  }

  private static boolean fileHeaderWithin(String[] lines, int from, int slack) {
    for (int i = from; i <= from + slack && i + 2 < lines.length; i++) {
      if (lines[i].startsWith("--- ") && lines[i + 1].startsWith("+++ ") && lines[i + 2].startsWith("@@ ")) {
        return true;
      }
    }
    return false;
  }

  /** The message part above the {@code ---} line that separates it from the diffstat. */
  static String messageAbove(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (String l : lines) {
      if (SEPARATOR.matcher(l).matches()) {
        break;
      }
      out.append(l).append('\n');
    }
    return out.toString();
  }

  /** The diff without the signature ({@code -- } and what follows), ending with a newline. */
  private static String withoutSignature(String diff) {
    int at = diff.lastIndexOf("\n-- \n");
    if (at < 0 && diff.endsWith("\n-- ")) {
      at = diff.length() - 4;
    }
    String out = at < 0 ? diff : diff.substring(0, at + 1);
    return out.isEmpty() || out.endsWith("\n") ? out : out + "\n";
  }

  /**
   * The source line where the diff starts. For an inline part the first diff line is found in the raw message (exact
   * for 7bit, 8bit and most quoted-printable mails); otherwise (base64, attachments) the best we know is where the
   * body starts.
   */
  private static int diffLine(MailMessage m, RawMessage raw, String text, int start, String diff) {
    String first = diff.isEmpty() ? "" : diff.substring(0, diff.indexOf('\n'));
    if (m.headerless()) {
      return m.bodyLine() + (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
    }
    int found = raw.findLine(first, Math.max(0, raw.headerEndIndex()));
    return found > 0 ? found : m.bodyLine();
  }
}
