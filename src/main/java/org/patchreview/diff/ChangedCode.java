package org.patchreview.diff;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.patchreview.observe.Trace;
import org.patchreview.c.Decl;
import org.patchreview.c.Span;
import org.patchreview.c.Stmt;
import org.patchreview.c.TranslationUnit;

/**
 * Where a patch changed the code a build runs, as statements of the build before: the smallest statements of
 * function bodies whose syntax trees differ, everything outside them (every other declaration, every other statement,
 * and where each one is) being the same. A run that entered none of those statements (its {@code Coverage}) runs the
 * same after the patch: until it reaches a changed statement both builds execute the same code, and it never does.
 *
 * <p>Not provable (the runs must be made) when anything else changed: a declaration, a type, a global, a function's
 * signature or place, a unit added or removed. Nor when a changed statement holds, before or after, what reaches it
 * other than by entering it or decides a frame's layout: a label (a {@code goto} from outside), a {@code case} or
 * {@code default} of a switch outside it, a local declaration (a function's locals share its stack frame), a
 * {@code static} local (placed in the image).
 *
 * <p>Each changed statement is kept as every place ({@link Span}) its tree holds, and the function's own: a run
 * entered it when its coverage holds any of them. A node the interpreter compiled from a statement carries a place
 * from that statement's tree, so entering it always shows; places shared with other code (a macro's) only make the
 * answer "entered" more often, never less.
 */
public final class ChangedCode {
  /** Nothing changed in any function body or elsewhere, places included: every run is the same as it is. */
  public static final ChangedCode NONE = new ChangedCode(List.of());

  /** A change outside function bodies, or one that can be reached other than by entering it. */
  public static final ChangedCode UNPROVABLE = new ChangedCode(null);

  private final List<Set<Span>> statements;

  private ChangedCode(List<Set<Span>> statements) {
    this.statements = statements;
  }

  /** Whether a run's coverage can decide if the runs after are the runs before. */
  public boolean provable() {
    return statements != null;
  }

  /** How many statements changed (0 when nothing did; -1 when not provable). */
  public int count() {
    return statements == null ? -1 : statements.size();
  }

  /** Whether a run that entered the statements at {@code covered} entered a changed one (always, when not provable). */
  public boolean reachedBy(Set<Span> covered) {
    if (statements == null) {
      return true;
    }
    for (Set<Span> s : statements) {
      for (Span p : s) {
        if (covered.contains(p)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The changed statements between two builds' units (each build's units in any order, matched by path). */
  public static ChangedCode between(List<TranslationUnit> before, List<TranslationUnit> after) {
    return between(before, after, false);
  }

  /**
   * The same; with {@code linesMayMove}, two pieces of code that differ only in where they are (the patch moved their
   * lines) are the same code: a run proven the same then needs its places moved ({@link #moved}).
   */
  public static ChangedCode between(List<TranslationUnit> before, List<TranslationUnit> after,
      boolean linesMayMove) {
    return new Comparison(linesMayMove).between(before, after);
  }

  /**
   * A run proven the same, as the run after reports it: its places moved through the patch's hunks ({@code lines};
   * {@link PatchLines#NONE} when nothing moved), or null when one of them is on a line the patch changed.
   */
  public static List<Trace> moved(List<Trace> traces, PatchLines lines) {
    return lines == PatchLines.NONE ? traces : new MovedLines(lines).move(traces);
  }

  /** One comparison: whether places count ({@code exact}). */
  private static final class Comparison {
    private final boolean exact;

    Comparison(boolean linesMayMove) {
      this.exact = !linesMayMove;
    }

    ChangedCode between(List<TranslationUnit> before, List<TranslationUnit> after) {
      if (before.size() != after.size()) {
        return UNPROVABLE;
      }
      Map<String, TranslationUnit> byPath = new HashMap<>();
      for (TranslationUnit u : after) {
        byPath.put(u.path(), u);
      }
      List<Set<Span>> changed = new ArrayList<>();
      for (TranslationUnit a : before) {
        TranslationUnit b = byPath.get(a.path());
        if (b == null) {
          return UNPROVABLE;
        }
        if (a == b) {
          continue;
        }
        if (a.decls().size() != b.decls().size()) {
          return UNPROVABLE;
        }
        for (int i = 0; i < a.decls().size(); i++) {
          Decl x = a.decls().get(i);
          Decl y = b.decls().get(i);
          if (!same(x, y) && !bodies(x, y, changed)) {
            return UNPROVABLE;
          }
        }
      }
      // Compared without places, "nothing changed" may still have moved lines: the runs' places must move too.
      return changed.isEmpty() && exact ? NONE : new ChangedCode(List.copyOf(changed));
    }

    /** Two definitions of one function that differ only in their bodies: their changed statements, else false. */
    private boolean bodies(Decl x, Decl y, List<Set<Span>> out) {
      if (!(x instanceof Decl.Function f) || !(y instanceof Decl.Function g) || f.body() == null || g.body() == null
          || exact && !f.span().equals(g.span()) || !f.name().equals(g.name()) || !same(f.type(), g.type())
          || f.storage() != g.storage() || f.inline() != g.inline() || !same(f.attributes(), g.attributes())) {
        return false;
      }
      return statements(f.body(), g.body(), f.span(), out);
    }

    /**
     * Adds to {@code out} the smallest statements of {@code a} that differ from their place in {@code b}; false when
     * one of them is not provable.
     */
    private boolean statements(Stmt a, Stmt b, Span function, List<Set<Span>> out) {
      if (same(a, b)) {
        return true;
      }
      if (a.getClass() == b.getClass() && (!exact || a.span().equals(b.span()))) {
        if (a instanceof Stmt.Block x && b instanceof Stmt.Block y && x.items().size() == y.items().size()) {
          for (int i = 0; i < x.items().size(); i++) {
            if (!statements(x.items().get(i), y.items().get(i), function, out)) {
              return false;
            }
          }
          return true;
        }
        List<Stmt[]> children = new ArrayList<>();
        if (!(a instanceof Stmt.Block) && sameButStatements((Record) a, (Record) b, children)) {
          for (Stmt[] pair : children) {
            if (pair[0] == null || pair[1] == null ? pair[0] != pair[1]
                : !statements(pair[0], pair[1], function, out)) {
              return false;
            }
          }
          return true;
        }
      }
      if (!enteredOnlyFromAbove(a, false) || !enteredOnlyFromAbove(b, false)) {
        return false;
      }
      Set<Span> places = new HashSet<>();
      places.add(function);
      places(a, places);
      out.add(places);
      return true;
    }

    /** Whether the two statements' components other than statements are the same; the statement pairs into {@code out}. */
    private boolean sameButStatements(Record a, Record b, List<Stmt[]> out) {
      for (RecordComponent c : components(a.getClass())) {
        Object x = value(c, a);
        Object y = value(c, b);
        if (Stmt.class.isAssignableFrom(c.getType())) {
          out.add(new Stmt[] {(Stmt) x, (Stmt) y});
        } else if (!same(x, y)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether control can get into {@code s} only by entering it: no label and no {@code case} or {@code default} of an
     * outer switch inside, no local declaration. {@code inSwitch}: inside a switch that is itself inside {@code s}.
     */
    private static boolean enteredOnlyFromAbove(Object node, boolean inSwitch) {
      if (node instanceof Stmt.Labeled || node instanceof Stmt.Local) {
        return false;
      }
      if (!inSwitch && (node instanceof Stmt.Case || node instanceof Stmt.Default)) {
        return false;
      }
      boolean nested = inSwitch || node instanceof Stmt.Switch;
      if (node instanceof Record r) {
        for (RecordComponent c : components(r.getClass())) {
          Object v = value(c, r);
          if (v instanceof Record || v instanceof List<?>) {
            if (!enteredOnlyFromAbove(v, nested)) {
              return false;
            }
          }
        }
      } else if (node instanceof List<?> list) {
        for (Object o : list) {
          if (!enteredOnlyFromAbove(o, inSwitch)) {
            return false;
          }
        }
      }
      return true;
    }

    /** Every place in a syntax tree. */
    private static void places(Object node, Set<Span> out) {
      if (node instanceof Span s) {
        out.add(s);
      } else if (node instanceof Record r) {
        for (RecordComponent c : components(r.getClass())) {
          places(value(c, r), out);
        }
      } else if (node instanceof List<?> list) {
        for (Object o : list) {
          places(o, out);
        }
      }
    }

    /**
     * Whether two syntax trees are the same, places included ({@code Record.equals} compares the byte arrays of string
     * literals by identity).
     */
    boolean same(Object a, Object b) {
      if (a == b) {
        return true;
      }
      if (a instanceof List<?> x && b instanceof List<?> y) {   // of whichever implementation
        if (x.size() != y.size()) {
          return false;
        }
        for (int i = 0; i < x.size(); i++) {
          if (!same(x.get(i), y.get(i))) {
            return false;
          }
        }
        return true;
      }
      if (a == null || b == null || a.getClass() != b.getClass()) {
        return false;
      }
      if (a instanceof Span && !exact) {
        return true;   // where code is does not change what it does; the run's places are moved instead
      }
      if (a instanceof Record r) {
        for (RecordComponent c : components(r.getClass())) {
          if (!same(value(c, r), value(c, (Record) b))) {
            return false;
          }
        }
        return true;
      }
      if (a instanceof byte[] x) {
        return Arrays.equals(x, (byte[]) b);
      }
      return a.equals(b);
    }

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private static RecordComponent[] components(Class<?> c) {
      return COMPONENTS.computeIfAbsent(c, k -> {
        RecordComponent[] rc = k.getRecordComponents();
        for (RecordComponent x : rc) {
          x.getAccessor().setAccessible(true);
        }
        return rc;
      });
    }

    private static Object value(RecordComponent c, Record r) {
      try {
        return c.getAccessor().invoke(r);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + c + " of " + r.getClass().getName(), e);
      }
    }
  }
}
