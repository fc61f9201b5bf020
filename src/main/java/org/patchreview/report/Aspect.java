package org.patchreview.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.Verdict;
import org.patchreview.mail.MessageCheck;

/**
 * One aspect of a patch b4 shows a line for: its behaviour, the form of its message, its Fixes: claims; each with a
 * status, a one-line summary and the findings behind it. The rules: behaviour fails on a new problem or a patch that
 * does not apply or compile, warns when something behaves differently with no problem added or removed, and passes
 * otherwise (a fix that only removes problems passes); the message fails on Trojan Source and warns on a form warning;
 * a Fixes: claim warns when the replay does not confirm it.
 */
record Aspect(String name, Status status, String summary, List<Item> items) {
  Aspect {
    items = List.copyOf(items);
  }

  /** b4's three statuses, worst last; checkpatch's word for each. */
  enum Status {
    PASS("CHECK"), WARN("WARNING"), FAIL("ERROR");

    final String checkpatch;

    Status(String checkpatch) {
      this.checkpatch = checkpatch;
    }

    String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One finding behind an aspect: its status, one line, and the finding of the model when it is one. */
  record Item(Status status, String description, Finding finding, Finding.Location location) {}

  /** The aspects of a report, in the order b4 lists them: behaviour, message, Fixes: claims (when there are some). */
  static List<Aspect> of(Report r) {
    List<Aspect> out = new ArrayList<>();
    out.add(behaviour(r));
    out.add(message(r));
    if (!r.fixes().isEmpty()) {
      out.add(fixes(r));
    }
    if (r.explored() != null) {
      out.add(ExploreReport.aspect(r.explored()));
    }
    return out;
  }

  /**
   * The input could not be processed (the patch does not apply, or its C does not compile): behaviour fails with the
   * errors; the warnings the mail stage gave (Trojan Source fails, the rest warn) are the message's.
   */
  static List<Aspect> failed(List<Diagnostic> diagnostics) {
    List<Item> errors = diagnostics.stream().filter(Diagnostic::isError).map(d -> new Item(Status.FAIL, d.message(),
        null, d.file().isEmpty() ? null : new Finding.Location(d.file(), d.line()))).toList();
    List<Item> warnings = diagnostics.stream().filter(d -> !d.isError()).map(d -> new Item(
        d.message().startsWith("Trojan Source") ? Status.FAIL : Status.WARN, d.message(), null, null)).toList();
    Aspect behaviour = new Aspect("behaviour", Status.FAIL, errors.isEmpty() ? "the input could not be processed"
        : "not replayed: " + errors.get(0).description(), errors);
    if (warnings.isEmpty()) {
      return List.of(behaviour);
    }
    Status worst = warnings.stream().map(Item::status).max(Enum::compareTo).orElse(Status.WARN);
    return List.of(behaviour, new Aspect("message", worst, warnings.get(0).description(), warnings));
  }

  private static Aspect behaviour(Report r) {
    if (!r.replay().replayed()) {
      return new Aspect("behaviour", Status.WARN, "not replayed: " + r.replay().whyNot(), List.of());
    }
    FindingSet set = FindingCollector.of(r);
    List<Item> items = new ArrayList<>();
    set.added().forEach(f -> items.add(item(Status.FAIL, f)));
    set.removed().forEach(f -> items.add(item(Status.PASS, f)));
    boolean differs = r.runs().stream().anyMatch(d -> d.verdict() != Verdict.SAME);
    set.changed().stream().filter(f -> !f.isCallOrLog())
        .forEach(f -> items.add(item(set.removed().isEmpty() ? Status.WARN : Status.PASS, f)));
    String runs = " (" + r.runs().size() + " runs on " + r.replay().model() + ")";
    if (r.regressed()) {
      String first = set.added().isEmpty() ? "a patch of the series on its own" : set.added().get(0).brief();
      return new Aspect("behaviour", Status.FAIL, set.added().size() + " new problem(s), first: " + first + runs,
          items);
    }
    if (!set.removed().isEmpty()) {
      return new Aspect("behaviour", Status.PASS, "removes " + set.removed().size() + " problem(s), adds none"
          + runs, items);
    }
    return differs ? new Aspect("behaviour", Status.WARN, "behaves differently, no problem added or removed" + runs,
        items) : new Aspect("behaviour", Status.PASS, "no difference" + runs, items);
  }

  private static Item item(Status status, Finding f) {
    String line = f.isProblem() && f.direction() != Finding.Direction.NEW ? f.brief() : f.line();
    return new Item(status, (f.isProblem() ? "" : "changed: ") + line + " (" + f.runs().size() + " run(s), e.g. "
        + f.witness().name() + ")", f, f.location());
  }

  private static Aspect message(Report r) {
    List<Item> items = new ArrayList<>();
    for (Report.PatchEntry p : r.patches()) {
      for (MessageCheck c : p.facts().checks()) {
        if (c.level() == MessageCheck.Level.WARNING) {
          Status s = c.check().equals("trojan-source") ? Status.FAIL : Status.WARN;
          items.add(new Item(s, c.message(), null, null));
        }
      }
      p.facts().quoteRepairs().forEach(d -> items.add(new Item(Status.WARN, d.oneLine(), null, null)));
    }
    Status worst = items.stream().map(Item::status).max(Enum::compareTo).orElse(Status.PASS);
    return new Aspect("message", worst, items.isEmpty() ? "well formed" : items.get(0).description(), items);
  }

  private static Aspect fixes(Report r) {
    List<Item> items = new ArrayList<>();
    for (Report.FixesClaim f : r.fixes()) {
      items.add(new Item(f.checked() && !f.confirmed() ? Status.WARN : Status.PASS, "Fixes: " + f.subject() + ": "
          + f.explanation(), null, null));
    }
    Status worst = items.stream().map(Item::status).max(Enum::compareTo).orElse(Status.PASS);
    String summary = worst == Status.WARN ? "not confirmed by the replay"
        : r.fixes().stream().anyMatch(Report.FixesClaim::confirmed) ? "confirmed by the replay" : "not checked";
    return new Aspect("fixes", worst, summary, items);
  }
}
