package org.patchreview;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.patchreview.corpus.History;
import org.patchreview.corpus.HistoryEntry;
import org.patchreview.diff.RunDiff;
import org.patchreview.mail.PatchMail;
import org.patchreview.observe.Observation;
import org.patchreview.report.Report;

/**
 * Checks a {@code Fixes:} tag by execution: the faults, leaks and warnings the patch removes must first appear with
 * the commit the tag names (absent in its parent's runs, present after it, in the same board, config and scenario).
 * When they do not, the main line is searched for the commit that does introduce them.
 */
final class FixesCheck {
  private FixesCheck() {}

  static List<Report.FixesClaim> check(ReviewOptions options, List<PatchMail> patches, List<RunDiff> runs) {
    List<Report.FixesClaim> out = new ArrayList<>();
    History history = options.history();
    if (!options.checkFixes()) {
      return out;
    }
    if (options.apply().reverse()) {
      // Undoing a patch removes what it added; what its tags name is about applying it, so nothing is checked.
      for (PatchMail mail : patches) {
        mail.trailerValues("Fixes").forEach(f -> out.add(new Report.FixesClaim(f.strip().split("\\s+")[0],
            f.strip(), "", false, false, "not checked: -R undoes the patch, and a Fixes: tag is about applying it")));
      }
      return out;
    }
    Set<CellProblem> removed = removed(runs);
    // The commits a claim names are replayed only on the boards where the patch removes a problem: the others
    // cannot show where those problems first appear.
    Set<String> boards = new LinkedHashSet<>();
    removed.forEach(p -> boards.add(p.board()));
    for (PatchMail mail : patches) {
      for (String fixes : mail.trailerValues("Fixes")) {
        String id = fixes.strip().split("\\s+")[0];
        HistoryEntry named = history == null ? null : history.entries().stream().filter(e -> e.isUpstream(id))
            .findFirst().orElse(null);
        if (named == null) {
          out.add(new Report.FixesClaim(id, fixes.strip(), "", false, false,
              "not checked: " + id + " is not in the modelled history"));
          continue;
        }
        out.add(claim(options, history, named, fixes.strip(), removed, boards));
      }
    }
    return out;
  }

  private static Report.FixesClaim claim(ReviewOptions options, History history, HistoryEntry named, String text,
      Set<CellProblem> removed, Set<String> boards) {
    if (removed.isEmpty()) {
      return new Report.FixesClaim(named.upstream(), text, named.name(), true, false,
          "not confirmed: the patch removes no problem (fault, leak, warning or lost isolation) in any run");
    }
    Set<CellProblem> introduced = IntroducedProblems.of(options, history, named, boards);
    Set<CellProblem> both = new LinkedHashSet<>(removed);
    both.retainAll(introduced);
    if (!both.isEmpty()) {
      return new Report.FixesClaim(named.upstream(), text, named.name(), true, true, "claim confirmed: "
          + both.size() + " of the " + removed.size() + " problems the patch removes first appear with "
          + named.name() + ", e.g. " + both.iterator().next());
    }
    for (HistoryEntry e : ancestors(history, options)) {
      if (e == named) {
        continue;
      }
      Set<CellProblem> other = IntroducedProblems.of(options, history, e, boards);
      other.retainAll(removed);
      if (!other.isEmpty()) {
        return new Report.FixesClaim(named.upstream(), text, named.name(), true, false, "not confirmed: none of the "
            + removed.size() + " problems the patch removes appear with " + named.name() + "; they first appear with "
            + e.name() + ", e.g. " + other.iterator().next(), tag(e));
      }
    }
    return new Report.FixesClaim(named.upstream(), text, named.name(), true, false, "not confirmed: none of the "
        + removed.size() + " problems the patch removes appear with " + named.name()
        + " or any other commit of the modelled history before it");
  }

  /** {@code 09515ef5ddad ("of/acpi: ...")}, as a Fixes: tag names the entry's upstream commit; "" when unknown. */
  private static String tag(HistoryEntry e) {
    return e.upstream() == null || e.upstream().length() < 12 ? ""
        : e.upstream().substring(0, 12) + " (\"" + e.mail().subject() + "\")";
  }

  /**
   * The main-line commits up to the state the patch was applied to, oldest first: only they can have introduced a
   * problem that state has (all of the main line when the base is not a state of the history).
   */
  static List<HistoryEntry> ancestors(History history, ReviewOptions options) {
    List<HistoryEntry> out = new ArrayList<>();
    String base = options.base().digest();
    for (HistoryEntry e : history.entries()) {
      if (e.kind() == HistoryEntry.Kind.SIDE) {
        continue;
      }
      if (history.before(e).digest().equals(base)) {
        return out;
      }
      out.add(e);
      if (history.after(e).digest().equals(base)) {
        return out;
      }
    }
    return out;
  }

  /** Each problem present before and gone after, in every run. */
  private static Set<CellProblem> removed(List<RunDiff> runs) {
    Set<CellProblem> out = new LinkedHashSet<>();
    for (RunDiff r : runs) {
      Set<String> after = keys(r.problemsAfter());
      for (Observation o : r.problemsBefore()) {
        if (!after.contains(o.key())) {
          out.add(CellProblem.of(r, o));
        }
      }
    }
    return out;
  }

  private static Set<String> keys(List<Observation> problems) {
    Set<String> out = new LinkedHashSet<>();
    problems.forEach(o -> out.add(o.key()));
    return out;
  }
}
