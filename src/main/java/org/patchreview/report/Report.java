package org.patchreview.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.LayoutDiff;
import org.patchreview.diff.PatchLines;
import org.patchreview.diff.RunDiff;
import org.patchreview.diff.Verdict;
import org.patchreview.mail.PatchFacts;
import org.patchreview.mail.PatchMail;
import org.patchreview.mail.Series;
import org.patchreview.patch.ApplyResult;

/**
/**
 * Everything a review found, in one model every renderer reads: the patches, layouts, runs and a summary, the series
 * the patches came in (cover letter, missing members, versions), and the patches' hunks as they applied
 * ({@code lines}), which the runs' differences name and the reply mail quotes.
 *
 * <p>{@code base} names the tree the patches were applied to; {@code replay} says whether their behaviour was replayed
 * on the modelled kernel (with {@code --tree}, only where the patch applies there too; never with {@code --check}).
 */
public record Report(String base, List<PatchEntry> patches, List<LayoutDiff> layout, List<RunDiff> runs,
    List<FixesClaim> fixes, List<Diagnostic> notes, Replay replay, Series series, PatchLines lines,
    BaseState baseState, Explored explored, int proven) {

  /**
   * What {@code review apply --explore} found: every sequence of lifecycle actions explored before and after the
   * patch on {@code base}, per (board, config); null when the review did not explore.
   */
  public record Explored(String base, List<org.patchreview.scenario.ExploreResult> results) {
    public Explored {
      results = List.copyOf(results);
    }

    /** The findings of every cell that are of {@code kind}, each with its cell. */
    public List<Cell> findings(org.patchreview.scenario.ExploreResult.Kind kind) {
      return results.stream().flatMap(r -> r.findings().stream().filter(f -> f.kind() == kind)
          .map(f -> new Cell(r.board(), r.config(), f))).toList();
    }
  }

  /** One explored finding and the (board, config) it was found on. */
  public record Cell(String board, String config, org.patchreview.scenario.ExploreResult.Finding finding) {
    String name() {
      return board + "/" + config;
    }
  }

  /**
   * An explored finding once across the (board, config) pairs that show it (the same kind and heading), with the
   * pair whose witness is shortest.
   */
  public record Merged(Cell shortest, List<String> cells) {
    /** The finding of the kinds given, in their order, each once. */
    static List<Merged> of(Explored e, org.patchreview.scenario.ExploreResult.Kind... kinds) {
      java.util.Map<String, List<Cell>> by = new java.util.LinkedHashMap<>();
      for (org.patchreview.scenario.ExploreResult.Kind k : kinds) {
        for (Cell c : e.findings(k)) {
          by.computeIfAbsent(k + " " + c.finding().heading(), x -> new java.util.ArrayList<>()).add(c);
        }
      }
      return by.values().stream().map(cs -> new Merged(cs.stream().min(java.util.Comparator.comparingInt(
          (Cell c) -> c.finding().witness().size())).orElseThrow(), cs.stream().map(Cell::name).toList())).toList();
    }

    /** "(lager/default, shortest witness: add sata0; unbind ipmmu_ds)", naming how many pairs show it. */
    String where() {
      return "(" + (cells.size() == 1 ? cells.get(0) : cells.size() + " board and config pairs, e.g. "
          + shortest.name()) + ", shortest witness: " + String.join("; ", shortest.finding().witness().stream()
              .map(Object::toString).toList()) + ")";
    }
  }

  public Report(String base, List<PatchEntry> patches, List<LayoutDiff> layout, List<RunDiff> runs,
      List<FixesClaim> fixes, List<Diagnostic> notes, Replay replay, Series series, PatchLines lines,
      BaseState baseState) {
    this(base, patches, layout, runs, fixes, notes, replay, series, lines, baseState, null, 0);
  }

  /**
   * Which state of the modelled history the base is, for tools: its tag, the history entry it is the state after, and
   * that entry's upstream commit (each null when there is none); null for a base that is no modelled state.
   */
  public record BaseState(String tag, String entry, String upstream) {}

  /** A report whose base is not described as a state of the history. */
  public Report(String base, List<PatchEntry> patches, List<LayoutDiff> layout, List<RunDiff> runs,
      List<FixesClaim> fixes, List<Diagnostic> notes, Replay replay, Series series, PatchLines lines) {
    this(base, patches, layout, runs, fixes, notes, replay, series, lines, null);
  }

  /** The same report, its base described as {@code state}. */
  public Report withBaseState(BaseState state) {
    return new Report(base, patches, layout, runs, fixes, notes, replay, series, lines, state, explored, proven);
  }

  /**
   * The same report, saying that {@code n} of its runs were proven the same without running them after the patch:
   * the runs before entered none of the statements it changed.
   */
  public Report withProven(int n) {
    return new Report(base, patches, layout, runs, fixes, notes, replay, series, lines, baseState, explored, n);
  }

  /** The same report, with what exploring before and after the patch found. */
  public Report withExplored(Explored found) {
    return new Report(base, patches, layout, runs, fixes, notes, replay, series, lines, baseState, found, proven);
  }

  /** A report whose hunks are read from its patches' mails. */
  public Report(String base, List<PatchEntry> patches, List<LayoutDiff> layout, List<RunDiff> runs,
      List<FixesClaim> fixes, List<Diagnostic> notes, Replay replay, Series series) {
    this(base, patches, layout, runs, fixes, notes, replay, series, PatchLines.of(
        patches.stream().map(PatchEntry::mail).toList(), patches.stream().map(PatchEntry::applied).toList()));
  }

  /**
   * A {@code Fixes:} tag checked by execution: the faults the patch removes, and whether the commit it names is where
   * they first appear ({@code confirmed}), with the cells and faults that show it; {@code suggested} is the tag for the
   * commit of the modelled history they do first appear with ({@code 09515ef5ddad ("subject")}), or "".
   */
  public record FixesClaim(String commit, String subject, String entry, boolean checked, boolean confirmed,
      String explanation, String suggested) {
    /** A claim with no better tag to suggest. */
    public FixesClaim(String commit, String subject, String entry, boolean checked, boolean confirmed,
        String explanation) {
      this(commit, subject, entry, checked, confirmed, explanation, "");
    }
  }

  /** A report of patches read outside any series, applied to the modelled kernel {@code base} and replayed there. */
  public Report(String base, List<PatchEntry> patches, List<LayoutDiff> layout, List<RunDiff> runs,
      List<FixesClaim> fixes, List<Diagnostic> notes) {
    this(base, patches, layout, runs, fixes, notes, Replay.on(base), Series.NONE);
  }

  /** A report of patches applied to the modelled kernel {@code base} and replayed there, from {@code series}. */
  public Report(String base, List<PatchEntry> patches, List<LayoutDiff> layout, List<RunDiff> runs,
      List<FixesClaim> fixes, List<Diagnostic> notes, Series series) {
    this(base, patches, layout, runs, fixes, notes, Replay.on(base), series);
  }

  /**
   * A patch as it came by mail, how it applied, what its mail and the replies to it say, and, in a series of two or
   * more, its own replay: the runs on the tree the patch before left against the runs with this patch (empty
   * otherwise, or when the kernel did not build at that point of the series). {@code applied} is how it applied to
   * the review's base tree; when that is a user's tree, {@code model} is how it applied to the modelled kernel as well
   * (else null).
   */
  public record PatchEntry(PatchMail mail, ApplyResult applied, PatchFacts facts, List<RunDiff> replay,
      ApplyResult model) {
    public PatchEntry {
      replay = List.copyOf(replay);
    }

    public PatchEntry(PatchMail mail, ApplyResult applied) {
      this(mail, applied, PatchFacts.NONE, List.of(), null);
    }

    public PatchEntry(PatchMail mail, ApplyResult applied, PatchFacts facts) {
      this(mail, applied, facts, List.of(), null);
    }

    public PatchEntry(PatchMail mail, ApplyResult applied, PatchFacts facts, List<RunDiff> replay) {
      this(mail, applied, facts, replay, null);
    }

    /** This entry with its own replay in a series. */
    public PatchEntry withReplay(List<RunDiff> runs) {
      return new PatchEntry(mail, applied, facts, runs, model);
    }
  }

  /** Where behaviour was replayed ({@code model}), whether it was, and why not when it was not. */
  public record Replay(String model, boolean replayed, String whyNot) {
    public static Replay on(String model) {
      return new Replay(model, true, "");
    }

    public static Replay not(String model, String why) {
      return new Replay(model, false, why);
    }
  }

  /** How many runs got each verdict (every verdict present, in report order). */
  public Map<Verdict, Integer> summary() {
    return summaryOf(runs);
  }

  /** How many of these runs got each verdict (every verdict present, in report order). */
  public static Map<Verdict, Integer> summaryOf(List<RunDiff> runs) {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    for (RunDiff r : runs) {
      counts.merge(r.verdict(), 1, Integer::sum);
    }
    return counts;
  }

  /** Whether a run regressed: with the whole series, or with one of its patches on its own. */
  public boolean regressed() {
    return runs.stream().anyMatch(r -> r.verdict() == Verdict.REGRESSED) || patches.stream()
        .anyMatch(p -> p.replay().stream().anyMatch(r -> r.verdict() == Verdict.REGRESSED));
  }
}
