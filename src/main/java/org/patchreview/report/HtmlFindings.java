package org.patchreview.report;

import java.util.List;

/**
 * What the HTML page opens with: the findings (new problems, removed ones, other behaviour that changes, each once
 * with its runs and simplest witness) and a legend for the timelines' markers.
 */
final class HtmlFindings {
  private static final int MAX_CHANGED = 8;

  private HtmlFindings() {}

  static void summary(StringBuilder b, Report r) {
    FindingSet set = FindingCollector.of(r);
    b.append("<section class=\"findings\" id=\"findings\">\n<h2>Findings</h2>\n<p class=\"summary\">")
        .append(Html.esc(Findings.summary(r))).append("</p>\n");
    if (r.replay().replayed()) {
      list(b, "New problems", "new", set.added(), Integer.MAX_VALUE);
      list(b, "Problems gone", "gone", set.removed(), Integer.MAX_VALUE);
      list(b, "Changed behaviour", "changed", set.changed().stream()
          .filter(f -> !f.isCallOrLog()).toList(), MAX_CHANGED);
    }
    b.append("<p class=\"legend\">Timelines: a lane before and a lane after the patch, a column per lifecycle step; "
        + "<svg width=\"12\" height=\"12\" aria-hidden=\"true\"><circle cx=\"6\" cy=\"6\" r=\"5\" fill=\"#c62828\"/>"
        + "</svg> fault, <svg width=\"12\" height=\"12\" aria-hidden=\"true\"><path d=\"M6 1 L11 11 L1 11 Z\" "
        + "fill=\"#ea580c\"/></svg> warning, <svg width=\"12\" height=\"12\" aria-hidden=\"true\"><rect x=\"1\" "
        + "y=\"1\" width=\"10\" height=\"10\" fill=\"#7c3aed\"/></svg> leak (faded: the same on both sides); "
        + "<b style=\"color:#9a3412\">bold brown</b> state differs from the other lane. Hover a label for its "
        + "text.</p>\n</section>\n");
  }

  private static void list(StringBuilder b, String heading, String css, List<Finding> findings, int max) {
    b.append("<h3>").append(heading).append(findings.isEmpty() ? ": none" : " (" + findings.size() + ")")
        .append("</h3>\n");
    if (findings.isEmpty()) {
      return;
    }
    b.append("<ul>\n");
    for (Finding f : findings.subList(0, Math.min(max, findings.size()))) {
      String text = f.isProblem() && f.direction() != Finding.Direction.NEW ? f.brief() : f.line();
      b.append("<li class=\"").append(css).append("\">").append(Html.esc(text)).append(" <span>(")
          .append(Html.esc(f.runs().size() == 1 ? f.witness().name()
              : f.runs().size() + " runs, simplest " + f.witness().name()))
          .append(")</span></li>\n");
    }
    if (findings.size() > max) {
      b.append("<li>… and ").append(findings.size() - max).append(" more, in the runs below</li>\n");
    }
    b.append("</ul>\n");
  }
}
