package org.patchreview.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.patchreview.diff.Verdict;
import org.patchreview.report.Report;

/**
 * Whether the history catches its own bugs: for each Fixes: pair of the history (an entry whose tag names another
 * entry), whether the named commit is <em>flagged</em> (its replay shows a new problem: at least one run regressed)
 * and whether the fix is <em>confirmed</em> (the problems it removes first appear with the named commit).
 */
public final class BugCatches {
  /** One pair: the fixing entry, the commit its tag names and the entry modelling it, and what replay found. */
  public record Pair(String fix, String commit, String named, Optional<Boolean> flagged, boolean confirmed,
      String explanation, String notFlagged) {}

  /** A Fixes: tag of an entry that names a commit the history does not model: not a pair, listed with why. */
  public record Outside(String fix, String commit, String why) {}

  private BugCatches() {}

  /** The Fixes: tags among {@code results} that name no entry of the history, in history order. */
  public static List<Outside> outside(List<CorpusResult> results) {
    List<Outside> out = new ArrayList<>();
    for (CorpusResult r : results) {
      for (Report.FixesClaim c : r.fixes()) {
        if (!c.checked()) {
          out.add(new Outside(r.entry().name(), c.commit(), c.explanation()));
        }
      }
    }
    return out;
  }

  /** The lines {@code review corpus} prints under the table for tags that are not pairs; empty when there are none. */
  public static String renderOutside(List<Outside> tags) {
    if (tags.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(String.format("%nFixes: tags that are not pairs: %d%n", tags.size()));
    int width = tags.stream().mapToInt(t -> t.fix().length()).max().orElse(3);
    for (Outside t : tags) {
      b.append(String.format("%-" + width + "s  %s  %s%n", t.fix(), shortId(t.commit()), t.why()));
    }
    return b.toString();
  }

  /** The pairs among {@code results}, in history order; a named entry not replayed this time is not judged. */
  public static List<Pair> of(List<CorpusResult> results) {
    List<Pair> out = new ArrayList<>();
    for (CorpusResult r : results) {
      for (Report.FixesClaim c : r.fixes()) {
        if (!c.checked()) {
          continue;
        }
        Optional<CorpusResult> named = results.stream().filter(x -> x.entry().name().equals(c.entry())).findFirst()
            .filter(x -> x.error().isEmpty());
        Optional<Boolean> flagged = named.map(x -> x.verdicts().getOrDefault(Verdict.REGRESSED, 0) > 0);
        String why = named.filter(x -> x.verdicts().getOrDefault(Verdict.REGRESSED, 0) == 0)
            .map(x -> "not flagged: replayed as proposed, " + c.entry() + " regresses no run ("
                + verdictWords(x.verdicts()) + ")").orElse("");
        out.add(new Pair(r.entry().name(), c.commit(), c.entry(), flagged, c.confirmed(), c.explanation(), why));
      }
    }
    return out;
  }

  /** Verdict counts as the entries table words them: "2 fixed, 28 changed". */
  private static String verdictWords(java.util.Map<Verdict, Integer> verdicts) {
    StringBuilder b = new StringBuilder();
    for (Verdict v : Verdict.values()) {
      int n = verdicts.getOrDefault(v, 0);
      if (n > 0) {
        b.append(b.length() > 0 ? ", " : "").append(n).append(" ").append(v.word());
      }
    }
    return b.length() == 0 ? "no runs" : b.toString();
  }

  /** A commit id as Fixes: tags give it: its first 12 hex digits. */
  private static String shortId(String id) {
    return id.length() > 12 ? id.substring(0, 12) : id;
  }

  /** The table {@code review corpus} prints under the entries. */
  public static String render(List<Pair> pairs) {
    if (pairs.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    long flagged = pairs.stream().filter(p -> p.flagged().orElse(false)).count();
    long confirmed = pairs.stream().filter(Pair::confirmed).count();
    b.append(String.format("%nFixes: pairs: %d; the named commit flagged (a new problem when replayed) %d, the fix "
        + "confirmed %d%n", pairs.size(), flagged, confirmed));
    int width = pairs.stream().mapToInt(p -> p.fix().length()).max().orElse(3);
    int named = pairs.stream().mapToInt(p -> shortId(p.commit()).length() + 1 + p.named().length()).max().orElse(5);
    b.append(String.format("%-" + width + "s  %-" + named + "s  %-7s  %s%n", "fix", "names", "flagged", "confirmed"));
    for (Pair p : pairs) {
      b.append(String.format("%-" + width + "s  %-" + named + "s  %-7s  %s%n", p.fix(), shortId(p.commit()) + " "
          + p.named(),
          p.flagged().map(f -> f ? "yes" : "no").orElse("-"), p.confirmed() ? "yes" : "no"));
      if (!p.notFlagged().isEmpty()) {
        b.append("    ").append(p.notFlagged()).append('\n');
      }
      if (!p.confirmed()) {
        b.append("    ").append(p.explanation()).append('\n');
      }
    }
    return b.toString();
  }
}
