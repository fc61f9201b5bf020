package org.patchreview.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.Divergence;
import org.patchreview.diff.LayoutDiff;
import org.patchreview.diff.RunDiff;
import org.patchreview.diff.Verdict;

/**
 * The answer b4's review check protocol expects from a per-patch check command: a JSON array of results, each with
 * {@code tool}, {@code status} ({@code pass}, {@code warn} or {@code fail}), a one-line {@code summary} and
 * multi-line {@code details}. {@code fail} means a run regressed; {@code warn} a change worth reading (a run fixed
 * or changed, a struct that changes size); an empty array, nothing to report (a cover letter or a reply).
 */
public final class ChecksRenderer {
  public static final String TOOL = "review";
  private static final int MAX_SHOWN = 5;

  private ChecksRenderer() {}

  public static String render(Report r) {
    if (!r.replay().replayed()) {
      // Applied (or checked) without a replay, as asked: nothing behaves differently that review could see.
      return one(status(r), "not replayed: " + r.replay().whyNot(), "");
    }
    return one(status(r), Findings.counts(r) + " (" + r.runs().size() + " runs on " + r.base() + ")", details(r));
  }

  /** Nothing to check: the message holds no patch. */
  public static String nothing() {
    return "[]\n";
  }

  /** The patch could not be replayed (it does not apply to the model, or its C does not parse): worth a look. */
  public static String notReplayed(List<Diagnostic> errors) {
    List<String> lines = errors.stream().map(Diagnostic::oneLine).toList();
    return one("warn", "not replayed: " + (lines.isEmpty() ? "the input could not be processed" : lines.get(0)),
        String.join("\n", lines));
  }

  static String status(Report r) {
    if (r.regressed()) {
      return "fail";
    }
    boolean changed = r.runs().stream().anyMatch(d -> d.verdict() != Verdict.SAME)
        || r.layout().stream().anyMatch(LayoutDiff::sizeChanged)
        || r.patches().stream().anyMatch(p -> !Findings.mailWarnings(p).isEmpty());
    return changed ? "warn" : "pass";
  }

  /**
   * Each run that is not the same with its first faults, leaks and warnings (else its first other differences), then
   * the places where runs part, each with how many differences it explains.
   */
  private static String details(Report r) {
    List<String> out = new ArrayList<>();
    Map<String, Integer> partings = new LinkedHashMap<>();
    for (LayoutDiff l : r.layout()) {
      if (l.sizeChanged()) {
        out.add((l.before() != null ? l.before().struct() : l.after().struct()) + ", " + l.config() + " config: "
            + String.join("; ", l.notes()));
      }
    }
    for (RunDiff d : Findings.shown(r)) {
      out.add(Findings.verdictWord(d.verdict()) + "  " + Findings.title(d));
      List<Findings.Finding> findings = Findings.of(d);
      List<Findings.Finding> problems = findings.stream()
          .filter(f -> f.category() == Findings.Category.PROBLEM).toList();
      List<Findings.Finding> shown = (problems.isEmpty() ? findings : problems).stream().limit(MAX_SHOWN).toList();
      shown.forEach(f -> out.add("  " + f.text()));
      if (shown.size() < findings.size()) {
        out.add("  ... and " + (findings.size() - shown.size()) + " more differences");
      }
      for (Findings.Finding f : findings) {
        Divergence why = f.change().why();
        if (why != null) {
          partings.merge(why.sentence(r.lines().series()), 1, Integer::sum);
        }
      }
    }
    if (!partings.isEmpty()) {
      out.add("Where the runs part (differences explained):");
      partings.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(MAX_SHOWN)
          .forEach(e -> out.add("  " + e.getValue() + ": " + e.getKey()));
    }
    for (Report.PatchEntry p : r.patches()) {
      Findings.mailWarnings(p).forEach(w -> out.add("mail: " + w));
    }
    out.addAll(Findings.fixes(r));
    r.notes().forEach(n -> out.add(n.oneLine()));
    return String.join("\n", out);
  }

  private static String one(String status, String summary, String details) {
    JsonWriter w = new JsonWriter().beginArray().beginObject();
    w.field("tool", TOOL).field("status", status).field("summary", summary);
    if (!details.isEmpty()) {
      w.field("details", details);
    }
    return w.endObject().endArray().toString();
  }
}
