package org.patchreview.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the facts of a patch mail a maintainer checks by eye: the form of Fixes: tags (12 or more hex digits and the
 * quoted subject, on one line), a Signed-off-by from the author, Link: and Cc: stable tags, and Unicode bidirectional
 * control characters in the subject, the message or the added lines (Trojan Source; b4 refuses such mail).
 */
public final class MessageChecker {
  private static final Pattern FIXES = Pattern.compile("^fixes:[ \\t]*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern FIXES_FORM = Pattern.compile("^([0-9a-fA-F]+)( \\(\"(.+)\"\\))?$");
  private static final Pattern TRAILER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]*:[ \\t]");
  private static final Map<Integer, String> BIDI = Map.ofEntries(
      Map.entry(0x061C, "ARABIC LETTER MARK"), Map.entry(0x200E, "LEFT-TO-RIGHT MARK"),
      Map.entry(0x200F, "RIGHT-TO-LEFT MARK"), Map.entry(0x202A, "LEFT-TO-RIGHT EMBEDDING"),
      Map.entry(0x202B, "RIGHT-TO-LEFT EMBEDDING"), Map.entry(0x202C, "POP DIRECTIONAL FORMATTING"),
      Map.entry(0x202D, "LEFT-TO-RIGHT OVERRIDE"), Map.entry(0x202E, "RIGHT-TO-LEFT OVERRIDE"),
      Map.entry(0x2066, "LEFT-TO-RIGHT ISOLATE"), Map.entry(0x2067, "RIGHT-TO-LEFT ISOLATE"),
      Map.entry(0x2068, "FIRST STRONG ISOLATE"), Map.entry(0x2069, "POP DIRECTIONAL ISOLATE"));

  /** Finds the mail line a line of the message is on (0 when unknown). */
  interface Lines {
    int of(String text);
  }

  private MessageChecker() {}

  /** Every check on one patch, in a fixed order: fixes, signed-off-by, link, cc-stable, then trojan-source. */
  public static List<MessageCheck> check(PatchMail p) {
    return check(p, text -> 0);
  }

  static List<MessageCheck> check(PatchMail p, Lines lines) {
    List<MessageCheck> out = new ArrayList<>();
    fixes(p, lines, out);
    signedOff(p, out);
    list(p, "link", "Link", "no Link: tag", out);
    stable(p, out);
    bidiInText(p.source(), "the subject", p.rawSubject(), lines, out);
    bidiInText(p.source(), "the commit message", p.message(), lines, out);
    bidiInDiff(p, out);
    return out;
  }

  /** Trojan Source checks on a cover letter, which is read but never applied. */
  static List<MessageCheck> checkCover(CoverLetter c) {
    List<MessageCheck> out = new ArrayList<>();
    bidiInText(c.source(), "the cover letter's subject", c.rawSubject(), text -> c.line(), out);
    bidiInText(c.source(), "the cover letter", c.body(), text -> c.line(), out);
    return out;
  }

  private static void fixes(PatchMail p, Lines lines, List<MessageCheck> out) {
    String[] text = p.message().split("\n", -1);
    int before = out.size();
    for (int i = 0; i < text.length; i++) {
      Matcher m = FIXES.matcher(text[i]);
      if (!m.matches()) {
        continue;
      }
      StringBuilder value = new StringBuilder(m.group(1).strip());
      int wrapped = 0;
      while (i + 1 + wrapped < text.length && continues(value, text[i + 1 + wrapped])) {
        value.append(' ').append(text[i + 1 + wrapped].strip());
        wrapped++;
      }
      out.add(fixesForm(p.source(), lines.of(text[i]), value.toString(), wrapped));
    }
    if (out.size() == before) {
      out.add(new MessageCheck("fixes", MessageCheck.Level.INFO, "no Fixes: tag", p.source(), 0));
    }
  }

  /** A Fixes: value goes on into the next line when its quoted subject is not closed and the line is no trailer. */
  private static boolean continues(CharSequence value, String next) {
    String v = value.toString();
    boolean open = v.contains("(\"") && !v.endsWith("\")");
    return open && !next.isBlank() && !TRAILER.matcher(next).find();
  }

  private static MessageCheck fixesForm(String source, int line, String value, int wrapped) {
    Matcher f = FIXES_FORM.matcher(value);
    String id = value.split("[ (]", 2)[0];
    String problem;
    if (wrapped > 0) {
      problem = "the Fixes: tag is wrapped over " + (wrapped + 1) + " lines; it must stay on one line however long";
    } else if (!id.matches("[0-9a-fA-F]+")) {
      problem = "the Fixes: tag does not start with a commit id";
    } else if (id.length() < 12) {
      problem = "the commit id " + id + " has " + id.length() + " hex digits; at least 12 are needed";
    } else if (!f.matches() || f.group(2) == null) {
      problem = "the Fixes: tag lacks the quoted subject, (\"subject\"), after the commit id";
    } else {
      return new MessageCheck("fixes", MessageCheck.Level.OK, "Fixes: " + value, source, line);
    }
    return new MessageCheck("fixes", MessageCheck.Level.WARNING, problem + ": Fixes: " + value, source, line);
  }

  private static void signedOff(PatchMail p, List<MessageCheck> out) {
    if (p.authorEmail().isEmpty() && p.authorName().isEmpty()) {
      out.add(new MessageCheck("signed-off-by", MessageCheck.Level.INFO,
          "no author known (a bare diff), so no Signed-off-by to look for", p.source(), 0));
      return;
    }
    List<String> values = p.trailerValues("Signed-off-by");
    for (String v : values) {
      String[] who = MessageDecoder.splitAddress(v);
      boolean same = p.authorEmail().isEmpty() ? who[0].equalsIgnoreCase(p.authorName())
          : TrailerCollector.sameMailbox(who[1], p.authorEmail());
      if (same) {
        out.add(new MessageCheck("signed-off-by", MessageCheck.Level.OK, "Signed-off-by: " + v + " (the author)",
            p.source(), 0));
        return;
      }
    }
    String author = p.authorName() + (p.authorEmail().isEmpty() ? "" : " <" + p.authorEmail() + ">");
    out.add(new MessageCheck("signed-off-by", MessageCheck.Level.WARNING, "no Signed-off-by from the author, "
        + author.strip() + (values.isEmpty() ? "; the message has none at all" : ""), p.source(), 0));
  }

  private static void list(PatchMail p, String check, String key, String none, List<MessageCheck> out) {
    List<String> values = p.trailerValues(key);
    String message = values.isEmpty() ? none : key + ": " + String.join(", ", values);
    out.add(new MessageCheck(check, MessageCheck.Level.INFO, message, p.source(), 0));
  }

  private static void stable(PatchMail p, List<MessageCheck> out) {
    List<String> stable = p.trailerValues("Cc").stream()
        .filter(v -> v.toLowerCase(Locale.ROOT).matches(".*\\bstable@(vger\\.)?kernel\\.org\\b.*")).toList();
    String message = stable.isEmpty() ? "not marked for stable (no Cc: stable@vger.kernel.org)"
        : "Cc: " + String.join(", ", stable);
    out.add(new MessageCheck("cc-stable", MessageCheck.Level.INFO, message, p.source(), 0));
  }

  private static void bidiInText(String source, String where, String text, Lines lines, List<MessageCheck> out) {
    for (String line : text.split("\n", -1)) {
      for (String found : bidi(line)) {
        out.add(trojan(found + " in " + where, source, lines.of(line)));
      }
    }
  }

  /** Added lines only: what the patch puts into the tree. */
  private static void bidiInDiff(PatchMail p, List<MessageCheck> out) {
    String[] lines = p.diff().split("\n", -1);
    String file = "";
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (l.startsWith("+++ ")) {
        file = l.substring(4).replaceFirst("^b/", "").strip();
      } else if (l.startsWith("+")) {
        for (String found : bidi(l)) {
          out.add(trojan(found + " in an added line of " + file, p.source(), p.diffLine() + i));
        }
      }
    }
  }

  private static MessageCheck trojan(String what, String source, int line) {
    return new MessageCheck("trojan-source", MessageCheck.Level.WARNING, "Trojan Source: " + what
        + "; the text may not read the way it runs", source, line);
  }

  /** The bidirectional controls in a line, named: {@code U+202E RIGHT-TO-LEFT OVERRIDE}. */
  static List<String> bidi(String line) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < line.length(); i++) {
      String name = BIDI.get((int) line.charAt(i));
      if (name != null) {
        out.add(String.format(Locale.ROOT, "U+%04X %s", (int) line.charAt(i), name));
      }
    }
    return out;
  }
}
