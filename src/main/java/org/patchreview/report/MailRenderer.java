package org.patchreview.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.WordUtils;
import org.apache.james.mime4j.codec.EncoderUtil;
import org.patchreview.diff.PatchFile;
import org.patchreview.diff.PatchHunk;
import org.patchreview.mail.PatchMail;

/**
 * A reply to the patch mail, as a careful reviewer writes one: the hunks quoted, each finding placed right under the
 * line that causes it (where the runs before and after the patch part), the rest snipped, and the verdicts at the
 * end. The output is an mbox (one message per patch that has something to say, and always the last one), with
 * {@code In-Reply-To}, {@code References} and {@code Subject: Re: ...}, ready for {@code git send-email} or a mail
 * client; it has no {@code From:} or {@code Date:}, which are the sender's.
 */
public final class MailRenderer {
  /** git format-patch's separator line: a fixed date, so the output is the same on every run. */
  private static final String SEPARATOR = "From review Mon Sep 17 00:00:00 2001";
  static final int WIDTH = 72;
  private static final java.util.regex.Pattern FROM_LINE = java.util.regex.Pattern.compile("(?m)^>*From ");

  private MailRenderer() {}

  /** The reply a reviewer sends: findings first, only the hunks they point at (see {@link MailReply}). */
  public static String render(Report r) {
    return MailReply.render(r);
  }

  /** A reply for a patch review could not replay (its C does not compile): the errors with file and line. */
  public static String failed(List<PatchMail> mails, List<org.patchreview.diag.Diagnostic> errors) {
    return MailReply.failed(mails, errors);
  }

  /** One message of the mbox: the headers of a reply to {@code m} and {@code body}, quoted for mboxrd. */
  static String message(PatchMail m, String body) {
    StringBuilder mbox = new StringBuilder(SEPARATOR).append('\n');
    headers(mbox, m);
    mbox.append('\n');
    String text = body.replaceAll("\n{3,}", "\n\n").stripTrailing() + "\n\n-- \nreview\n\n";
    return mbox.append(FROM_LINE.matcher(text).replaceAll(">$0")).toString();
  }

  /** Every finding placed under the line where the runs part, every hunk with one quoted: {@code --full}. */
  public static String renderFull(Report r) {
    MailFindings findings = MailFindings.of(r);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < r.patches().size(); i++) {
      int patch = i + 1;
      boolean last = i == r.patches().size() - 1;
      List<PatchFile> files = r.lines().files().stream().filter(f -> f.patch() == patch).toList();
      boolean has = files.stream().flatMap(f -> f.hunks().stream()).anyMatch(findings::has);
      if (has || last) {
        message(out, r, r.patches().get(i).mail(), files, findings, last);
      }
    }
    return out.toString();
  }

  private static void message(StringBuilder mbox, Report r, PatchMail m, List<PatchFile> files,
      MailFindings findings, boolean last) {
    mbox.append(SEPARATOR).append('\n');
    headers(mbox, m);
    mbox.append('\n');
    StringBuilder out = new StringBuilder();
    out.append(attribution(m)).append('\n');
    boolean snipped = snip(out, false);
    for (PatchFile f : files) {
      if (f.hunks().stream().noneMatch(findings::has)) {
        snipped = snip(out, snipped);
        continue;
      }
      f.header().forEach(l -> quote(out, l));
      for (PatchHunk h : f.hunks()) {
        if (!findings.has(h)) {
          snipped = snip(out, snipped);
          continue;
        }
        snipped = false;
        hunk(out, h, findings);
      }
    }
    if (last) {
      closing(out, r, findings);
    }
    // mboxrd: a body line that reads as a message separator gets one more '>'.
    out.append("\n-- \nreview").append(r.lines().series() ? " (series of " + r.patches().size() + " patches)" : "")
        .append("\n\n");
    mbox.append(FROM_LINE.matcher(out).replaceAll(">$0"));
  }

  /** One "[...]" for a run of snipped hunks or files. */
  private static boolean snip(StringBuilder out, boolean snipped) {
    if (!snipped) {
      out.append("\n[...]\n\n");
    }
    return true;
  }

  private static void headers(StringBuilder out, PatchMail m) {
    if (!m.authorEmail().isEmpty()) {
      String name = m.authorName().isEmpty() ? "" : EncoderUtil.encodeAddressDisplayName(m.authorName()) + " ";
      out.append("To: ").append(name).append('<').append(m.authorEmail()).append(">\n");
    }
    // Reply to all: the list and everyone the patch went to stay on the thread (the author is already To).
    List<String> cc = new ArrayList<>();
    for (String a : concat(m.to(), m.cc())) {
      if (!a.toLowerCase(java.util.Locale.ROOT).contains(m.authorEmail().toLowerCase(java.util.Locale.ROOT))
          || m.authorEmail().isEmpty()) {
        if (!cc.contains(a)) {
          cc.add(a);
        }
      }
    }
    if (!cc.isEmpty()) {
      out.append(fold("Cc: " + String.join(", ", cc.stream().map(MailRenderer::encoded).toList())));
    }
    String subject = m.rawSubject().isEmpty() ? "(no subject)" : m.rawSubject().replaceAll("\\s+", " ");
    if (!subject.regionMatches(true, 0, "Re:", 0, 3)) {
      subject = "Re: " + subject;
    }
    out.append(fold("Subject: " + EncoderUtil.encodeIfNecessary(subject, EncoderUtil.Usage.TEXT_TOKEN, 9)));
    if (!m.messageId().isEmpty()) {
      out.append("In-Reply-To: <").append(m.messageId()).append(">\n");
      List<String> refs = new ArrayList<>(m.references());
      refs.remove(m.messageId());
      refs.add(m.messageId());
      out.append(fold("References: " + String.join(" ", refs.stream().map(id -> "<" + id + ">").toList())));
    }
    out.append("MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** {@code Name <address>} with the name encoded when it is not ASCII (RFC 2047). */
  private static String encoded(String address) {
    int lt = address.lastIndexOf('<');
    if (lt <= 0) {
      return address;
    }
    return EncoderUtil.encodeAddressDisplayName(address.substring(0, lt).strip()) + " " + address.substring(lt);
  }

  /** A header folded at spaces so no line passes 78 characters (RFC 5322), continuation lines indented. */
  static String fold(String header) {
    StringBuilder b = new StringBuilder();
    int lineStart = 0;
    for (String word : header.split(" ")) {
      if (b.length() > lineStart && b.length() - lineStart + 1 + word.length() > 78) {
        b.append("\n");
        lineStart = b.length();
        b.append(' ');
      } else if (b.length() > lineStart) {
        b.append(' ');
      }
      b.append(word);
    }
    return b.append('\n').toString();
  }

  static String attribution(PatchMail m) {
    String who = m.authorName().isEmpty() ? m.authorEmail() : m.authorName();
    return (m.date().isEmpty() ? "" : "On " + m.date() + ", ") + (who.isEmpty() ? "the patch" : who) + " wrote:";
  }

  /** The hunk quoted, each group of findings written after the line it belongs to, unquoted and wrapped. */
  private static void hunk(StringBuilder out, PatchHunk h, MailFindings findings) {
    quote(out, h.header());
    Map<Integer, List<String>> at = findings.at(h);
    for (int i = 0; i < h.lines().size(); i++) {
      quote(out, h.lines().get(i));
      List<String> paragraphs = at.get(i);
      if (paragraphs != null) {
        out.append('\n');
        paragraphs.forEach(p -> out.append(p).append('\n'));
        out.append('\n');
      }
    }
  }

  static void quote(StringBuilder out, String line) {
    out.append(line.isEmpty() ? ">" : "> " + line).append('\n');
  }

  /** The verdicts, and what could not be tied to a line of the patch. */
  private static void closing(StringBuilder out, Report r, MailFindings findings) {
    List<String> loose = findings.unplaced();
    if (!loose.isEmpty()) {
      out.append("\nDifferences the replay did not tie to a line of the patch:\n\n");
      loose.forEach(p -> out.append(p).append('\n'));
    }
    out.append('\n').append(wrap("Replayed with review on " + r.base() + ": " + Findings.summary(r) + "."
        + (r.regressed() ? " A regression is a fault, leak or WARN_ON that the patch introduces." : ""), ""))
        .append('\n');
    List<Findings.Replay> replays = Findings.replays(r);
    if (!replays.isEmpty()) {
      out.append("\nEach patch on the tree the one before left:\n");
      for (Findings.Replay p : replays) {
        out.append(wrap("  " + p.patch() + ": " + p.result(), "  ")).append('\n');
        if (!p.regressed().isEmpty()) {
          out.append(wrap("    regressed: " + String.join(", ", p.regressed()), "  ")).append('\n');
        }
      }
    }
    if (!r.fixes().isEmpty()) {
      out.append('\n');
      // Never a line that starts with "Fixes:": tools that collect trailers from replies would take it for one.
      Findings.fixes(r).forEach(f -> out.append(wrap("Checked the tag " + f, "  ")).append('\n'));
    }
    List<String> warnings = r.patches().stream().flatMap(p -> Findings.mailWarnings(p).stream()).distinct().toList();
    if (!warnings.isEmpty()) {
      out.append("\nIn the mail:\n");
      warnings.forEach(w -> out.append(wrap("- " + w, "  ")).append('\n'));
    }
    Map<String, List<String>> notes = new LinkedHashMap<>();
    r.notes().forEach(n -> notes.computeIfAbsent(n.oneLine(), k -> new ArrayList<>()));
    notes.keySet().forEach(n -> out.append(wrap(n, "")).append('\n'));
  }

  /** Text wrapped at 72 columns, continuation lines indented like the first plus {@code hang}. */
  static String wrap(String text, String hang) {
    int indent = 0;
    while (indent < text.length() && text.charAt(indent) == ' ') {
      indent++;
    }
    String pad = text.substring(0, indent);
    String wrapped = WordUtils.wrap(text.substring(indent), WIDTH - indent - hang.length(), "\n", false);
    return pad + wrapped.replace("\n", "\n" + pad + hang);
  }
}
