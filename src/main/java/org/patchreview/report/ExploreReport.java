package org.patchreview.report;

import java.util.List;
import java.util.stream.Collectors;
import org.patchreview.scenario.ExploreResult;

/**
 * What exploration found, as text and as the JSON object {@code exploration} (docs/report-schema.json): for each
 * (board, config), how far it went and each finding with its shortest witness, printed as a scenario file that can be
 * saved into {@code corpus/scenarios/} and replayed. Times are not part of it (they go to standard error), so that
 * the same input gives the same report.
 */
public final class ExploreReport {
  private ExploreReport() {}

  /** The text report, headed by {@code title} ("review explore: ..."). */
  public static String text(String title, List<ExploreResult> results) {
    StringBuilder b = new StringBuilder(title).append('\n');
    for (ExploreResult r : results) {
      b.append('\n').append(r.board()).append(" / ").append(r.config()).append(": ").append(summary(r)).append('\n');
      for (ExploreResult.Finding f : r.findings()) {
        b.append("  ").append(f.kind().words.toUpperCase(java.util.Locale.ROOT)).append("  ").append(f.heading())
            .append('\n');
        b.append("    seen: ").append(f.detail()).append('\n');
        b.append("    shortest witness (").append(f.witness().size()).append(f.witness().size() == 1 ? " action"
            : " actions").append("):\n");
        f.scenario().lines().skip(1).forEach(l -> b.append("      ").append(l).append('\n'));
      }
    }
    return b.toString();
  }

  /** "explored to depth 6 of 6: 1,234 states (1, 5, ...), 5,678 transitions; 3 findings". */
  public static String summary(ExploreResult r) {
    return "explored to depth " + r.reached() + " of " + r.depth() + (r.complete() ? ""
        : " (" + r.stoppedBy() + " ran out)") + ": " + String.format("%,d", r.states()) + " states ("
        + r.statesPerDepth().stream().map(String::valueOf).collect(Collectors.joining(", ")) + " by depth), "
        + String.format("%,d", r.transitions()) + " transitions; " + r.findings().size()
        + (r.findings().size() == 1 ? " finding" : " findings");
  }

  /**
   * The JSON object for {@code results}: {@code mode} ("explore", "apply" or "compare"), the base explored on and,
   * when two states were compared, what the base's side was compared with.
   */
  public static String json(String mode, String base, String other, List<ExploreResult> results) {
    JsonWriter w = new JsonWriter();
    w.beginObject();
    fields(w, mode, base, other, results);
    w.endObject();
    return w.toString() + "\n";
  }

  /** The member {@code exploration} of a report in JSON: the explored space before and after the patch. */
  static void member(JsonWriter w, Report.Explored e) {
    w.name("exploration").beginObject();
    fields(w, "apply", e.base(), "after the patch", e.results());
    w.endObject();
  }

  /** The title the text report heads the exploration of a review with. */
  static String title(Report.Explored e) {
    return "Explored before and after the patch, on " + e.base() + ":";
  }

  /** Markdown: how far each (board, config) went, then each finding with its witness as a scenario block. */
  static void markdown(StringBuilder out, Report.Explored e) {
    out.append("## Explored every sequence\n\nBefore and after the patch, on ").append(MarkdownRenderer.esc(e.base()))
        .append(".\n\n");
    for (ExploreResult r : e.results()) {
      out.append("- **").append(r.board()).append(" / ").append(r.config()).append("**: ")
          .append(MarkdownRenderer.esc(summary(r))).append('\n');
    }
    out.append('\n');
    for (ExploreResult r : e.results()) {
      for (ExploreResult.Finding f : r.findings()) {
        out.append("### ").append(MarkdownRenderer.esc(capital(f.kind().words) + ": " + f.heading())).append("\n\n")
            .append(MarkdownRenderer.esc(r.board() + " / " + r.config() + "; seen: " + f.detail()))
            .append(". Shortest witness (").append(actions(f)).append("), a scenario file review replays:\n\n```\n")
            .append(f.scenario()).append("```\n\n");
      }
    }
  }

  /** HTML: the same as {@link #markdown}, a section of the page. */
  static void html(StringBuilder out, Report.Explored e) {
    out.append("<section class=\"explored\"><h2>Explored every sequence</h2>\n<p>Before and after the patch, on ")
        .append(Html.esc(e.base())).append(".</p>\n<ul>\n");
    for (ExploreResult r : e.results()) {
      out.append("<li><b>").append(Html.esc(r.board() + " / " + r.config())).append("</b>: ")
          .append(Html.esc(summary(r))).append("</li>\n");
    }
    out.append("</ul>\n");
    for (ExploreResult r : e.results()) {
      for (ExploreResult.Finding f : r.findings()) {
        out.append("<h3>").append(Html.esc(capital(f.kind().words) + ": " + f.heading())).append("</h3>\n<p>")
            .append(Html.esc(r.board() + " / " + r.config() + "; seen: " + f.detail())).append(". Shortest witness (")
            .append(actions(f)).append("):</p>\n<pre>").append(Html.esc(f.scenario())).append("</pre>\n");
      }
    }
    out.append("</section>\n");
  }

  /**
   * The mail: what exploring found, new problems first, each with its witness as the actions in order; the cells'
   * depths in one line. At most {@code max} findings, so that the reply stays short.
   */
  static void mail(StringBuilder out, Report.Explored e, int max) {
    List<Report.Merged> found = Report.Merged.of(e, ExploreResult.Kind.values());
    int depth = e.results().stream().mapToInt(ExploreResult::reached).min().orElse(0);
    int asked = e.results().stream().mapToInt(ExploreResult::depth).max().orElse(0);
    boolean complete = e.results().stream().allMatch(ExploreResult::complete);
    out.append(MailRenderer.wrap("Exploring every sequence of lifecycle actions before and after the patch ("
        + (complete ? "to depth " + depth : "to depth " + depth + " of " + asked + ", where a budget ran out") + ", "
        + e.results().size() + " board and config pairs): " + (found.isEmpty() ? "no difference." : found.size()
        + " finding(s)" + (found.size() > max ? ", the first " + max : "") + ":"), "")).append('\n');
    for (Report.Merged m : found.subList(0, Math.min(max, found.size()))) {
      ExploreResult.Finding f = m.shortest().finding();
      out.append(MailRenderer.wrap("- " + f.kind().words + ": " + f.heading() + " " + m.where(), "  ")).append('\n');
    }
    out.append('\n');
  }

  /**
   * The aspect b4 shows for exploration: fails on a problem only the patched kernel shows, warns when only
   * behaviour differs, passes otherwise; each finding (once across the board and config pairs) an item with its
   * shortest witness.
   */
  static Aspect aspect(Report.Explored e) {
    List<Aspect.Item> items = new java.util.ArrayList<>();
    for (ExploreResult.Kind k : ExploreResult.Kind.values()) {
      Aspect.Status status = k == ExploreResult.Kind.NEW_PROBLEM ? Aspect.Status.FAIL
          : k == ExploreResult.Kind.CHANGED ? Aspect.Status.WARN : Aspect.Status.PASS;
      for (Report.Merged m : Report.Merged.of(e, k)) {
        items.add(new Aspect.Item(status, k.words + ": " + m.shortest().finding().heading() + " " + m.where(), null,
            null));
      }
    }
    Aspect.Status worst = items.stream().map(Aspect.Item::status).max(Enum::compareTo).orElse(Aspect.Status.PASS);
    int depth = e.results().stream().mapToInt(ExploreResult::reached).min().orElse(0);
    String where = " (every sequence to depth " + depth + ", " + e.results().size() + " board and config pairs)";
    long fresh = items.stream().filter(i -> i.status() == Aspect.Status.FAIL).count();
    String summary = fresh > 0 ? fresh + " new problem(s), first: " + items.get(0).description()
        : worst == Aspect.Status.WARN ? "behaves differently, no problem added" + where
        : items.isEmpty() ? "no difference" + where : "removes problems, adds none" + where;
    return new Aspect("exploration", worst, summary, items);
  }

  private static String actions(ExploreResult.Finding f) {
    return f.witness().size() + (f.witness().size() == 1 ? " action" : " actions");
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static void fields(JsonWriter w, String mode, String base, String other, List<ExploreResult> results) {
    w.field("mode", mode).field("base", base);
    if (!other.isEmpty()) {
      w.field("compared_with", other);
    }
    w.name("cells").beginArray();
    for (ExploreResult r : results) {
      w.beginObject().field("board", r.board()).field("config", r.config()).field("depth", r.depth())
          .field("reached", r.reached()).name("complete").bool(r.complete());
      if (!r.complete()) {
        w.field("stopped_by", r.stoppedBy());
      }
      w.field("states", r.states()).name("states_by_depth").beginArray();
      r.statesPerDepth().forEach(n -> w.number(n));
      w.endArray().field("transitions", r.transitions()).name("findings").beginArray();
      for (ExploreResult.Finding f : r.findings()) {
        w.beginObject().field("kind", f.kind().words).field("class", f.id()).field("heading", f.heading())
            .field("seen", f.detail()).name("witness").beginArray();
        f.witness().forEach(a -> w.string(a.toString()));
        w.endArray().field("scenario", f.scenario()).endObject();
      }
      w.endArray().endObject();
    }
    w.endArray();
  }
}
