package org.patchreview.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.Change;
import org.patchreview.diff.Divergence;
import org.patchreview.diff.LayoutDiff;
import org.patchreview.diff.PatchFile;
import org.patchreview.diff.PatchHunk;
import org.patchreview.diff.RunDiff;
import org.patchreview.mail.PatchMail;
import org.patchreview.patch.FileResult;

/**
 * The report as one self-contained HTML page (no script, no network: a content security policy forbids both): for
 * each run that changed, its lifecycle timeline in SVG and its findings, each saying where the runs part and linking
 * to the hunk that caused it; beside them the patch's hunks, the lines where runs part marked, each hunk linking back
 * to the findings it causes. Everything taken from the mail, the C or the model is escaped.
 */
public final class HtmlRenderer {
  private final Report report;
  private final Map<String, PatchHunk> hunks = new HashMap<>();
  /** hunk anchor -> run anchor -> [first finding id, count]. */
  private final Map<String, Map<String, Object[]>> causes = new LinkedHashMap<>();
  /** hunk anchor -> body lines where runs part. */
  private final Map<String, Set<Integer>> partings = new HashMap<>();

  private HtmlRenderer(Report report) {
    this.report = report;
    for (PatchFile f : report.lines().files()) {
      f.hunks().forEach(h -> hunks.put(h.ref().anchor(), h));
    }
    for (RunDiff d : Findings.shown(report)) {
      List<Findings.Finding> findings = Findings.of(d);
      for (int i = 0; i < findings.size(); i++) {
        Divergence why = findings.get(i).change().why();
        PatchHunk h = why == null || why.hunk() == null ? null : hunks.get(why.hunk().anchor());
        if (h == null) {
          continue;
        }
        Object[] c = causes.computeIfAbsent(h.ref().anchor(), k -> new LinkedHashMap<>())
            .computeIfAbsent(anchor(d), k -> new Object[] {findingId(d, 0), 0});
        if ((int) c[1] == 0) {
          c[0] = findingId(d, i);
        }
        c[1] = (int) c[1] + 1;
        if (!why.viaState()) {
          partings.computeIfAbsent(h.ref().anchor(), k -> new TreeSet<>()).add(MailFindings.line(h, why));
        }
      }
    }
  }

  public static String render(Report r) {
    return new HtmlRenderer(r).page();
  }

  private String page() {
    StringBuilder b = new StringBuilder();
    String title = report.patches().isEmpty() ? "review" : "review: " + Findings.subject(report.patches().get(0).mail());
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            + "img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(Html.esc(title)).append("</title>\n<style>\n").append(HtmlStyle.CSS).append("</style>\n</head>\n")
        .append("<body>\n<header>\n");
    HtmlFindings.summary(b, report);
    mailText(b, MailText.series(report.series()));
    for (Report.PatchEntry p : report.patches()) {
      patch(b, p);
    }
    list(b, "fixes", Findings.fixes(report));
    summary(b);
    eachPatch(b);
    b.append("</header>\n<div class=\"page\">\n<main>\n");
    if (report.explored() != null) {
      ExploreReport.html(b, report.explored());
    }
    for (LayoutDiff l : report.layout()) {
      layout(b, l);
    }
    for (RunDiff d : Findings.shown(report)) {
      run(b, d);
    }
    if (!report.notes().isEmpty()) {
      b.append("<section class=\"notes\"><h2>Notes</h2><ul>\n");
      for (Diagnostic n : report.notes()) {
        b.append("<li>").append(Html.esc(n.oneLine())).append("</li>\n");
      }
      b.append("</ul></section>\n");
    }
    b.append("</main>\n<aside class=\"patch\">\n<h2>The patch</h2>\n");
    for (PatchFile f : report.lines().files()) {
      file(b, f);
    }
    return b.append("</aside>\n</div>\n</body>\n</html>\n").toString();
  }

  private void patch(StringBuilder b, Report.PatchEntry p) {
    PatchMail m = p.mail();
    b.append("<h1>").append(Html.esc(Findings.subject(m))).append("</h1>\n<p class=\"meta\">");
    if (!m.authorName().isEmpty() || !m.authorEmail().isEmpty()) {
      String email = m.authorEmail().isEmpty() ? "" : " <" + m.authorEmail() + ">";
      b.append("from ").append(Html.esc(m.authorName() + email))
          .append(m.date().isEmpty() ? "" : ", " + Html.esc(m.date())).append(" · ");
    }
    b.append("applied to ").append(Html.esc(report.base())).append("</p>\n");
    mailText(b, MailText.patch(p.facts()));
    b.append("<table class=\"files\">\n");
    for (FileResult f : p.applied().files()) {
      b.append("<tr><td><code>").append(Html.esc(f.path())).append("</code></td><td>")
          .append(Html.esc(Findings.outcome(f))).append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  /** What the mail stage says (the series, a patch's trailers and checks), as the text report words it. */
  private static void mailText(StringBuilder b, String text) {
    if (!text.isEmpty()) {
      b.append("<pre class=\"mail\">").append(Html.esc(text)).append("</pre>\n");
    }
  }

  private static void list(StringBuilder b, String cls, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    b.append("<ul class=\"").append(cls).append("\">\n");
    items.forEach(i -> b.append("<li>").append(Html.esc(i)).append("</li>\n"));
    b.append("</ul>\n");
  }

  /** In a series, each patch replayed on the tree the one before left. */
  private void eachPatch(StringBuilder b) {
    List<Findings.Replay> replays = Findings.replays(report);
    if (replays.isEmpty()) {
      return;
    }
    b.append("<table class=\"replays\"><caption>each patch on the tree the one before left</caption>\n")
        .append("<tr><th>patch</th><th>runs</th><th>regressed</th></tr>\n");
    for (Findings.Replay p : replays) {
      b.append("<tr><td>").append(Html.esc(p.patch())).append("</td><td>").append(Html.esc(p.result()))
          .append("</td><td>").append(Html.esc(String.join(", ", p.regressed()))).append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  private void summary(StringBuilder b) {
    b.append("<p class=\"summary\">").append(Html.esc(Findings.summary(report))).append("</p>\n<nav>");
    for (RunDiff d : Findings.shown(report)) {
      b.append("<a class=\"badge ").append(d.verdict().word()).append("\" href=\"#").append(anchor(d)).append("\">")
          .append(Html.esc(d.verdict().word() + " " + Findings.title(d))).append("</a> ");
    }
    b.append("</nav>\n");
  }

  private void layout(StringBuilder b, LayoutDiff l) {
    String struct = l.before() != null ? l.before().struct() : l.after().struct();
    b.append("<section class=\"layout\">\n<h2>").append(Html.esc(struct + ", " + l.config() + " config"))
        .append("</h2>\n<table class=\"members\"><tr><th colspan=\"2\">before</th><th colspan=\"2\">after</th></tr>\n");
    for (String[] row : Findings.layoutRows(l.before(), l.after())) {
      boolean differs = !(row[0] + row[1]).equals(row[2] + row[3]);
      b.append("<tr").append(differs ? " class=\"differs\"" : "").append(">");
      for (int i = 0; i < 4; i++) {
        b.append(i % 2 == 0 ? "<td><code>" : "<td>").append(Html.esc(row[i])).append(i % 2 == 0 ? "</code></td>"
            : "</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n<ul>\n");
    l.notes().forEach(n -> b.append("<li>").append(Html.esc(n)).append("</li>\n"));
    b.append("</ul>\n</section>\n");
  }

  private void run(StringBuilder b, RunDiff d) {
    List<Findings.Finding> findings = Findings.of(d);
    Map<String, String> problemIds = new HashMap<>();
    for (int i = 0; i < findings.size(); i++) {
      Change c = findings.get(i).change();
      if (findings.get(i).category() == Findings.Category.PROBLEM) {
        problemIds.putIfAbsent("b\u0000" + c.before(), findingId(d, i));
        problemIds.putIfAbsent("a\u0000" + c.after(), findingId(d, i));
      }
    }
    b.append("<section class=\"run ").append(d.verdict().word()).append("\" id=\"").append(anchor(d)).append("\">\n")
        .append("<h2><span class=\"badge ").append(d.verdict().word()).append("\">")
        .append(Findings.verdictWord(d.verdict())).append("</span> ").append(Html.esc(Findings.title(d)))
        .append("</h2>\n<div class=\"scroll\">\n")
        .append(TimelineSvg.render(d, (o, after) -> problemIds.get((after ? "a" : "b") + "\u0000" + o.text())))
        .append("</div>\n<ol class=\"findings\">\n");
    String lastWhy = null;
    int trace = 0;
    for (int i = 0; i < findings.size(); i++) {
      Findings.Finding f = findings.get(i);
      if (f.category() == Findings.Category.TRACE && ++trace == Findings.MAX_TRACE + 1) {
        b.append("<li class=\"more\"><details><summary>")
            .append(findings.size() - i).append(" more call and log differences</summary><ol>\n");
      }
      String sentence = f.change().why() == null ? null : f.change().why().sentence(report.lines().series());
      finding(b, d, i, f, sentence != null && !sentence.equals(lastWhy));
      lastWhy = sentence == null ? lastWhy : sentence;
    }
    if (trace > Findings.MAX_TRACE) {
      b.append("</ol></details></li>\n");
    }
    b.append("</ol>\n</section>\n");
  }

  private void finding(StringBuilder b, RunDiff d, int i, Findings.Finding f, boolean showWhy) {
    String cls = f.category().name().toLowerCase(java.util.Locale.ROOT)
        + (f.category() == Findings.Category.PROBLEM ? f.isNew() ? " new" : f.isGone() ? " gone" : "" : "");
    b.append("<li id=\"").append(findingId(d, i)).append("\" class=\"").append(cls).append("\">")
        .append(Html.esc(f.text()));
    Divergence why = f.change().why();
    if (why != null && showWhy) {
      b.append("<p class=\"why\">").append(Html.esc(why.sentence(report.lines().series())));
      if (why.hunk() != null && hunks.containsKey(why.hunk().anchor())) {
        b.append(" <a href=\"#").append(why.hunk().anchor()).append("\">")
            .append(Html.esc("→ " + why.hunk().name(report.lines().series()))).append("</a>");
      }
      b.append("</p>");
    }
    b.append("</li>\n");
  }

  private void file(StringBuilder b, PatchFile f) {
    b.append("<h3><code>").append(Html.esc(f.path())).append("</code>")
        .append(report.lines().series() ? " <small>patch " + f.patch() + "</small>" : "").append("</h3>\n");
    for (PatchHunk h : f.hunks()) {
      String id = h.ref().anchor();
      Set<Integer> marked = partings.getOrDefault(id, Set.of());
      b.append("<div class=\"hunk\" id=\"").append(id).append("\">\n<pre><span class=\"hh\">")
          .append(Html.esc(h.header())).append("</span>");
      for (int i = 0; i < h.lines().size(); i++) {
        char k = h.kind(i);
        String cls = (k == '+' ? "add" : k == '-' ? "del" : "ctx") + (marked.contains(i) ? " part" : "");
        b.append("<span class=\"").append(cls).append("\">").append(Html.esc(h.lines().get(i))).append("</span>");
      }
      b.append("</pre>\n");
      Map<String, Object[]> runs = causes.getOrDefault(id, Map.of());
      if (!runs.isEmpty()) {
        b.append("<p class=\"causes\">Findings it causes: ");
        List<String> links = new ArrayList<>();
        for (RunDiff d : Findings.shown(report)) {
          Object[] c = runs.get(anchor(d));
          if (c != null) {
            links.add("<a class=\"" + d.verdict().word() + "\" href=\"#" + c[0] + "\">" + Html.esc(Findings.title(d))
                + " (" + c[1] + ")</a>");
          }
        }
        b.append(String.join(", ", links)).append("</p>\n");
      }
      b.append("</div>\n");
    }
  }

  /** {@code run-lager-default-rebind}: ids are built from the model's names, never from the mail. */
  static String anchor(RunDiff d) {
    return ("run-" + d.board() + "-" + d.config() + "-" + d.scenario()).replaceAll("[^A-Za-z0-9_-]+", "-");
  }

  private static String findingId(RunDiff d, int i) {
    return anchor(d) + "-f" + i;
  }
}
