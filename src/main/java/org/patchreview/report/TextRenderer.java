package org.patchreview.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.Change;
import org.patchreview.diff.LayoutDiff;
import org.patchreview.diff.RunDiff;
import org.patchreview.diff.StructLayoutView;
import org.patchreview.diff.Verdict;
import org.patchreview.mail.PatchMail;
import org.patchreview.mail.SubjectPrefix;
import org.patchreview.patch.FileOutcome;
import org.patchreview.patch.FileResult;
import org.patchreview.patch.HunkResult;

/**
 * The terminal report: the patch and how it applied, a summary line, struct layouts that changed shape, then every
 * run that is not {@code same} with its differences: faults, leaks and warnings first, then device and hardware
 * state, then (up to a limit) the calls and log lines that differ.
 */
public final class TextRenderer {
  private static final int MAX_TRACE_CHANGES = 12;

  private TextRenderer() {}

  public static String render(Report r) {
    StringBuilder out = new StringBuilder();
    MailText.series(out, r.series());
    for (Report.PatchEntry p : r.patches()) {
      patch(out, p, r.base());
    }
    for (Report.FixesClaim f : r.fixes()) {
      out.append("  Fixes: ").append(f.subject()).append("\n    ").append(f.explanation()).append('\n');
    }
    summary(out, r);
    eachPatch(out, r);
    for (LayoutDiff l : r.layout()) {
      layout(out, l);
    }
    List<RunDiff> shown = r.runs().stream().filter(d -> d.verdict() != Verdict.SAME)
        .sorted(Comparator.comparing(RunDiff::verdict)).toList();
    for (RunDiff d : shown) {
      run(out, d);
    }
    for (Diagnostic n : r.notes()) {
      out.append(n.oneLine()).append('\n');
    }
    return out.toString();
  }

  private static void patch(StringBuilder out, Report.PatchEntry p, String base) {
    PatchMail m = p.mail();
    out.append("review: ").append(m.rawSubject().isEmpty() ? "(no subject)" : m.rawSubject()).append('\n');
    if (!m.authorName().isEmpty() || !m.authorEmail().isEmpty()) {
      out.append("  from ").append(m.authorName())
          .append(m.authorEmail().isEmpty() ? "" : " <" + m.authorEmail() + ">");
      out.append(m.date().isEmpty() ? "" : ", " + m.date()).append('\n');
    }
    MailText.patch(out, p.facts());
    out.append("  applied to ").append(base).append(":\n");
    int width = p.applied().files().stream().mapToInt(f -> f.path().length()).max().orElse(0);
    for (FileResult f : p.applied().files()) {
      out.append("    ").append(pad(f.path(), width)).append("  ").append(outcome(f)).append('\n');
    }
  }

  private static String outcome(FileResult f) {
    if (f.outcome() == FileOutcome.OUTSIDE_MODEL) {
      return "outside the model (not replayed)";
    }
    if (f.outcome() == FileOutcome.FAILED) {
      return "failed: " + f.message();
    }
    List<String> hunks = new ArrayList<>();
    for (HunkResult h : f.hunks()) {
      hunks.add(h.offset() == 0 ? "clean" : "offset " + (h.offset() > 0 ? "+" : "") + h.offset() + " lines");
    }
    String change = f.change().label().equals("modify") ? "" : f.change().label() + ", ";
    return change + (hunks.isEmpty() ? "applied" : String.join(", ", hunks));
  }

  private static void summary(StringBuilder out, Report r) {
    Map<Verdict, Integer> s = r.summary();
    long boards = r.runs().stream().map(RunDiff::board).distinct().count();
    long configs = r.runs().stream().map(RunDiff::config).distinct().count();
    long scenarios = r.runs().stream().map(RunDiff::scenario).distinct().count();
    out.append('\n').append(r.runs().size()).append(" runs (").append(boards).append(" boards x ").append(configs)
        .append(" configs x ").append(scenarios).append(" scenarios): ");
    out.append(s.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().word())
        .collect(Collectors.joining(", "))).append('\n');
  }

  /** In a series, each patch replayed on the tree the one before left, with the runs it regressed. */
  private static void eachPatch(StringBuilder out, Report r) {
    if (r.patches().size() < 2) {
      return;
    }
    out.append("each patch on the tree the one before left:\n");
    for (Report.PatchEntry p : r.patches()) {
      SubjectPrefix at = p.mail().prefix();
      out.append("  ").append(at.inSeries() ? at.index() + "/" + at.total() + " " : "").append(p.mail().subject())
          .append(": ");
      if (p.replay().isEmpty()) {
        out.append("not replayed on its own (the kernel does not build on one side)\n");
        continue;
      }
      out.append(Report.summaryOf(p.replay()).entrySet().stream().map(e -> e.getValue() + " " + e.getKey().word())
          .collect(Collectors.joining(", "))).append('\n');
      List<String> regressed = p.replay().stream().filter(d -> d.verdict() == Verdict.REGRESSED)
          .map(d -> d.board() + "/" + d.config() + "/" + d.scenario()).toList();
      if (!regressed.isEmpty()) {
        out.append("    regressed: ").append(String.join(", ", regressed)).append('\n');
      }
    }
  }

  private static void layout(StringBuilder out, LayoutDiff l) {
    out.append('\n').append(l.before() != null ? l.before().struct() : l.after().struct()).append(", ")
        .append(l.config()).append(" config: ").append(l.notes().isEmpty() ? "" : l.notes().get(0)).append('\n');
    List<String[]> rows = rows(l.before(), l.after());
    List<String> left = rows.stream().map(r -> r[0]).toList();
    List<String> right = rows.stream().map(r -> r[1]).toList();
    int width = Math.max(left.stream().mapToInt(String::length).max().orElse(0), "before".length());
    out.append("    ").append(pad("before", width)).append("   after\n");
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      String a = i < left.size() ? left.get(i) : "";
      String b = i < right.size() ? right.get(i) : "";
      out.append("    ").append(pad(a, width)).append(a.equals(b) ? "   " : " | ").append(b).append('\n');
    }
    for (int i = 1; i < l.notes().size(); i++) {
      out.append("  - ").append(l.notes().get(i)).append('\n');
    }
  }

  /**
   * Before and after side by side, a member beside the member of the same name; members only one side has stand
   * beside a blank where the other side has none.
   */
  private static List<String[]> rows(StructLayoutView before, StructLayoutView after) {
    List<StructLayoutView.Member> a = before == null ? List.of() : before.members();
    List<StructLayoutView.Member> b = after == null ? List.of() : after.members();
    int wa = a.stream().mapToInt(m -> m.declaration().length()).max().orElse(0);
    int wb = b.stream().mapToInt(m -> m.declaration().length()).max().orElse(0);
    List<String[]> rows = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      StructLayoutView.Member x = i < a.size() ? a.get(i) : null;
      StructLayoutView.Member y = j < b.size() ? b.get(j) : null;
      boolean xLater = x != null && b.subList(j, b.size()).stream().anyMatch(m -> m.name().equals(x.name()));
      boolean yEarlier = y != null && a.subList(i, a.size()).stream().anyMatch(m -> m.name().equals(y.name()));
      if (x != null && y != null && x.name().equals(y.name())) {
        rows.add(new String[] {member(x, wa), member(y, wb)});
        i++;
        j++;
      } else if (x != null && (!xLater || y == null)) {
        rows.add(new String[] {member(x, wa), ""});
        i++;
      } else if (y != null && !yEarlier) {
        rows.add(new String[] {"", member(y, wb)});
        j++;
      } else {
        rows.add(new String[] {member(x, wa), member(y, wb)});
        i++;
        j++;
      }
    }
    rows.add(new String[] {before == null ? "(none)" : "size " + before.size() + ", align " + before.align(),
        after == null ? "(none)" : "size " + after.size() + ", align " + after.align()});
    return rows;
  }

  private static String member(StructLayoutView.Member m, int width) {
    return pad(m.declaration() + ";", width + 1) + "  " + m.place();
  }

  private static void run(StringBuilder out, RunDiff d) {
    out.append('\n').append(d.verdict().word().toUpperCase(java.util.Locale.ROOT)).append("  ").append(d.board())
        .append(" / ").append(d.config()).append(" / ").append(d.scenario()).append('\n');
    List<Change> problems = d.changes().stream().filter(TextRenderer::isProblem).toList();
    List<Change> states = d.changes().stream().filter(c -> c.kind().equals("state") || c.kind().equals("hardware"))
        .toList();
    List<Change> members = d.changes().stream().filter(c -> c.kind().equals("field")).toList();
    List<Change> trace = d.changes().stream().filter(c -> c.kind().equals("call") || c.kind().equals("log")).toList();
    problems.forEach(c -> out.append("  ").append(line(c)).append('\n'));
    grouped(states).forEach(l -> out.append("  ").append(l).append('\n'));
    grouped(members).forEach(l -> out.append("  ").append(l).append('\n'));
    trace.stream().limit(MAX_TRACE_CHANGES).forEach(c -> out.append("  ").append(line(c)).append('\n'));
    if (trace.size() > MAX_TRACE_CHANGES) {
      out.append("  ... and ").append(trace.size() - MAX_TRACE_CHANGES)
          .append(" more call and log differences (--format json lists them all)\n");
    }
  }

  /** State changes that read the same in several steps are shown once, with the steps they hold in. */
  private static List<String> grouped(List<Change> changes) {
    Map<String, List<String>> steps = new java.util.LinkedHashMap<>();
    Map<String, Change> first = new java.util.HashMap<>();
    for (Change c : changes) {
      String key = c.kind() + "\u0000" + c.what() + "\u0000" + c.before() + "\u0000" + c.after();
      steps.computeIfAbsent(key, k -> new ArrayList<>()).add(c.step());
      first.putIfAbsent(key, c);
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : steps.entrySet()) {
      Change c = first.get(e.getKey());
      String line = line(c);
      out.add("[" + String.join(", ", e.getValue()) + "]" + line.substring(line.indexOf(']') + 1));
    }
    return out;
  }

  private static boolean isProblem(Change c) {
    return c.kind().equals("fault") || c.kind().equals("leak") || c.kind().equals("warning");
  }

  /** One difference: {@code [step] what: before -> after}, or what appeared or went away. */
  static String line(Change c) {
    String step = "[" + c.step() + "] ";
    boolean gone = c.after().equals(Change.ABSENT);
    boolean added = c.before().equals(Change.ABSENT);
    return switch (c.kind()) {
      case "fault", "leak", "warning" -> step + c.kind() + (gone ? " gone: " + c.before()
          : added ? " new: " + c.after() : ": " + c.before() + " -> " + c.after());
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

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
