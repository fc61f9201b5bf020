package org.patchreview.observe;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.patchreview.c.Span;
import org.patchreview.c.Varint;
import org.patchreview.interp.Fault;
import org.patchreview.interp.FaultKind;
import org.patchreview.interp.StatementLog;

/**
 * Traces, the statements they executed (apart, since a review seldom needs them) and places in a compact binary form, written and read field by field
 * without reflection: the build's store of runs holds some ten thousand observations per state, and a review reads a
 * state's whole part at once. Strings are written once per stream and then referred to by number; an observation
 * that several traces of a chain share (a chain's traces are prefixes of one run) is written once.
 */
public final class TraceCodec {
  private static final int CALL = 1;
  private static final int STATE = 2;
  private static final int HARDWARE = 3;
  private static final int LOG = 4;
  private static final int WARNING = 5;
  private static final int FAULT = 6;
  private static final int LEAK = 7;
  private static final int VIOLATION = 8;
  private static final int SHARED = 9;

  private TraceCodec() {}

  /**
   * The statements of recorded runs, numbered as they are first met: a place and the function it ran in (a macro's
   * statement runs in the function that expands it). A state's chains share a table, and ran on one program per
   * config, so a restored log holds one place object wherever the run's log held one.
   */
  public static final class Sites {
    /**
     * By the place's identity, as a log holds it: each statement node has its own, and where runs part tells a line the
     * patch removed apart by node (the same header line compiled into two units is two statements).
     */
    private final Map<Span, Map<String, Integer>> ids = new IdentityHashMap<>();
    private final List<Span> spans = new ArrayList<>();
    private final List<String> functions = new ArrayList<>();

    /**
     * A log's statements by number, each as how far it is from the one after the statement before, zigzagged (0 the
     * most common): straight-line code is a run of zeros and a loop a repeated pattern, which the jar compresses.
     */
    byte[] block(StatementLog log) throws IOException {
      java.io.ByteArrayOutputStream block = new java.io.ByteArrayOutputStream(log.size() * 2);
      int previous = -1;
      for (int i = 0; i < log.size(); i++) {
        Span span = log.span(i);
        int id = ids.computeIfAbsent(span, k -> new HashMap<>()).computeIfAbsent(log.function(i), f -> {
          spans.add(span);
          functions.add(f);
          return spans.size() - 1;
        });
        int d = id - previous - 1;
        previous = id;
        Varint.write(block, (d << 1) ^ (d >> 31));
      }
      return block.toByteArray();
    }
  }

  /** The statements {@link Writer#sites} wrote, as read back: statement {@code i} is at {@code spans[i]}, in
   * {@code functions[i]}. */
  public record SiteTable(Span[] spans, String[] functions) {}

  /** Writes to one stream; strings and observations written before are referred to by number. */
  public static final class Writer {
    private final DataOutputStream out;
    private final Map<String, Integer> strings = new HashMap<>();
    private final Map<Observation, Integer> shared = new IdentityHashMap<>();

    public Writer(DataOutputStream out) {
      this.out = out;
    }

    public void traces(List<Trace> traces) throws IOException {
      number(traces.size());
      for (Trace t : traces) {
        if (t.execution() != null) {
          throw new IOException("a trace is stored without the statements it executed");
        }
        string(t.board());
        string(t.config());
        string(t.scenario());
        strings(t.steps());
        out.writeLong(t.nanos());
        string(t.error());
        number(t.observations().size());
        for (Observation o : t.observations()) {
          observation(o);
        }
      }
    }

    /**
     * What a chain's traces executed (each trace must have its execution), its statements numbered in {@code sites}
     * (shared by the chains of a state and written apart, {@link #sites}): each distinct log once (traces of a chain
     * share one) as a block of numbers, one per statement, then per trace where its log ends and where its
     * observations and actions fall.
     */
    public void executions(List<Trace> traces, Sites sites) throws IOException {
      number(traces.size());
      Map<StatementLog, Integer> written = new IdentityHashMap<>();
      for (Trace t : traces) {
        Execution e = t.execution();
        if (e == null) {
          throw new IOException("a trace of " + t.id() + " has no statements to store");
        }
        Integer seen = written.get(e.log());
        if (seen != null) {
          number(seen);
        } else {
          number(written.size());
          written.put(e.log(), written.size());
          out.writeLong(e.log().dropped());
          number(e.log().size());
          bytes(sites.block(e.log()));
        }
        number(e.end());
        ints(e.positions());
        ints(e.actionStarts());
      }
    }

    /** The statements {@code sites} numbered, in order: a place and a function each. */
    public void sites(Sites sites) throws IOException {
      number(sites.spans.size());
      for (int i = 0; i < sites.spans.size(); i++) {
        place(sites.spans.get(i));
        string(sites.functions.get(i));
      }
    }

    private void ints(int[] values) throws IOException {
      number(values.length);
      for (int v : values) {
        number(v);
      }
    }

    public void place(Span s) throws IOException {
      string(s.file());
      number(s.line());
      number(s.column());
    }

    public void bytes(byte[] b) throws IOException {
      number(b.length);
      out.write(b);
    }

    private void observation(Observation o) throws IOException {
      Integer seen = shared.get(o);
      if (seen != null) {
        out.writeByte(SHARED);
        number(seen);
        return;
      }
      shared.put(o, shared.size());
      if (o instanceof Observation.Call c) {
        out.writeByte(CALL);
        string(c.step());
        number(c.depth());
        string(c.function());
        strings(c.args());
        string(c.result());
        string(c.location());
      } else if (o instanceof Observation.State s) {
        out.writeByte(STATE);
        string(s.step());
        string(s.device());
        string(s.field());
        string(s.value());
      } else if (o instanceof Observation.Hardware h) {
        out.writeByte(HARDWARE);
        string(h.step());
        string(h.device());
        string(h.event());
      } else if (o instanceof Observation.Log l) {
        out.writeByte(LOG);
        string(l.step());
        number(l.level());
        string(l.message());
        string(l.location());
      } else if (o instanceof Observation.Warning w) {
        out.writeByte(WARNING);
        string(w.step());
        string(w.action());
        fault(w.fault());
      } else if (o instanceof Observation.FaultSeen f) {
        out.writeByte(FAULT);
        string(f.step());
        string(f.action());
        fault(f.fault());
      } else if (o instanceof Observation.Leak l) {
        out.writeByte(LEAK);
        string(l.step());
        string(l.object());
        string(l.type());
        number(l.size());
        string(l.allocatedBy());
        string(l.location());
      } else if (o instanceof Observation.Violation v) {
        out.writeByte(VIOLATION);
        string(v.step());
        string(v.invariant());
        string(v.device());
        string(v.iommu());
        string(v.reason());
        string(v.detail());
      } else {
        throw new IOException("cannot store a " + o.getClass().getName());
      }
    }

    private void fault(Fault f) throws IOException {
      number(f.kind().ordinal());
      string(f.message());
      place(f.span());
      string(f.expression());
      string(f.function());
      strings(f.stack());
      string(f.object());
    }

    private void strings(List<String> list) throws IOException {
      number(list.size());
      for (String s : list) {
        string(s);
      }
    }

    /** 0 for null, n + 1 for the string numbered n (its text follows when new). */
    private void string(String s) throws IOException {
      if (s == null) {
        number(0);
        return;
      }
      Integer id = strings.get(s);
      if (id != null) {
        number(id + 1);
      } else {
        int next = strings.size();
        strings.put(s, next);
        number(next + 1);
        out.writeUTF(s);
      }
    }

    private void number(int v) throws IOException {
      Varint.write(out, v);
    }
  }

  /** Reads what a {@link Writer} wrote, in the same order. */
  public static final class Reader {
    private final DataInputStream in;
    private String[] strings = new String[1024];
    private int stringCount;
    private final List<Observation> shared = new ArrayList<>();

    public Reader(DataInputStream in) {
      this.in = in;
    }

    public List<Trace> traces() throws IOException {
      Trace[] out = new Trace[number()];
      for (int i = 0; i < out.length; i++) {
        String board = string();
        String config = string();
        String scenario = string();
        List<String> steps = strings();
        long nanos = in.readLong();
        String error = string();
        Observation[] seen = new Observation[number()];
        for (int j = 0; j < seen.length; j++) {
          seen[j] = observation();
        }
        out[i] = new Trace(board, config, scenario, steps, List.of(seen), nanos, error);
      }
      return List.of(out);
    }

    public Span place() throws IOException {
      return new Span(string(), number(), number());
    }

    /** What {@link Writer#sites} wrote. */
    public SiteTable sites() throws IOException {
      Span[] spans = new Span[number()];
      String[] functions = new String[spans.length];
      for (int i = 0; i < spans.length; i++) {
        spans[i] = place();
        functions[i] = string();
      }
      return new SiteTable(spans, functions);
    }

    /**
     * {@code traces} (as stored, without executions) with what {@link Writer#executions} wrote for them, their
     * statements numbered in {@code table}.
     */
    public List<Trace> executions(List<Trace> traces, SiteTable table) throws IOException {
      Span[] spans = table.spans();
      String[] functions = table.functions();
      int n = number();
      if (n != traces.size()) {
        throw new IOException(n + " executions for " + traces.size() + " traces");
      }
      List<StatementLog> logs = new ArrayList<>();
      Trace[] out = new Trace[n];
      for (int t = 0; t < n; t++) {
        int which = number();
        if (which == logs.size()) {
          long dropped = in.readLong();
          int size = number();
          logs.add(StatementLog.restored(spans, functions, sites(bytes(), size, spans.length), size, dropped));
        } else if (which > logs.size()) {
          throw new IOException("log " + which + " before log " + logs.size());
        }
        Execution e = new Execution(logs.get(which), number(), ints(), ints());
        Trace x = traces.get(t);
        out[t] = new Trace(x.board(), x.config(), x.scenario(), x.steps(), x.observations(), x.nanos(), x.error(), e);
      }
      return List.of(out);
    }

    /** The {@code size} statements of a block, each a site below {@code limit}. */
    private static int[] sites(byte[] block, int size, int limit) throws IOException {
      int[] out = new int[size];
      int at = 0;
      int previous = -1;
      for (int i = 0; i < size; i++) {
        int v = 0;
        int shift = 0;
        int b;
        do {
          if (at == block.length || shift > 28) {
            throw new IOException("malformed statement log");
          }
          b = block[at++];
          v |= (b & 0x7f) << shift;
          shift += 7;
        } while ((b & 0x80) != 0);
        int site = previous + 1 + ((v >>> 1) ^ -(v & 1));
        if (site < 0 || site >= limit) {
          throw new IOException("statement " + site + " of " + limit);
        }
        out[i] = site;
        previous = site;
      }
      return out;
    }

    private int[] ints() throws IOException {
      int[] out = new int[number()];
      for (int i = 0; i < out.length; i++) {
        out[i] = number();
      }
      return out;
    }

    public byte[] bytes() throws IOException {
      byte[] b = new byte[number()];
      in.readFully(b);
      return b;
    }

    private Observation observation() throws IOException {
      int tag = in.readUnsignedByte();
      if (tag == SHARED) {
        return shared.get(number());
      }
      Observation o = switch (tag) {
        case CALL -> new Observation.Call(string(), number(), string(), strings(), string(), string());
        case STATE -> new Observation.State(string(), string(), string(), string());
        case HARDWARE -> new Observation.Hardware(string(), string(), string());
        case LOG -> new Observation.Log(string(), number(), string(), string());
        case WARNING -> new Observation.Warning(string(), string(), fault());
        case FAULT -> new Observation.FaultSeen(string(), string(), fault());
        case LEAK -> new Observation.Leak(string(), string(), string(), number(), string(), string());
        case VIOLATION -> new Observation.Violation(string(), string(), string(), string(), string(), string());
        default -> throw new IOException("unknown observation tag " + tag);
      };
      shared.add(o);
      return o;
    }

    private Fault fault() throws IOException {
      int kind = number();
      FaultKind[] kinds = FaultKind.values();
      if (kind >= kinds.length) {
        throw new IOException("unknown fault kind " + kind);
      }
      return new Fault(kinds[kind], string(), place(), string(), string(), strings(), string());
    }

    private List<String> strings() throws IOException {
      String[] out = new String[number()];
      for (int i = 0; i < out.length; i++) {
        out[i] = string();
      }
      return java.util.Collections.unmodifiableList(Arrays.asList(out));
    }

    private String string() throws IOException {
      int n = number();
      if (n == 0) {
        return null;
      }
      if (n - 1 < stringCount) {
        return strings[n - 1];
      }
      if (n - 1 != stringCount) {
        throw new IOException("string " + (n - 1) + " before string " + stringCount);
      }
      if (stringCount == strings.length) {
        strings = Arrays.copyOf(strings, stringCount * 2);
      }
      String s = in.readUTF();
      strings[stringCount++] = s;
      return s;
    }

    private int number() throws IOException {
      return Varint.read(in);
    }
  }
}
