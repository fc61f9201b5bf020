package org.patchreview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patchreview.c.Decl;
import org.patchreview.c.SourceParser;
import org.patchreview.corpus.History;
import org.patchreview.diag.Diagnostic;
import org.patchreview.diff.SourceText;
import org.patchreview.interp.BuiltKernel;
import org.patchreview.scenario.Matrix;
import org.patchreview.tree.SourceTree;

/**
 * The functions of a user's kernel tree run inside the model: every function a file of the tree defines under the
 * same name as the model's file of the same path replaces the model's definition, as text, with a {@code #line}
 * before it so that what it does is cited at the tree's lines, and one after it so that the model's own code keeps
 * its numbering. Whole real translation units cannot be compiled (their include closure is hundreds of headers of
 * inline assembly and generated code), but their functions compile against the model's headers.
 *
 * <p>A function that does not compile against the model (before or after the patch), or that uses what the model
 * cannot run (inline assembly), is left to the model's own definition and listed with what it needs. The pairs are
 * found by {@code review parse}'s reading of each file as it is (no headers), so both sides are read alike.
 */
final class RealFunctions {
  /** A function run from the tree: its path and name, and its lines in the tree before and after the patch. */
  record Ran(String path, String name, int beforeFirst, int beforeLast, int afterFirst, int afterLast,
      List<String> partners) {
    String key() {
      return path + ":" + name;
    }
  }

  /** A function left to the model, where the tree has it, and what it needs. */
  record Outside(String path, int line, String name, String needs) {
    Diagnostic note() {
      return Diagnostic.note(path, line, "outside the model: " + name + "() needs " + needs
          + "; the model's own " + name + "() runs instead");
    }
  }

  /**
   * The model before and after with the tree's functions in it, which functions ran from the tree and which were
   * left to the model, and the text a run's citations point at (the tree's lines in its functions, the model's
   * elsewhere).
   */
  record Splice(SourceTree before, SourceTree after, List<Ran> ran, List<Outside> outside, SourceText text) {
    /** One note per file: how many of its functions ran from the tree, and which. */
    List<Diagnostic> notes(String treeName) {
      Map<String, List<String>> byFile = new TreeMap<>();
      for (Ran r : ran) {
        byFile.computeIfAbsent(r.path(), k -> new ArrayList<>()).add(r.name() + "()");
      }
      List<Diagnostic> out = new ArrayList<>();
      byFile.forEach((path, names) -> out.add(Diagnostic.note(path, 0, names.size() + " function"
          + (names.size() == 1 ? "" : "s") + " run as " + treeName + " has them (its lines cited): "
          + String.join(", ", names))));
      outside.forEach(o -> out.add(o.note()));
      return out;
    }
  }

  /** One function definition of a file read as it is: its name and first and last lines. */
  private record Fn(String name, int first, int last) {}

  /** The tree's function paired with the model's definition it replaces, on one side. */
  private record Pair(String path, String name, Fn model, Fn before, Fn after, boolean ownPrototype) {}

  private static final Pattern ASM = Pattern.compile("\\b(asm|__asm__|__asm)\\s*(volatile|__volatile__|goto|\\s)*\\(");
  private static final Pattern NOT_DECLARED = Pattern.compile("'([A-Za-z_][A-Za-z0-9_]*)' is not declared");
  private static final Pattern MACRO = Pattern.compile("macro ([A-Za-z_][A-Za-z0-9_]*)\\(\\.\\.\\.\\) was never");
  private static final Pattern IN_FUNCTION = Pattern.compile(" \\(in ([A-Za-z_][A-Za-z0-9_]*)\\)$");

  private RealFunctions() {}

  /** The modelled state a tree's functions run in, and why it was taken. */
  record Closest(String name, SourceTree tree, String why) {}

  private static final Pattern TAG = Pattern.compile("v(\\d+)\\.(\\d+)(?:-rc(\\d+))?");
  private static final Pattern MAKE_VAR = Pattern.compile(
      "(?m)^(VERSION|PATCHLEVEL|SUBLEVEL|EXTRAVERSION)\\s*=\\s*(\\d+|-rc\\d+)?\\s*$");

  /**
   * The modelled state closest to {@code real}: the newest tagged state not newer than the release the tree's
   * top-level Makefile names ({@code VERSION}, {@code PATCHLEVEL} and an {@code EXTRAVERSION} of {@code -rcN}; a
   * release candidate counts before its release);
   * without a Makefile that says, or with no tag old enough, the newest state.
   */
  static Closest closest(History history, SourceTree real) {
    List<Map.Entry<String, SourceTree>> states = history.statesNewestFirst();
    Map<String, Integer> make = new java.util.HashMap<>();
    Matcher m = MAKE_VAR.matcher(real.readString("Makefile").orElse(""));
    while (m.find()) {
      if (m.group(2) != null) {
        make.putIfAbsent(m.group(1), Integer.parseInt(m.group(2).replace("-rc", "")));
      }
    }
    if (make.containsKey("VERSION") && make.containsKey("PATCHLEVEL")) {
      int rc = make.getOrDefault("EXTRAVERSION", -1);
      String release = make.get("VERSION") + "." + make.get("PATCHLEVEL")
          + (make.getOrDefault("SUBLEVEL", 0) > 0 ? "." + make.get("SUBLEVEL") : "") + (rc < 0 ? "" : "-rc" + rc);
      long tree = rank(make.get("VERSION"), make.get("PATCHLEVEL"), rc);
      for (Map.Entry<String, SourceTree> s : states) {
        Matcher t = TAG.matcher(s.getKey());
        if (t.matches() && rank(Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)),
            t.group(3) == null ? -1 : Integer.parseInt(t.group(3))) <= tree) {
          return new Closest(s.getKey(), s.getValue(), "the newest modelled release not after the tree's Linux "
              + release + ", from its Makefile");
        }
      }
    }
    Map.Entry<String, SourceTree> newest = states.get(0);
    return new Closest(newest.getKey(), newest.getValue(), "the newest modelled state: the tree's Makefile names no"
        + " release" + (make.isEmpty() ? "" : " as old as a modelled one"));
  }

  /** Orders releases: a release candidate before its release. */
  private static long rank(int version, int patchlevel, int rc) {
    return (version * 1000L + patchlevel) * 1000L + (rc < 0 ? 999 : rc);
  }

  /**
   * Splices the functions of {@code paths} from the tree before and after the patch ({@code realBefore},
   * {@code realAfter}) into {@code modelBefore} and {@code modelAfter}, compiled under every config of
   * {@code options}' matrix; {@code treeName} names the tree in notes.
   */
  static Splice splice(SourceTree modelBefore, SourceTree modelAfter, SourceTree realBefore, SourceTree realAfter,
      Collection<String> paths, ReviewOptions options) {
    List<Pair> pairs = new ArrayList<>();
    List<Outside> outside = new ArrayList<>();
    for (String path : paths) {
      if (!(path.endsWith(".c") || path.endsWith(".h")) || !modelBefore.contains(path)
          || !modelAfter.contains(path) || !realBefore.contains(path) || !realAfter.contains(path)) {
        continue;
      }
      pair(path, modelBefore.readString(path).orElse(""), modelAfter.readString(path).orElse(""),
          realBefore.readString(path).orElse(""), realAfter.readString(path).orElse(""), pairs, outside);
    }
    // Compiled until nothing that remains fails: each round leaves at least one function to the model.
    while (true) {
      SourceTree before = spliced(modelBefore, realBefore, pairs, true);
      SourceTree after = spliced(modelAfter, realAfter, pairs, false);
      Map<Pair, List<String>> failing = new LinkedHashMap<>();
      failures(before, pairs, true, options, failing);
      failures(after, pairs, false, options, failing);
      if (failing.isEmpty()) {
        Map<String, List<String>> partners = partners(pairs, realBefore);
        List<Ran> ran = pairs.stream().map(p -> new Ran(p.path(), p.name(), p.before().first(), p.before().last(),
            p.after().first(), p.after().last(), partners.get(p.path() + ":" + p.name()))).toList();
        return new Splice(before, after, ran, outside, text(modelBefore, modelAfter, realBefore, realAfter, pairs));
      }
      failing.forEach((p, needs) -> outside.add(new Outside(p.path(), p.before().first(), p.name(),
          String.join(", ", needs.stream().distinct().toList()))));
      pairs.removeAll(failing.keySet());
    }
  }

  /** {@code model} with only {@code r} run as {@code real} has it (one function checked on its own). */
  static SourceTree only(SourceTree model, SourceTree real, Ran r) {
    return only(model, real, List.of(r));
  }

  /** {@code model} with only {@code ran} run as {@code real} has them. */
  static SourceTree only(SourceTree model, SourceTree real, List<Ran> ran) {
    List<Pair> pairs = new ArrayList<>();
    for (Ran r : ran) {
      Fn fn = new Fn(r.name(), r.beforeFirst(), r.beforeLast());
      pairs.add(new Pair(r.path(), r.name(), null, fn, fn, false));
    }
    return spliced(model, real, pairs, true);
  }

  /** Pairs the functions one file defines in the model and in the tree, before and after, by name. */
  private static void pair(String path, String modelBefore, String modelAfter, String realBefore, String realAfter,
      List<Pair> pairs, List<Outside> outside) {
    Map<String, List<Fn>> model = byName(path, modelBefore);
    Map<String, List<Fn>> modelAfterFns = byName(path, modelAfter);
    Map<String, List<Fn>> before = byName(path, realBefore);
    Map<String, List<Fn>> after = byName(path, realAfter);
    String[] modelLines = modelBefore.split("\n", -1);
    String[] beforeLines = realBefore.split("\n", -1);
    String[] afterLines = realAfter.split("\n", -1);
    for (Map.Entry<String, List<Fn>> e : model.entrySet()) {
      String name = e.getKey();
      List<Fn> b = before.get(name);
      List<Fn> a = after.get(name);
      List<Fn> ma = modelAfterFns.get(name);
      if (b == null || a == null || ma == null) {
        continue;
      }
      // A name defined more than once (each under its own #ifdef) pairs only when every side defines it once.
      if (e.getValue().size() != 1 || b.size() != 1 || a.size() != 1 || ma.size() != 1) {
        outside.add(new Outside(path, b.get(0).first(), name, "one definition per side (the tree has " + b.size()
            + ", the model " + e.getValue().size() + ")"));
        continue;
      }
      String asm = usesAsm(beforeLines, b.get(0)) || usesAsm(afterLines, a.get(0)) ? "inline assembly" : null;
      if (asm != null) {
        outside.add(new Outside(path, b.get(0).first(), name, asm));
        continue;
      }
      boolean own = !prototype(modelLines, e.getValue().get(0)).equals(prototype(beforeLines, b.get(0)));
      pairs.add(new Pair(path, name, e.getValue().get(0), b.get(0), a.get(0), own));
    }
  }

  /** A file's functions depend on its path and its whole text (read as it is, no header, no config). */
  private record FileKey(String path, String text) {}

  private static final org.patchreview.memo.Memo<FileKey, Map<String, List<Fn>>> FUNCTIONS =
      org.patchreview.memo.Memo.lru("functions of files read as they are", 256);

  /** The function definitions of {@code text} by name, as {@code review parse} reads the file. */
  private static Map<String, List<Fn>> byName(String path, String text) {
    return FUNCTIONS.computeIfAbsent(new FileKey(path, text), k -> read(path, text));
  }

  private static Map<String, List<Fn>> read(String path, String text) {
    Map<String, List<Fn>> out = new LinkedHashMap<>();
    for (Decl d : SourceParser.parse(path, text, null).unit().decls()) {
      if (d instanceof Decl.Function f && f.isDefinition() && f.span().file().equals(path)) {
        Fn fn = new Fn(f.name(), f.span().line(), f.end().line());
        List<Fn> list = out.computeIfAbsent(f.name(), k -> new ArrayList<>());
        if (!list.contains(fn)) {
          list.add(fn);
        }
      }
    }
    return out;
  }

  /**
   * For each pair (as {@code path:name}), the pairs it cannot run apart from: the functions with a prototype that is
   * not the model's that it calls, and, when its own prototype is not the model's, those that call it (the model's
   * callers pass what the model's prototype takes).
   */
  private static Map<String, List<String>> partners(List<Pair> pairs, SourceTree real) {
    Map<String, String> bodies = new java.util.HashMap<>();
    for (Pair p : pairs) {
      String[] lines = real.readString(p.path()).orElse("").split("\n", -1);
      StringBuilder body = new StringBuilder();
      for (int i = p.before().first(); i <= p.before().last() && i <= lines.length; i++) {
        body.append(lines[i - 1]).append('\n');
      }
      bodies.put(p.path() + ":" + p.name(), body.toString());
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Pair p : pairs) {
      String key = p.path() + ":" + p.name();
      List<String> with = new ArrayList<>();
      for (Pair q : pairs) {
        String other = q.path() + ":" + q.name();
        if (other.equals(key)) {
          continue;
        }
        if (q.ownPrototype() && calls(bodies.get(key), q.name()) || p.ownPrototype() && calls(bodies.get(other),
            p.name())) {
          with.add(other);
        }
      }
      out.put(key, with);
    }
    return out;
  }

  private static boolean calls(String body, String name) {
    return Pattern.compile("\\b" + Pattern.quote(name) + "\\s*\\(").matcher(body.substring(Math.max(0,
        body.indexOf('{')))).find();
  }

  /** The function's head up to its body, without comments and with blanks collapsed: its prototype as written. */
  private static String prototype(String[] lines, Fn fn) {
    StringBuilder head = new StringBuilder();
    for (int i = fn.first(); i <= fn.last() && i <= lines.length; i++) {
      head.append(lines[i - 1]).append('\n');
    }
    String code = head.toString().replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
    int brace = code.indexOf('{');
    return (brace < 0 ? code : code.substring(0, brace)).replaceAll("\\s+", " ").trim();
  }

  private static boolean usesAsm(String[] lines, Fn fn) {
    StringBuilder body = new StringBuilder();
    for (int i = fn.first(); i <= fn.last() && i <= lines.length; i++) {
      body.append(lines[i - 1]).append('\n');
    }
    String code = body.toString().replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
    return ASM.matcher(code).find();
  }

  /** {@code model} with each pair's model definition replaced by the tree's, the tree's lines kept by #line. */
  private static SourceTree spliced(SourceTree model, SourceTree real, List<Pair> pairs, boolean before) {
    Map<String, List<Pair>> byPath = new TreeMap<>();
    for (Pair p : pairs) {
      byPath.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p);
    }
    Map<String, byte[]> changed = new TreeMap<>();
    for (Map.Entry<String, List<Pair>> e : byPath.entrySet()) {
      String[] modelLines = model.readString(e.getKey()).orElse("").split("\n", -1);
      String[] realLines = real.readString(e.getKey()).orElse("").split("\n", -1);
      Map<Integer, Pair> at = new TreeMap<>();
      Map<String, List<Fn>> fns = byName(e.getKey(), String.join("\n", modelLines));
      for (Pair p : e.getValue()) {
        at.put(fns.get(p.name()).get(0).first(), p);
      }
      StringBuilder out = new StringBuilder();
      for (int i = 1; i <= modelLines.length; i++) {
        Pair p = at.get(i);
        if (p == null) {
          out.append(modelLines[i - 1]);
          if (i < modelLines.length) {
            out.append('\n');
          }
          continue;
        }
        Fn real1 = before ? p.before() : p.after();
        out.append("#line ").append(real1.first()).append('\n');
        for (int r = real1.first(); r <= real1.last(); r++) {
          out.append(realLines[r - 1]).append('\n');
        }
        int modelLast = fns.get(p.name()).get(0).last();
        out.append("#line ").append(modelLast + 1).append('\n');
        i = modelLast;
      }
      changed.put(e.getKey(), out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return changed.isEmpty() ? model : model.with(changed, Set.of(), model.label());
  }

  /** What fails to build or compile in {@code tree} under each config, blamed on the pairs it comes from. */
  private static void failures(SourceTree tree, List<Pair> pairs, boolean before, ReviewOptions options,
      Map<Pair, List<String>> failing) {
    Set<String> paths = new HashSet<>();
    pairs.forEach(p -> paths.add(p.path()));
    for (Matrix.ConfigEntry c : options.matrix().configs()) {
      BuiltKernel built = Builds.of(tree, c, options.timings(), "with the tree's functions").join();
      List<Diagnostic> problems = new ArrayList<>(built.diagnostics());
      if (built.program() != null) {
        problems.addAll(built.program().compileNow(paths::contains));
      }
      for (Diagnostic d : problems) {
        if (!d.isError()) {
          continue;
        }
        List<Pair> blamed = blame(d, pairs, before);
        for (Pair p : blamed) {
          failing.computeIfAbsent(p, k -> new ArrayList<>()).add(needs(d.message()));
        }
      }
    }
  }

  /** The pairs an error comes from: the function it names, else the one whose lines hold it, else all of its file. */
  private static List<Pair> blame(Diagnostic d, List<Pair> pairs, boolean before) {
    Matcher in = IN_FUNCTION.matcher(d.message());
    if (in.find()) {
      String name = in.group(1);
      List<Pair> named = pairs.stream().filter(p -> p.path().equals(d.file()) && p.name().equals(name)).toList();
      if (!named.isEmpty()) {
        return named;
      }
    }
    // An error in the model's own code that names a function run from the tree (a call that no longer matches it).
    List<Pair> mentioned = pairs.stream().filter(p -> Pattern.compile("\\b" + p.name() + "\\b").matcher(d.message())
        .find()).toList();
    if (!mentioned.isEmpty()) {
      return mentioned;
    }
    List<Pair> holding = pairs.stream().filter(p -> p.path().equals(d.file())).filter(p -> {
      Fn f = before ? p.before() : p.after();
      return d.line() >= f.first() && d.line() <= f.last();
    }).toList();
    if (!holding.isEmpty()) {
      return holding;
    }
    List<Pair> sameFile = pairs.stream().filter(p -> p.path().equals(d.file())).toList();
    return sameFile.isEmpty() ? pairs : sameFile;
  }

  /** What an error says the function needs: the name it uses that the model does not declare, else the error. */
  private static String needs(String message) {
    Matcher m = NOT_DECLARED.matcher(message);
    if (m.find()) {
      return m.group(1);
    }
    m = MACRO.matcher(message);
    if (m.find()) {
      return m.group(1);
    }
    String bare = IN_FUNCTION.matcher(message).replaceFirst("");
    return bare.startsWith("syntax error") ? "a type or macro the model lacks (" + bare + ")" : bare;
  }

  /** The line a citation points at: the tree's in the functions that ran from it, the model's elsewhere. */
  private static SourceText text(SourceTree modelBefore, SourceTree modelAfter, SourceTree realBefore,
      SourceTree realAfter, List<Pair> pairs) {
    Map<String, String[]> cache = new java.util.concurrent.ConcurrentHashMap<>();
    return (isAfter, file, line) -> {
      boolean real = pairs.stream().anyMatch(p -> p.path().equals(file) && line >= (isAfter ? p.after() : p.before())
          .first() && line <= (isAfter ? p.after() : p.before()).last());
      SourceTree from = real ? (isAfter ? realAfter : realBefore) : (isAfter ? modelAfter : modelBefore);
      String[] lines = cache.computeIfAbsent((real ? "r" : "m") + (isAfter ? "+" : "-") + file,
          k -> from.readString(file).map(t -> t.split("\n", -1)).orElse(new String[0]));
      return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    };
  }
}
