package org.patchreview.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.patchreview.diff.RunDiff;
import org.patchreview.observe.Observation;

/**
 * A run's lifecycle as an SVG timeline: the scenario's steps across, a lane for the run before the patch and one for
 * the run after it; in each step, every device's DMA ops and IOMMU mapping (or an IOMMU's contexts) after that step,
 * with what differs between the lanes highlighted, and each fault, warning or leak marked in the step it happened,
 * linked to the finding it belongs to.
 */
final class TimelineSvg {
  private static final int LABEL = 52;
  private static final int COLUMN = 172;
  private static final int LINE = 13;
  private static final int HEAD = 22;
  private static final int MARKS = 20;
  private static final int MAX_CHARS = 27;

  private TimelineSvg() {}

  /**
   * The SVG element; {@code link} gives, for a problem seen before ({@code false}) or after ({@code true}), the id of
   * the finding to link to, or null.
   */
  static String render(RunDiff d, BiFunction<Observation, Boolean, String> link) {
    List<String> steps = new ArrayList<>(d.steps());
    boolean leaks = d.problemsBefore().stream().anyMatch(o -> o.kind().equals("leak"))
        || d.problemsAfter().stream().anyMatch(o -> o.kind().equals("leak"));
    if (leaks && !steps.contains("end")) {
      steps.add("end");
    }
    Map<String, Map<String, String[]>> before = cells(d.statesBefore());
    Map<String, Map<String, String[]>> after = cells(d.statesAfter());
    Map<String, Integer> devices = new LinkedHashMap<>();
    d.statesBefore().forEach(s -> devices.put(s.device(), 1));
    d.statesAfter().forEach(s -> devices.put(s.device(), 1));
    for (Map<String, Map<String, String[]>> side : List.of(before, after)) {
      side.values().forEach(cell -> cell.forEach((device, lines) -> {
        if (!lines[1].isEmpty()) {
          devices.put(device, 2);
        }
      }));
    }
    int rows = devices.values().stream().mapToInt(Integer::intValue).sum();
    int lane = MARKS + Math.max(rows, 1) * LINE + 8;
    int width = LABEL + steps.size() * COLUMN;
    int height = HEAD + 2 * lane + 2;
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(Html.esc("lifecycle of " + Findings.title(d)
            + ", before and after the patch")).append("\">\n");
    for (int c = 0; c < steps.size(); c++) {
      int x = LABEL + c * COLUMN;
      b.append("<text class=\"step\" x=\"").append(x + 6).append("\" y=\"15\">").append(Html.esc(steps.get(c)))
          .append("</text>\n");
      b.append("<line class=\"sep\" x1=\"").append(x).append("\" y1=\"0\" x2=\"").append(x).append("\" y2=\"")
          .append(height).append("\"/>\n");
    }
    lane(b, "before", HEAD, lane, steps, devices, before, after, d.problemsBefore(), o -> link.apply(o, false));
    lane(b, "after", HEAD + lane + 2, lane, steps, devices, after, before, d.problemsAfter(),
        o -> link.apply(o, true));
    return b.append("</svg>\n").toString();
  }

  /** step -> device -> the two lines the timeline shows for that device after that step. */
  private static Map<String, Map<String, String[]>> cells(List<Observation.State> states) {
    Map<String, Map<String, Map<String, String>>> fields = new LinkedHashMap<>();
    for (Observation.State s : states) {
      fields.computeIfAbsent(s.step(), k -> new LinkedHashMap<>())
          .computeIfAbsent(s.device(), k -> new LinkedHashMap<>()).put(s.field(), s.value());
    }
    Map<String, Map<String, String[]>> out = new LinkedHashMap<>();
    fields.forEach((step, devices) -> devices.forEach((device, f) ->
        out.computeIfAbsent(step, k -> new LinkedHashMap<>()).put(device, summary(device, f))));
    return out;
  }

  /**
   * {@code sata0: arm_iommu_ops} over {@code dma_iommu_mapping#1 (kref 3)}: a device's DMA ops (and "unbound" when no
   * driver holds it), then its IOMMU mapping; an IOMMU's contexts and uTLBs (or a System MMU's state) go where a
   * device has none of those, or on the second line.
   */
  static String[] summary(String device, Map<String, String> f) {
    List<String> hardware = new ArrayList<>();
    f.forEach((k, v) -> {
      if (!k.equals("driver") && !k.equals("dma_ops") && !k.startsWith("archdata.") && !k.equals("state")) {
        hardware.add(k + " " + v);
      }
    });
    if (!f.containsKey("dma_ops")) {
      return new String[] {device + ": " + String.join(", ", hardware), ""};
    }
    String first = device + ": " + f.get("dma_ops") + ("none".equals(f.get("driver")) ? ", unbound" : "");
    List<String> second = new ArrayList<>();
    String mapping = f.get("archdata.mapping");
    if (mapping != null && !mapping.equals("NULL")) {
      second.add("→ " + mapping);
    }
    second.addAll(hardware);
    return new String[] {first, String.join(", ", second)};
  }

  private static void lane(StringBuilder b, String name, int y, int height, List<String> steps,
      Map<String, Integer> devices, Map<String, Map<String, String[]>> mine, Map<String, Map<String, String[]>> other,
      List<Observation> problems,
      java.util.function.Function<Observation, String> link) {
    b.append("<rect class=\"lane ").append(name).append("\" x=\"0\" y=\"").append(y).append("\" width=\"")
        .append(LABEL + steps.size() * COLUMN).append("\" height=\"").append(height).append("\"/>\n");
    b.append("<text class=\"lane-label\" x=\"6\" y=\"").append(y + 15).append("\">").append(name).append("</text>\n");
    for (int c = 0; c < steps.size(); c++) {
      int x = LABEL + c * COLUMN;
      String step = steps.get(c);
      Map<String, String[]> cell = mine.getOrDefault(step, Map.of());
      Map<String, String[]> twin = other.getOrDefault(step, Map.of());
      int row = 0;
      for (Map.Entry<String, Integer> device : devices.entrySet()) {
        String[] lines = cell.get(device.getKey());
        String[] others = twin.get(device.getKey());
        for (int i = 0; i < device.getValue(); i++) {
          int ty = y + MARKS + 10 + row * LINE;
          row++;
          if (lines == null || lines[i].isEmpty()) {
            continue;
          }
          boolean changed = others == null || !lines[i].equals(others[i]);
          b.append("<text class=\"dev").append(i > 0 ? " sub" : "").append(changed ? " chg" : "").append("\" x=\"")
              .append(x + (i > 0 ? 14 : 6)).append("\" y=\"").append(ty).append('"').append(fit(lines[i], i > 0))
              .append("><title>").append(Html.esc(lines[i])).append("</title>").append(Html.esc(lines[i]))
              .append("</text>\n");
        }
      }
      marks(b, problems.stream().filter(o -> o.step().equals(step)).toList(), x, y, link);
    }
  }

  /** A mark per problem in its step, left to right: a circle for a fault, a triangle for a warning, a square for a leak. */
  private static void marks(StringBuilder b, List<Observation> problems, int x, int y,
      java.util.function.Function<Observation, String> link) {
    int k = 0;
    for (Observation o : problems) {
      int cx = x + 12 + k * 16;
      int cy = y + 10;
      k++;
      String id = link.apply(o);
      if (id != null) {
        b.append("<a href=\"#").append(Html.esc(id)).append("\">");
      }
      b.append("<g class=\"mark ").append(o.kind().replace(' ', '-')).append(id == null ? " same" : "").append("\"><title>")
          .append(Html.esc(o.kind() + ": " + o.text())).append("</title>");
      switch (o.kind()) {
        case "warning" -> b.append("<path d=\"M").append(cx).append(' ').append(cy - 6).append(" L").append(cx + 6)
            .append(' ').append(cy + 5).append(" L").append(cx - 6).append(' ').append(cy + 5).append(" Z\"/>");
        case Observation.Violation.ISOLATION_LOST -> b.append("<path d=\"M").append(cx).append(' ').append(cy - 7)
            .append(" L").append(cx + 6).append(' ').append(cy).append(" L").append(cx).append(' ').append(cy + 7)
            .append(" L").append(cx - 6).append(' ').append(cy).append(" Z\"/>");
        case "leak" -> b.append("<rect x=\"").append(cx - 5).append("\" y=\"").append(cy - 5)
            .append("\" width=\"10\" height=\"10\"/>");
        default -> b.append("<circle cx=\"").append(cx).append("\" cy=\"").append(cy).append("\" r=\"6\"/>");
      }
      b.append("</g>");
      if (id != null) {
        b.append("</a>");
      }
      b.append('\n');
    }
  }

  /**
   * A label longer than its column is squeezed to the column's width, never cut: the whole text stays readable (and
   * searchable), narrower.
   */
  private static String fit(String s, boolean indented) {
    return s.length() <= MAX_CHARS ? "" : " textLength=\"" + (COLUMN - (indented ? 20 : 12))
        + "\" lengthAdjust=\"spacingAndGlyphs\"";
  }
}
