package org.patchreview.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.Divergence;
import org.patchreview.interp.Fault;
import org.patchreview.observe.Observation;

/**
 * The JSON fields added in schema 2: {@code findings} (the findings model: each problem once, with a structured
 * location, the fault kind as an enumeration, the C stack as frames, the runs and the simplest witness) and the
 * {@code error} object every exit 3 carries. Paths are never absolute: a path given on the command line as one is
 * cut to its file name.
 */
final class JsonFindings {
  private JsonFindings() {}

  /**
   * The findings; the call and log lines that differ are counted ({@code call_and_log_lines}, schema 3) and listed in
   * {@code changed} only when {@code full}: for a small fix they are most of the report, and every run lists its own.
   */
  static void findings(JsonWriter w, FindingSet set, Map<Divergence, Integer> partings, boolean full) {
    w.name("findings").beginObject();
    list(w, "new", set.added(), partings);
    list(w, "gone", set.removed(), partings);
    List<Finding> traced = set.changed().stream().filter(Finding::isCallOrLog).toList();
    list(w, "changed", full ? set.changed() : set.changed().stream().filter(f -> !f.isCallOrLog()).toList(),
        partings);
    w.field("call_and_log_lines", traced.size());
    w.endObject();
  }

  private static void list(JsonWriter w, String name, List<Finding> findings, Map<Divergence, Integer> partings) {
    w.name(name).beginArray();
    for (Finding f : findings) {
      w.beginObject().field("direction", f.direction().word()).field("kind", f.kind());
      w.name("fault_kind");
      String kind = faultKind(f.observation());
      if (kind == null) {
        w.nil();
      } else {
        w.string(kind);
      }
      w.name("location");
      location(w, f.location());
      w.field("object", f.object()).field("before", f.before()).field("after", f.after()).field("text", f.line());
      w.name("runs").beginArray();
      f.runs().forEach(w::string);
      w.endArray();
      witness(w, f.witness());
      w.name("stack").beginArray();
      if (f.observation() instanceof Observation.FaultSeen s) {
        frames(w, s.fault());
      } else if (f.observation() instanceof Observation.Warning s) {
        frames(w, s.fault());
      }
      w.endArray();
      w.name("why");
      Integer why = f.why() == null ? null : partings.get(f.why());
      if (why == null) {
        w.nil();
      } else {
        w.number(why);
      }
      w.endObject();
    }
    w.endArray();
  }

  /** {@code use_after_free}, ... for faults; {@code warning}, {@code leak}, {@code isolation_lost}; else null. */
  static String faultKind(Observation o) {
    if (o instanceof Observation.FaultSeen f) {
      return f.fault().kind().name().toLowerCase(Locale.ROOT);
    }
    return o == null ? null : o.kind().replace(' ', '_');
  }

  private static void witness(JsonWriter w, Witness witness) {
    w.name("witness").beginObject().field("board", witness.board()).field("config", witness.config());
    w.name("scenario");
    if (witness instanceof Witness.Scenario s) {
      w.string(s.scenario());
    } else {
      w.nil();
    }
    w.name("steps").beginArray();
    witness.steps().forEach(w::string);
    w.endArray().endObject();
  }

  /** Each {@code function (file:line)} of a fault's stack, innermost first, as an object. */
  private static void frames(JsonWriter w, Fault fault) {
    for (String frame : fault.stack()) {
      int open = frame.indexOf(" (");
      w.beginObject().field("function", open < 0 ? frame : frame.substring(0, open));
      w.name("location");
      location(w, open < 0 ? null : Finding.Location.parse(frame.substring(open + 2, frame.length() - 1)));
      w.endObject();
    }
  }

  static void location(JsonWriter w, Finding.Location at) {
    if (at == null) {
      w.nil();
      return;
    }
    w.beginObject().field("file", relative(at.file())).field("line", at.line()).endObject();
  }

  /** The error every exit 3 carries: the code and each message with its place. */
  static void error(JsonWriter w, int code, List<Diagnostic> errors) {
    w.name("error").beginObject().field("code", code);
    w.name("messages").beginArray();
    for (Diagnostic d : errors) {
      w.beginObject().field("severity", d.severity().name().toLowerCase(Locale.ROOT));
      w.name("location");
      location(w, d.file().isEmpty() ? null : new Finding.Location(d.file(), d.line()));
      w.field("message", d.message()).endObject();
    }
    w.endArray().endObject();
  }

  /** A path as reports give it: never absolute (an absolute input path keeps its file name only). */
  static String relative(String path) {
    if (!path.startsWith("/")) {
      return path;
    }
    // A place ("/home/me/x.mbox:12: ...") keeps what follows the path.
    int end = path.indexOf(':');
    String file = end < 0 ? path : path.substring(0, end);
    return file.substring(file.lastIndexOf('/') + 1) + (end < 0 ? "" : path.substring(end));
  }
}
