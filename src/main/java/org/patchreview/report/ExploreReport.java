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

  /** A report in JSON ({@link JsonRenderer}) with the exploration added as its member {@code exploration}. */
  public static String intoJson(String reportJson, String base, List<ExploreResult> results) {
    String body = reportJson.stripTrailing();
    if (!body.endsWith("}")) {
      return reportJson;
    }
    JsonWriter w = new JsonWriter();
    w.beginObject();
    fields(w, "apply", base, "after the patch", results);
    w.endObject();
    String object = w.toString().replace("\n", "\n  ");
    return body.substring(0, body.length() - 1).stripTrailing() + ",\n  \"exploration\": " + object + "\n}\n";
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
