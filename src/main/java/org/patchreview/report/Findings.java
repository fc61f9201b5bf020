package org.patchreview.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.patchreview.diff.Change;
import org.patchreview.diff.RunDiff;
import org.patchreview.diff.StructLayoutView;
import org.patchreview.diff.Verdict;
import org.patchreview.mail.MessageCheck;
import org.patchreview.mail.PatchMail;
import org.patchreview.mail.SubjectPrefix;
import org.patchreview.patch.FileResult;
import org.patchreview.patch.HunkResult;

/**
 * What every renderer says about a report, in the same words and order: which runs are shown, each run's findings
 * (faults, leaks and warnings first, then device and hardware state grouped over the steps it holds in, then members
 * only one side has, then calls and log lines), and the one-line phrases for files, summaries and layouts.
 */
final class Findings {
  /** Calls and log lines shown per run before "... and N more"; the JSON report lists them all. */
  static final int MAX_TRACE = 12;

  enum Category { PROBLEM, STATE, MEMBER, TRACE }

  /** One line a report shows for a run: the change it came from (the first, when grouped over several steps). */
  record Finding(Category category, String text, Change change) {
    boolean isNew() {
      return change.before().equals(Change.ABSENT);
    }

    boolean isGone() {
      return change.after().equals(Change.ABSENT);
    }
  }

  private Findings() {}

  /** The runs a report details: every one that is not {@code same}, regressions first. */
  static List<RunDiff> shown(Report r) {
    return r.runs().stream().filter(d -> d.verdict() != Verdict.SAME)
        .sorted(Comparator.comparing(RunDiff::verdict)).toList();
  }

  static List<Finding> of(RunDiff d) {
    List<Finding> out = new ArrayList<>();
    d.changes().stream().filter(Change::isProblem).forEach(c -> out.add(new Finding(Category.PROBLEM, line(c), c)));
    grouped(d.changes().stream().filter(c -> c.kind().equals("state") || c.kind().equals("hardware")).toList(),
        Category.STATE, out);
    grouped(d.changes().stream().filter(c -> c.kind().equals("field")).toList(), Category.MEMBER, out);
    d.changes().stream().filter(c -> c.kind().equals("call") || c.kind().equals("log"))
        .forEach(c -> out.add(new Finding(Category.TRACE, line(c), c)));
    return out;
  }

  /** State changes that read the same in several steps are shown once, with the steps they hold in. */
  private static void grouped(List<Change> changes, Category category, List<Finding> out) {
    Map<String, List<String>> steps = new LinkedHashMap<>();
    Map<String, Change> first = new HashMap<>();
    for (Change c : changes) {
      String key = c.kind() + "\u0000" + c.what() + "\u0000" + c.before() + "\u0000" + c.after();
      steps.computeIfAbsent(key, k -> new ArrayList<>()).add(c.step());
      first.putIfAbsent(key, c);
    }
    for (Map.Entry<String, List<String>> e : steps.entrySet()) {
      Change c = first.get(e.getKey());
      String line = line(c);
      out.add(new Finding(category, "[" + String.join(", ", e.getValue()) + "]"
          + line.substring(line.indexOf(']') + 1), c));
    }
  }

  /** One difference: {@code [step] what: before -> after}, or what appeared or went away. */
  static String line(Change c) {
    String step = "[" + c.step() + "] ";
    boolean gone = c.after().equals(Change.ABSENT);
    boolean added = c.before().equals(Change.ABSENT);
    if (c.isProblem()) {
      return step + c.kind() + (gone ? " gone: " + c.before() : added ? " new: " + c.after() : ": " + c.before()
          + " -> " + c.after());
    }
    return switch (c.kind()) {
      case "state" -> step + c.what() + ": " + c.before() + " -> " + c.after();
      case "field" -> step + c.what() + (added ? " = " + c.after() + " (new member)"
          : gone ? " = " + c.before() + " (member removed)" : ": " + c.before() + " -> " + c.after());
      default -> {
        String at = c.location().isEmpty() ? "" : " at " + c.location();
        yield step + c.kind() + " " + (gone ? c.before() + at + " (before only)" : added ? c.after() + at
            + " (after only)" : c.before() + " -> " + c.after() + at);
      }
    };
  }

  /** {@code lager / default / rebind}. */
  static String title(RunDiff d) {
    return d.board() + " / " + d.config() + " / " + d.scenario();
  }

  static String verdictWord(Verdict v) {
    return v.word().toUpperCase(Locale.ROOT);
  }

  /**
   * {@code 30 runs (3 boards x 2 configs x 5 scenarios): 0 regressed, 10 fixed, 8 changed, 12 same}, and how many of
   * the same were proven so without running them after the patch ({@code (6 proven without running)}).
   */
  static String summary(Report r) {
    if (!r.replay().replayed()) {
      return "behaviour not replayed: " + r.replay().whyNot();
    }
    long boards = r.runs().stream().map(RunDiff::board).distinct().count();
    long configs = r.runs().stream().map(RunDiff::config).distinct().count();
    long scenarios = r.runs().stream().map(RunDiff::scenario).distinct().count();
    return r.runs().size() + " runs (" + boards + " boards x " + configs + " configs x " + scenarios + " scenarios): "
        + counts(r) + (r.proven() > 0 ? " (" + r.proven() + " proven without running)" : "");
  }

  /** A patch of a series replayed on its own: which, its counts (or why it was not), the runs it regressed. */
  record Replay(String patch, String result, List<String> regressed) {}

  /** In a series of two or more, each patch replayed on the tree the one before left; empty otherwise. */
  static List<Replay> replays(Report r) {
    if (r.patches().size() < 2 || !r.replay().replayed()) {
      return List.of();
    }
    List<Replay> out = new ArrayList<>();
    for (Report.PatchEntry p : r.patches()) {
      SubjectPrefix at = p.mail().prefix();
      String patch = (at.inSeries() ? at.index() + "/" + at.total() + " " : "") + p.mail().subject();
      out.add(p.replay().isEmpty()
          ? new Replay(patch, "not replayed on its own (the kernel does not build on one side)", List.of())
          : new Replay(patch, counts(p.replay()), p.replay().stream().filter(d -> d.verdict() == Verdict.REGRESSED)
              .map(d -> d.board() + "/" + d.config() + "/" + d.scenario()).toList()));
    }
    return out;
  }

  /** Each Fixes: tag checked: {@code Fixes: TAG: explanation}. */
  static List<String> fixes(Report r) {
    return r.fixes().stream().map(f -> "Fixes: " + f.subject() + ": " + f.explanation()).toList();
  }

  /** The warnings the mail stage gave a patch (a malformed Fixes: tag, Trojan Source, a quoting repair). */
  static List<String> mailWarnings(Report.PatchEntry p) {
    List<String> out = new ArrayList<>(p.facts().checks().stream()
        .filter(c -> c.level() == MessageCheck.Level.WARNING)
        .map(c -> c.message() + (c.line() > 0 ? " (" + c.location() + ")" : "")).toList());
    p.facts().quoteRepairs().forEach(d -> out.add(d.oneLine()));
    return out;
  }

  /** {@code 0 regressed, 10 fixed, 8 changed, 12 same}. */
  static String counts(Report r) {
    return counts(r.summary());
  }

  /** The same for some runs (a patch of a series replayed on its own). */
  static String counts(List<RunDiff> runs) {
    return counts(Report.summaryOf(runs));
  }

  private static String counts(Map<Verdict, Integer> summary) {
    return summary.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().word())
        .collect(Collectors.joining(", "));
  }

  static String subject(PatchMail m) {
    return m.rawSubject().isEmpty() ? "(no subject)" : m.rawSubject();
  }

  /** How a file applied: {@code clean}, {@code offset -1742 lines}, outside the model, failed. */
  static String outcome(FileResult f) {
    String notApplied = switch (f.outcome()) {
      case OUTSIDE_MODEL -> "outside the model (not replayed)";
      case NOT_REPLAYABLE -> "binary (not replayable)";
      case REFUSED -> "refused: " + f.message();
      case FAILED -> "failed: " + f.message();
      case APPLIED -> null;
    };
    if (notApplied != null) {
      return notApplied;
    }
    List<String> hunks = new ArrayList<>();
    for (HunkResult h : f.hunks()) {
      // A hunk that moved names the function it was checked to land in.
      hunks.add(h.summary() + (Boolean.TRUE.equals(h.anchor().anchored()) ? " (in " + h.anchor().function() + ")"
          : ""));
    }
    String change = f.change().label().equals("modify") ? "" : f.change().label() + ", ";
    return change + (hunks.isEmpty() ? "applied" : String.join(", ", hunks));
  }

  /**
   * A layout before and after side by side, a member beside the member of the same name; members only one side has
   * stand beside a blank. The last row is the size and alignment.
   */
  static List<String[]> layoutRows(StructLayoutView before, StructLayoutView after) {
    List<StructLayoutView.Member> a = before == null ? List.of() : before.members();
    List<StructLayoutView.Member> b = after == null ? List.of() : after.members();
    List<String[]> rows = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      StructLayoutView.Member x = i < a.size() ? a.get(i) : null;
      StructLayoutView.Member y = j < b.size() ? b.get(j) : null;
      boolean xLater = x != null && b.subList(j, b.size()).stream().anyMatch(m -> m.name().equals(x.name()));
      boolean yEarlier = y != null && a.subList(i, a.size()).stream().anyMatch(m -> m.name().equals(y.name()));
      if (x != null && y != null && x.name().equals(y.name())) {
        rows.add(new String[] {x.declaration() + ";", x.place(), y.declaration() + ";", y.place()});
        i++;
        j++;
      } else if (x != null && (!xLater || y == null)) {
        rows.add(new String[] {x.declaration() + ";", x.place(), "", ""});
        i++;
      } else if (y != null && !yEarlier) {
        rows.add(new String[] {"", "", y.declaration() + ";", y.place()});
        j++;
      } else {
        rows.add(new String[] {x.declaration() + ";", x.place(), y.declaration() + ";", y.place()});
        i++;
        j++;
      }
    }
    rows.add(new String[] {before == null ? "(none)" : "size " + before.size() + ", align " + before.align(), "",
        after == null ? "(none)" : "size " + after.size() + ", align " + after.align(), ""});
    return rows;
  }
}
