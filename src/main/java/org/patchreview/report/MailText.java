package org.patchreview.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patchreview.mail.CollectedTrailer;
import org.patchreview.mail.CoverLetter;
import org.patchreview.mail.MessageCheck;
import org.patchreview.mail.PatchFacts;
import org.patchreview.mail.Series;

/**
 * The lines of the text report that come from the mail stage: the series with its cover letter, and under each patch
 * the trailers replies gave it, the ones not collected and why, and the message checks.
 */
final class MailText {
  private static final int COVER_LINES = 8;
  private static final Map<String, String[]> WORDS = Map.of(
      "fixes", new String[] {"Fixes: well formed", "no Fixes:", "Fixes: malformed"},
      "signed-off-by", new String[] {"signed off by the author", "", "not signed off by the author"},
      "trojan-source", new String[] {"", "", "Unicode bidi controls (Trojan Source)"});

  private MailText() {}

  /** The series block as plain text (empty when there is nothing to say), for renderers that format it their way. */
  static String series(Series s) {
    StringBuilder out = new StringBuilder();
    series(out, s);
    return out.toString().strip();
  }

  /** The lines under one patch's header as plain text (empty when there are none). */
  static String patch(PatchFacts f) {
    StringBuilder out = new StringBuilder();
    patch(out, f);
    return out.toString().stripTrailing();
  }

  /** The series block, shown before the patches when the input was a series or held several versions. */
  /** How many other versions the series line lists before it abbreviates. */
  private static final int SHOWN_VERSIONS = 8;

  static void series(StringBuilder out, Series s) {
    if (s.total() == 0 && s.cover() == null && s.versions().size() <= 1) {
      return;
    }
    int present = s.total() - s.missing().size();
    out.append("series: v").append(s.version()).append(s.total() == 0 ? ""
        : s.complete() ? ", " + s.total() + " patches" : ", " + present + " of " + s.total() + " patches");
    out.append(s.chosenBecause().isEmpty() ? "" : " (" + s.chosenBecause() + ")").append('\n');
    List<String> others = new ArrayList<>();
    for (Series.VersionSeen v : s.versions()) {
      if (v.version() != s.version()) {
        others.add("v" + v.version() + " (" + (v.total() > 0 ? v.patches() + " of " + v.total() : v.patches()
            + " patch(es)") + (v.complete() ? "" : ", incomplete") + ")");
      }
    }
    if (others.size() > SHOWN_VERSIONS) {
      // A thread fetched whole can hold hundreds of versions: the oldest two and the newest ones are what a reader
      // looks for.
      int tail = SHOWN_VERSIONS - 2;
      List<String> shown = new ArrayList<>(others.subList(0, 2));
      shown.add("... " + (others.size() - SHOWN_VERSIONS) + " more ...");
      shown.addAll(others.subList(others.size() - tail, others.size()));
      others = shown;
    }
    if (!others.isEmpty()) {
      out.append("  also in the input: ").append(String.join(", ", others)).append('\n');
    }
    if (!s.complete()) {
      out.append("  missing: ").append(String.join(", ", s.missing())).append(" (not applied)\n");
    }
    cover(out, s.cover());
    out.append('\n');
  }

  private static void cover(StringBuilder out, CoverLetter c) {
    if (c == null) {
      return;
    }
    out.append("  cover letter (context, not applied): ").append(c.rawSubject()).append('\n');
    out.append("    from ").append(c.authorName()).append(" <").append(c.authorEmail()).append(">\n");
    List<String> lines = c.body().lines().toList();
    lines.stream().limit(COVER_LINES).forEach(l -> out.append("    | ").append(l).append('\n'));
    if (lines.size() > COVER_LINES) {
      out.append("    | ... (").append(lines.size() - COVER_LINES).append(" more lines; --format json has all)\n");
    }
    warnings(out, c.checks());
  }

  /** The lines under one patch's header. */
  static void patch(StringBuilder out, PatchFacts f) {
    if (f.recovered()) {
      out.append("  diff recovered from the reply <").append(f.recoveredFrom()).append(">, which quotes it")
          .append(f.quoteRepairs().isEmpty() ? "" : "; " + f.quoteRepairs().size() + " repair(s), listed below")
          .append('\n');
    }
    trailers(out, "  trailers from replies:", f.collected());
    trailers(out, "  trailers not collected:", f.notCollected());
    if (f.checks().isEmpty()) {
      return;
    }
    List<String> words = new ArrayList<>();
    for (MessageCheck c : f.checks()) {
      String word = word(c);
      if (!word.isEmpty() && !words.contains(word)) {
        words.add(word);
      }
    }
    out.append("  message: ").append(String.join(", ", words)).append('\n');
    warnings(out, f.checks());
  }

  private static String word(MessageCheck c) {
    String[] w = WORDS.get(c.check());
    if (w != null) {
      return w[c.level().ordinal()];
    }
    // Link: and Cc: stable are facts, not verdicts: say which.
    boolean none = c.message().startsWith("no ") || c.message().startsWith("not ");
    return c.check().equals("link") ? (none ? "no Link:" : "Link:") : none ? "not Cc: stable" : "Cc: stable";
  }

  private static void trailers(StringBuilder out, String heading, List<CollectedTrailer> trailers) {
    if (trailers.isEmpty()) {
      return;
    }
    out.append(heading).append('\n');
    for (CollectedTrailer t : trailers) {
      out.append("    ").append(t.key()).append(": ").append(t.value());
      out.append(t.collected() ? "  (in <" + t.messageId() + ">)" : "  (" + t.reason() + ")").append('\n');
    }
  }

  private static void warnings(StringBuilder out, List<MessageCheck> checks) {
    for (MessageCheck c : checks) {
      if (c.level() == MessageCheck.Level.WARNING) {
        out.append("    ! ").append(c.message()).append(c.line() > 0 ? " (" + c.location() + ")" : "")
            .append('\n');
      }
    }
  }
}
