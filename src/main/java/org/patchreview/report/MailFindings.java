package org.patchreview.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patchreview.diff.Divergence;
import org.patchreview.diff.LayoutDiff;
import org.patchreview.diff.PatchFile;
import org.patchreview.diff.PatchHunk;
import org.patchreview.diff.RunDiff;
import org.patchreview.diff.StructLayoutView;

/**
 * The reply mail's findings, placed: each difference goes under the hunk line where the runs before and after the
 * patch part (the first statement only one of them ran, else the last both ran), grouped by parting, with the runs
 * that differ the same way in both configs written once; a struct's layout goes under the line declaring the member
 * that changed. What names no hunk is left for the end of the mail.
 */
final class MailFindings {
  private static final int MAX_OTHER = 3;

  private final Map<String, PatchHunk> hunks = new HashMap<>();
  /** hunk anchor -> body line -> parting sentence -> run entry key -> entry. */
  private final Map<String, Map<Integer, Map<String, Map<String, Entry>>>> placed = new LinkedHashMap<>();
  private final Map<String, Map<Integer, List<String>>> layouts = new HashMap<>();
  private final Map<String, Entry> unplaced = new LinkedHashMap<>();

  /** One run's findings under one parting; {@code configs} collects the configs where they read the same. */
  private record Entry(RunDiff run, List<String> configs, List<Findings.Finding> findings) {}

  private MailFindings() {}

  static MailFindings of(Report r) {
    MailFindings m = new MailFindings();
    for (PatchFile f : r.lines().files()) {
      f.hunks().forEach(h -> m.hunks.put(h.ref().anchor(), h));
    }
    for (RunDiff d : Findings.shown(r)) {
      m.run(d);
    }
    r.layout().forEach(m::layout);
    return m;
  }

  private void run(RunDiff d) {
    Map<String, List<Findings.Finding>> byParting = new LinkedHashMap<>();
    for (Findings.Finding f : Findings.of(d)) {
      if (f.category() == Findings.Category.MEMBER) {
        continue;
      }
      Divergence why = f.change().why();
      PatchHunk h = why == null || why.hunk() == null ? null : hunks.get(why.hunk().anchor());
      String key = h == null ? "" : h.ref().anchor() + "\u0000" + line(h, why) + "\u0000" + paragraph(why);
      byParting.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    for (Map.Entry<String, List<Findings.Finding>> e : byParting.entrySet()) {
      Map<String, Entry> entries = unplaced;
      if (!e.getKey().isEmpty()) {
        String[] k = e.getKey().split("\u0000", 3);
        entries = placed.computeIfAbsent(k[0], x -> new LinkedHashMap<>())
            .computeIfAbsent(Integer.parseInt(k[1]), x -> new LinkedHashMap<>())
            .computeIfAbsent(k[2], x -> new LinkedHashMap<>());
      }
      String same = d.board() + "\u0000" + d.scenario() + "\u0000" + d.verdict() + "\u0000"
          + e.getValue().stream().map(Findings.Finding::text).toList();
      entries.computeIfAbsent(same, x -> new Entry(d, new ArrayList<>(), e.getValue())).configs().add(d.config());
    }
  }

  /** The body line of {@code h} the parting points at: the first statement only one run ran, else the last shared. */
  static int line(PatchHunk h, Divergence why) {
    if (why.viaState()) {
      return h.lines().size() - 1;
    }
    int at = find(h, why.after(), true);
    if (at < 0) {
      at = find(h, why.before(), false);
    }
    if (at < 0) {
      at = find(h, why.at(), true);
    }
    return at >= 0 ? at : h.lines().size() - 1;
  }

  private static int find(PatchHunk h, Divergence.Statement s, boolean newSide) {
    if (s == null) {
      return -1;
    }
    int colon = s.location().lastIndexOf(':');
    if (colon < 0 || !s.location().substring(0, colon).equals(h.file())) {
      return -1;
    }
    int line = Integer.parseInt(s.location().substring(colon + 1));
    for (int i = 0; i < h.lines().size(); i++) {
      if ((newSide ? h.newLineOf(i) : h.oldLineOf(i)) == line) {
        return i;
      }
    }
    return -1;
  }

  /** What a reviewer writes above the runs: where they part and what each runs there. */
  private static String paragraph(Divergence why) {
    StringBuilder b = new StringBuilder(why.viaState()
        ? "What this hunk stores makes the runs before and after the patch part later, in "
        : "Here the runs before and after the patch part, in ").append(why.function());
    if (why.before() != null && why.after() != null) {
      b.append(": the run before it goes on to ").append(quoted(why.before())).append(", the run after it to ")
          .append(quoted(why.after()));
    } else if (why.after() != null) {
      b.append(": only the run after it executes ").append(quoted(why.after()));
    } else if (why.before() != null) {
      b.append(": only the run before it executes ").append(quoted(why.before()));
    }
    return b.append(". What follows from it:").toString();
  }

  private static String quoted(Divergence.Statement s) {
    return "\"" + s.text() + "\" (" + s.location() + ")";
  }

  /** A struct's layout notes go under the hunk line that declares the last member that is new or changed. */
  private void layout(LayoutDiff l) {
    if (l.notes().isEmpty() || l.after() == null) {
      return;
    }
    PatchHunk where = null;
    int line = -1;
    for (StructLayoutView.Member m : l.after().members()) {
      boolean same = l.before() != null && l.before().members().stream()
          .anyMatch(o -> o.name().equals(m.name()) && o.declaration().equals(m.declaration()));
      for (PatchHunk h : same ? List.<PatchHunk>of() : hunks.values()) {
        for (int i = 0; i < h.lines().size(); i++) {
          if (h.kind(i) == '+' && h.lines().get(i).substring(1).strip().startsWith(m.declaration())) {
            where = h;
            line = i;
          }
        }
      }
    }
    if (where != null) {
      String text = l.after().struct() + ", " + l.config() + " config: " + String.join("; ", l.notes()) + ".";
      List<String> texts = layouts.computeIfAbsent(where.ref().anchor(), k -> new HashMap<>())
          .computeIfAbsent(line, k -> new ArrayList<>());
      if (!texts.isEmpty()) {
        texts.add("");
      }
      texts.add(MailRenderer.wrap(text, ""));
    }
  }

  boolean has(PatchHunk h) {
    return placed.containsKey(h.ref().anchor()) || layouts.containsKey(h.ref().anchor());
  }

  /** Body line -> the paragraphs written under it. */
  Map<Integer, List<String>> at(PatchHunk h) {
    Map<Integer, List<String>> out = new HashMap<>();
    layouts.getOrDefault(h.ref().anchor(), Map.of()).forEach((line, texts) ->
        out.computeIfAbsent(line, k -> new ArrayList<>()).addAll(texts));
    placed.getOrDefault(h.ref().anchor(), Map.of()).forEach((line, partings) -> {
      List<String> texts = out.computeIfAbsent(line, k -> new ArrayList<>());
      partings.forEach((paragraph, entries) -> {
        if (!texts.isEmpty()) {
          texts.add("");
        }
        texts.add(MailRenderer.wrap(paragraph, ""));
        texts.add("");
        entries.values().forEach(e -> texts.addAll(entry(e)));
      });
    });
    return out;
  }

  List<String> unplaced() {
    List<String> out = new ArrayList<>();
    unplaced.values().forEach(e -> out.addAll(entry(e)));
    return out;
  }

  /**
   * {@code   lager / rebind (default, xen-dom0): fixed} and its findings: the faults, leaks and warnings when there
   * are some, else the first few other differences.
   */
  private static List<String> entry(Entry e) {
    List<String> out = new ArrayList<>();
    out.add(MailRenderer.wrap("  " + e.run().board() + " / " + e.run().scenario() + " ("
        + String.join(", ", e.configs()) + "): " + e.run().verdict().word(), "  "));
    List<Findings.Finding> problems = e.findings().stream()
        .filter(f -> f.category() == Findings.Category.PROBLEM).toList();
    List<Findings.Finding> shown = problems.isEmpty() ? e.findings().stream().limit(MAX_OTHER).toList() : problems;
    shown.forEach(f -> out.add(MailRenderer.wrap("    - " + f.text(), "  ")));
    int hidden = e.findings().size() - shown.size();
    if (hidden > 0) {
      out.add("    - ... and " + hidden + " more difference" + (hidden == 1 ? "" : "s")
          + " (--format json lists them all)");
    }
    return out;
  }
}
