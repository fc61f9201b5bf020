package org.patchreview.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patchreview.c.Span;
import org.patchreview.interp.Fault;
import org.patchreview.observe.Observation;
import org.patchreview.observe.Trace;

/**
 * A run proven the same after a patch that moved lines, as the run after reports it: every place in it (the locations
 * of calls, messages and leaks, a fault's place, the places in its message and call stack, and those a broken
 * invariant names) moved through the patch's hunks ({@link PatchLines#map}). A place on a line the patch changed has
 * no line after: the run is then made instead.
 */
final class MovedLines {
  private static final Pattern PLACE = Pattern.compile("([A-Za-z0-9_./+-]+\\.[chS]):(\\d+)");

  private final PatchLines lines;

  MovedLines(PatchLines lines) {
    this.lines = lines;
  }

  /** The traces with every place moved; null when a place cannot be (it is on a line no shared code holds). */
  List<Trace> move(List<Trace> traces) {
    try {
      List<Trace> out = new ArrayList<>();
      Map<Observation, Observation> done = new HashMap<>();
      for (Trace t : traces) {
        List<Observation> seen = new ArrayList<>(t.observations().size());
        for (Observation o : t.observations()) {
          seen.add(done.computeIfAbsent(o, this::move));
        }
        out.add(new Trace(t.board(), t.config(), t.scenario(), t.steps(), List.copyOf(seen), t.nanos(), t.error()));
      }
      return List.copyOf(out);
    } catch (Unmoved e) {
      return null;
    }
  }

  private Observation move(Observation o) {
    if (o instanceof Observation.Call c) {
      return new Observation.Call(c.step(), c.depth(), c.function(), c.args(), c.result(), text(c.location()));
    } else if (o instanceof Observation.Log l) {
      return new Observation.Log(l.step(), l.level(), l.message(), text(l.location()));
    } else if (o instanceof Observation.Leak l) {
      return new Observation.Leak(l.step(), l.object(), l.type(), l.size(), l.allocatedBy(), text(l.location()));
    } else if (o instanceof Observation.Warning w) {
      return new Observation.Warning(w.step(), w.action(), fault(w.fault()));
    } else if (o instanceof Observation.FaultSeen f) {
      return new Observation.FaultSeen(f.step(), f.action(), fault(f.fault()));
    } else if (o instanceof Observation.Violation v) {
      return new Observation.Violation(v.step(), v.invariant(), v.device(), v.iommu(), text(v.reason()),
          text(v.detail()));
    }
    return o;   // device state and hardware events name no place
  }

  private Fault fault(Fault f) {
    Span s = f.span();
    Span moved = s == null || s.file().isEmpty() ? s
        : new Span(lines.mapPath(s.file()), known(s.file(), s.line()), s.column());
    return new Fault(f.kind(), text(f.message()), moved, f.expression(), f.function(),
        f.stack().stream().map(this::text).toList(), f.object());
  }

  /** {@code text} with every {@code file:line} in it moved. */
  private String text(String text) {
    if (text == null || text.indexOf(':') < 0) {
      return text;
    }
    Matcher m = PLACE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(lines.mapPath(m.group(1)) + ":"
          + known(m.group(1), Integer.parseInt(m.group(2)))));
    }
    return m.appendTail(out).toString();
  }

  private int known(String file, int line) {
    int to = lines.map(file, line);
    if (to < 0) {
      throw new Unmoved();
    }
    return to;
  }

  /** A place that cannot be moved: the run is made instead. */
  private static final class Unmoved extends RuntimeException {
    Unmoved() {
      super(null, null, false, false);
    }
  }
}
