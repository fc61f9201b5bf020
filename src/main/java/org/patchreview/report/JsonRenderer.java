package org.patchreview.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.Change;
import org.patchreview.diff.Divergence;
import org.patchreview.diff.HunkRef;
import org.patchreview.diff.LayoutDiff;
import org.patchreview.diff.RunDiff;
import org.patchreview.diff.StructLayoutView;
import org.patchreview.diff.Verdict;
import org.patchreview.interp.Fault;
import org.patchreview.mail.PatchMail;
import org.patchreview.mail.Trailer;
import org.patchreview.observe.Observation;
import org.patchreview.patch.ApplyResult;
import org.patchreview.patch.FileResult;
import org.patchreview.patch.HunkResult;
import org.patchreview.patch.Mismatch;

/** The report as one JSON object; the fields are documented in README.md and versioned by {@code schema}. */
public final class JsonRenderer {
  public static final int SCHEMA = 4;
  /** The exit code of an input that could not be processed, which carries an error object. */
  private static final int BAD_INPUT = 3;

  private JsonRenderer() {}

  /** The report; the call and log lines that differ are counted in the findings, and listed per run. */
  public static String render(Report r) {
    return render(r, 0, List.of(), false);
  }

  /** {@code --full}: the findings list every call and log line that differs as well. */
  public static String renderFull(Report r) {
    return render(r, 0, List.of(), true);
  }

  /**
   * The report, with the error object when the review exits 3 ({@code errors} what stopped it); {@code full} lists
   * the call and log lines that differ among the findings.
   */
  public static String render(Report r, int exitCode, List<Diagnostic> errors, boolean full) {
    JsonWriter w = new JsonWriter().beginObject();
    w.field("schema", SCHEMA);
    if (exitCode == BAD_INPUT) {
      JsonFindings.error(w, exitCode, errors);
    }
    w.field("base", r.base());
    w.name("base_state");
    if (r.baseState() == null) {
      w.nil();
    } else {
      w.beginObject().field("tag", r.baseState().tag()).field("entry", r.baseState().entry())
          .field("upstream", r.baseState().upstream()).endObject();
    }
    replayedOn(w, r.replay());
    MailJson.series(w, r.series());
    w.name("patches").beginArray();
    for (Report.PatchEntry p : r.patches()) {
      patch(w, p);
    }
    w.endArray();
    w.name("layout").beginArray();
    for (LayoutDiff l : r.layout()) {
      layout(w, l);
    }
    w.endArray();
    Map<Divergence, Integer> partings = new LinkedHashMap<>();
    w.name("runs").beginArray();
    for (RunDiff d : r.runs()) {
      run(w, d, partings);
    }
    w.endArray();
    w.name("partings").beginArray();
    for (Divergence p : partings.keySet()) {
      parting(w, p, r.lines().series());
    }
    w.endArray();
    JsonFindings.findings(w, FindingCollector.of(r), partings, full);
    w.name("fixes").beginArray();
    for (Report.FixesClaim f : r.fixes()) {
      w.beginObject().field("commit", f.commit()).field("tag", f.subject()).field("entry", f.entry())
          .name("checked").bool(f.checked()).name("confirmed").bool(f.confirmed())
          .field("explanation", f.explanation()).field("suggested", f.suggested()).endObject();
    }
    w.endArray();
    w.name("summary").beginObject();
    for (Map.Entry<Verdict, Integer> e : r.summary().entrySet()) {
      w.field(e.getKey().word(), e.getValue());
    }
    w.field("runs", r.runs().size());
    w.field("proven_same", r.proven());
    w.endObject();
    w.name("notes").beginArray();
    for (Diagnostic d : r.notes()) {
      w.string(JsonFindings.relative(d.oneLine()));
    }
    w.endArray();
    if (r.explored() != null) {
      ExploreReport.member(w, r.explored());
    }
    return w.endObject().toString();
  }

  /** Nothing could be reviewed (no patch, C that does not compile): the schema number and the error alone. */
  public static String error(int exitCode, List<Diagnostic> errors) {
    JsonWriter w = new JsonWriter().beginObject().field("schema", SCHEMA);
    JsonFindings.error(w, exitCode, errors);
    return w.endObject().toString();
  }

  /** Where behaviour was replayed, or null and why not. */
  private static void replayedOn(JsonWriter w, Report.Replay replay) {
    w.name("replayed_on");
    if (replay.replayed()) {
      w.string(replay.model());
    } else {
      w.nil();
      w.field("not_replayed", replay.whyNot());
    }
  }

  private static void patch(JsonWriter w, Report.PatchEntry p) {
    PatchMail m = p.mail();
    w.beginObject();
    w.field("subject", m.subject());
    w.field("author", m.authorName());
    w.field("email", m.authorEmail());
    w.field("date", m.date());
    w.field("message_id", m.messageId());
    w.name("trailers").beginArray();
    for (Trailer t : m.trailers()) {
      w.beginObject().field("key", t.key()).field("value", t.value()).endObject();
    }
    w.endArray();
    MailJson.patch(w, m, p.facts());
    files(w, "files", p.applied());
    if (p.model() != null) {
      files(w, "model_files", p.model());
    }
    w.name("replay");
    replay(w, p.replay());
    w.endObject();
  }

  private static void files(JsonWriter w, String name, ApplyResult applied) {
    w.name(name).beginArray();
    for (FileResult f : applied.files()) {
      w.beginObject();
      w.field("path", f.path());
      w.field("change", f.change().label());
      w.field("outcome", f.outcome().label());
      w.name("hunks").beginArray();
      for (HunkResult h : f.hunks()) {
        hunk(w, h);
      }
      w.endArray();
      if (f.message() != null && !f.message().isEmpty()) {
        w.field("message", f.message());
      }
      w.endObject();
    }
    w.endArray();
  }

  private static void hunk(JsonWriter w, HunkResult h) {
    w.beginObject().field("header", h.header()).field("outcome", h.outcome().label()).field("offset", h.offset())
        .field("fuzz", h.fuzz());
    w.name("whitespace").bool(h.whitespace());
    w.field("function", h.anchor().function());
    w.name("anchored");
    if (h.anchor().anchored() == null) {
      w.nil();
    } else {
      w.bool(h.anchor().anchored());
    }
    if (!h.anchor().landedIn().isEmpty()) {
      w.field("landed_in", h.anchor().landedIn());
    }
    if (!h.message().isEmpty()) {
      w.field("message", h.message());
    }
    Mismatch m = h.mismatch();
    if (m != null) {
      w.field("found_at", m.line()).field("first_difference", m.firstDifference());
      w.name("expected").beginArray();
      m.expected().forEach(w::string);
      w.endArray();
      w.name("found").beginArray();
      m.found().forEach(w::string);
      w.endArray();
    }
    w.endObject();
  }

  /** A patch of a series replayed on its own: the summary and the runs it regressed; null outside a series. */
  private static void replay(JsonWriter w, List<RunDiff> runs) {
    if (runs.isEmpty()) {
      w.nil();
      return;
    }
    w.beginObject().name("summary").beginObject();
    for (Map.Entry<Verdict, Integer> e : Report.summaryOf(runs).entrySet()) {
      w.field(e.getKey().word(), e.getValue());
    }
    w.field("runs", runs.size()).endObject();
    w.name("regressed").beginArray();
    runs.stream().filter(d -> d.verdict() == Verdict.REGRESSED)
        .forEach(d -> w.string(d.board() + "/" + d.config() + "/" + d.scenario()));
    w.endArray().endObject();
  }

  private static void layout(JsonWriter w, LayoutDiff l) {
    w.beginObject();
    w.field("struct", l.struct());
    w.field("config", l.config());
    w.name("before");
    view(w, l.before());
    w.name("after");
    view(w, l.after());
    w.name("notes").beginArray();
    l.notes().forEach(w::string);
    w.endArray();
    w.endObject();
  }

  private static void view(JsonWriter w, StructLayoutView v) {
    if (v == null) {
      w.nil();
      return;
    }
    w.beginObject().field("size", v.size()).field("align", v.align());
    w.name("members").beginArray();
    for (StructLayoutView.Member m : v.members()) {
      w.beginObject().field("name", m.name()).field("declaration", m.declaration()).field("offset", m.offset())
          .field("size", m.size());
      if (m.isBitfield()) {
        w.field("bit_offset", m.bitOffset()).field("bit_width", m.bitWidth());
      }
      w.endObject();
    }
    w.endArray().endObject();
  }

  private static void run(JsonWriter w, RunDiff d, Map<Divergence, Integer> partings) {
    w.beginObject();
    w.field("board", d.board()).field("config", d.config()).field("scenario", d.scenario());
    w.field("verdict", d.verdict().word());
    w.name("before");
    side(w, d.problemsBefore());
    w.name("after");
    side(w, d.problemsAfter());
    w.name("changes").beginArray();
    for (Change c : d.changes()) {
      w.beginObject().field("step", c.step()).field("kind", c.kind()).field("what", c.what())
          .field("before", c.before()).field("after", c.after()).field("location", c.location());
      w.name("why");
      if (c.why() == null) {
        w.nil();
      } else {
        w.number(partings.computeIfAbsent(c.why(), k -> partings.size()));
      }
      w.endObject();
    }
    w.endArray();
    w.endObject();
  }

  /** A place where runs part, which changes name by index in their {@code why} (a schema 1 addition). */
  private static void parting(JsonWriter w, Divergence why, boolean series) {
    w.beginObject().field("function", why.function());
    w.name("at");
    statement(w, why.at());
    w.name("before");
    statement(w, why.before());
    w.name("after");
    statement(w, why.after());
    w.name("hunk");
    HunkRef h = why.hunk();
    if (h == null) {
      w.nil();
    } else {
      w.beginObject().field("patch", h.patch()).field("file", h.file()).field("index", h.index())
          .field("header", h.header()).endObject();
    }
    w.name("via_state").bool(why.viaState());
    w.field("text", why.sentence(series));
    w.endObject();
  }

  private static void statement(JsonWriter w, Divergence.Statement s) {
    if (s == null) {
      w.nil();
      return;
    }
    w.beginObject().field("location", s.location()).field("function", s.function()).field("statement", s.text())
        .endObject();
  }

  private static void side(JsonWriter w, List<Observation> problems) {
    w.beginObject();
    w.name("faults").beginArray();
    for (Observation o : problems) {
      if (o instanceof Observation.FaultSeen f) {
        fault(w, f.step(), f.action(), f.fault());
      }
    }
    w.endArray();
    w.name("warnings").beginArray();
    for (Observation o : problems) {
      if (o instanceof Observation.Warning f) {
        fault(w, f.step(), f.action(), f.fault());
      }
    }
    w.endArray();
    w.name("leaks").beginArray();
    for (Observation o : problems) {
      if (o instanceof Observation.Leak l) {
        w.beginObject().field("object", l.object()).field("type", l.type()).field("size", l.size())
            .field("allocated_by", l.allocatedBy()).field("location", l.location()).endObject();
      }
    }
    w.endArray();
    w.name("violations").beginArray();
    for (Observation o : problems) {
      if (o instanceof Observation.Violation v) {
        w.beginObject().field("invariant", v.invariant()).field("step", v.step()).field("device", v.device())
            .field("iommu", v.iommu()).field("reason", v.reason()).field("detail", v.detail()).endObject();
      }
    }
    w.endArray();
    w.endObject();
  }

  private static void fault(JsonWriter w, String step, String action, Fault f) {
    w.beginObject();
    w.field("kind", f.kind().words).field("step", step).field("action", action).field("function", f.function())
        .field("location", f.span().fileLine()).field("expression", f.expression()).field("message", f.message());
    w.name("stack").beginArray();
    f.stack().forEach(w::string);
    w.endArray();
    w.endObject();
  }
}
