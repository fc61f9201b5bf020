package org.patchreview.c;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patchreview.diag.Diagnostic;
import org.patchreview.tree.SourceTree;

/**
 * Decides which {@code .c} files make up the kernel for a config, as Kbuild does: a file is built when the
 * {@code Makefile} of its folder lists its object under {@code obj-y} or under {@code obj-$(CONFIG_X)} with X enabled
 * (composite objects through {@code name-y}/{@code name-objs}), then preprocesses and parses each of them.
 */
public final class KernelBuild {

  private static final Pattern ASSIGN = Pattern.compile("^([A-Za-z0-9_.$()-]+)\\s*(\\+=|:=|=)\\s*(.*)$");
  private static final Pattern CONFIG_REF = Pattern.compile("^(.*)\\$\\((CONFIG_[A-Za-z0-9_]+)\\)(.*)$");

  private KernelBuild() {}

  /**
   * The parsed translation units of a build, in path order, and what went wrong; {@code built} says for each unit
   * what it read, so that a build of a tree that differs in a few files takes the units those files do not reach.
   */
  public record Result(List<TranslationUnit> units, List<Diagnostic> diagnostics, List<BuiltUnit> built) {
    public Result(List<TranslationUnit> units, List<Diagnostic> diagnostics) {
      this(units, diagnostics, List.of());
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  /**
   * One unit as built: its tree, the files it read (itself included), the includes it looked for in vain, and its
   * problems. The same unit is built again only when one of those files changed or one of those includes appeared.
   */
  public record BuiltUnit(TranslationUnit unit, Set<String> reads, Set<String> absent, List<Diagnostic> diagnostics) {
    boolean untouchedBy(Set<String> changed) {
      for (String c : changed) {
        if (reads.contains(c) || absent.contains(c)) {
          return false;
        }
      }
      return true;
    }
  }

  /** The {@code .c} files Kbuild would compile for {@code config}, in path order. */
  public static List<String> sources(SourceTree tree, Config config, List<Diagnostic> problems) {
    Set<String> out = new java.util.TreeSet<>();
    for (String path : tree.paths()) {
      if (!path.equals("Makefile") && !path.endsWith("/Makefile")) {
        continue;
      }
      String dir = path.equals("Makefile") ? "" : path.substring(0, path.length() - "Makefile".length());
      Map<String, List<String>> vars = variables(tree.readString(path).orElse(""), config);
      for (String object : vars.getOrDefault("obj-y", List.of())) {
        if (object.endsWith("/")) {
          continue;
        }
        String stem = object.endsWith(".o") ? object.substring(0, object.length() - 2) : object;
        List<String> parts = new ArrayList<>(vars.getOrDefault(stem + "-y", List.of()));
        parts.addAll(vars.getOrDefault(stem + "-objs", List.of()));
        if (parts.isEmpty()) {
          parts.add(object);
        }
        for (String part : parts) {
          String c = dir + part.substring(0, part.length() - 2) + ".c";
          if (tree.contains(c)) {
            out.add(c);
          } else {
            problems.add(Diagnostic.error(path, 0, "the Makefile builds " + part + " but " + c + " is not in the tree"));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** Reads {@code var += words} lines, substituting enabled configs as {@code y} and dropping disabled ones. */
  private static Map<String, List<String>> variables(String text, Config config) {
    Map<String, List<String>> vars = new LinkedHashMap<>();
    String joined = text.replace("\\\r\n", " ").replace("\\\n", " ");
    for (String raw : joined.split("\n")) {
      String line = raw.strip();
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash).strip();
      }
      Matcher m = ASSIGN.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String name = substitute(m.group(1), config);
      if (name == null) {
        continue;
      }
      List<String> words = vars.computeIfAbsent(name, k -> new ArrayList<>());
      if (!m.group(2).equals("+=")) {
        words.clear();
      }
      for (String w : m.group(3).split("\\s+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    return vars;
  }

  private static String substitute(String name, Config config) {
    Matcher c = CONFIG_REF.matcher(name);
    if (!c.matches()) {
      return name;
    }
    String value = config.symbols().get(c.group(2));
    return "y".equals(value) ? c.group(1) + "y" + c.group(3) : null;
  }

  /**
   * Preprocesses and parses every source of the build, one after the other: builds already run side by side (before
   * and after, each config), and a parallel stream inside each only made the waiting threads spin.
   */
  public static Result build(SourceTree tree, Config config) {
    return build(tree, config, null, null);
  }

  /**
   * The build of {@code tree}: read back whole from the store shipped with review when the tree is a bundled state
   * ({@link UnitStore}); otherwise each source preprocessed and parsed, except that a unit {@code prior} (the build
   * of {@code priorTree} under the same config, or null) made is taken as it is when none of the files it read
   * differs between the two trees and none of the includes it missed appeared: a patch re-does only what it touches.
   */
  public static Result build(SourceTree tree, Config config, Result prior, SourceTree priorTree) {
    Result stored = UnitStore.lookup(tree, config);
    if (stored != null) {
      return stored;
    }
    List<Diagnostic> problems = new ArrayList<>();
    List<String> sources = sources(tree, config, problems);
    if (sources.isEmpty()) {
      problems.add(Diagnostic.error("", 0, "no Makefile in the tree builds any .c file for config " + config.name()));
    }
    Map<String, BuiltUnit> before = new java.util.HashMap<>();
    Set<String> changed = Set.of();
    if (prior != null && priorTree != null && !prior.built().isEmpty()) {
      changed = priorTree.changedPaths(tree);
      for (BuiltUnit u : prior.built()) {
        before.put(u.unit().path(), u);
      }
    }
    List<BuiltUnit> built = new ArrayList<>();
    for (String path : sources) {
      BuiltUnit same = before.get(path);
      built.add(same != null && same.untouchedBy(changed) ? same : unit(tree, config, path));
    }
    return result(built, problems);
  }

  /**
   * Readies the build after a patch that touches {@code touched}: meant to run beside the choice of the base and the
   * applying of the patch, on the base {@code tree} under {@code config}, keeping nothing but what the caches keep.
   * The unit {@code path} is preprocessed and parsed (unless the caches have it already): the headers it includes are
   * kept ({@link IncludeMemo}), with
   * the parses of its segments and the JIT's compiled code; and the segments of the touched files are parsed
   * declaration by declaration, so that the build after the patch parses again only the declarations the patch
   * changed or moved.
   */
  public static void warm(SourceTree tree, Config config, String path, Set<String> touched) {
    PreprocessResult pp = Preprocessor.run(tree, config, path);
    CParser.parse(pp, tree);
    CParser.warm(pp, touched);
  }

  /**
   * The unit to {@link #warm} for a patch that touches {@code touched} and no source: of the units of {@code built}
   * that a touched file reaches (one they read, or an include they looked for in vain), the one that reads the most
   * files; null if none is reached.
   */
  public static String widestReader(Result built, Set<String> touched) {
    BuiltUnit widest = null;
    for (BuiltUnit u : built.built()) {
      if (!u.untouchedBy(touched) && (widest == null || u.reads().size() > widest.reads().size())) {
        widest = u;
      }
    }
    return widest == null ? null : widest.unit().path();
  }

  /** One source preprocessed and parsed, with what it read. */
  static BuiltUnit unit(SourceTree tree, Config config, String path) {
    PreprocessResult pp = Preprocessor.run(tree, config, path);
    ParseResult r = CParser.parse(pp, tree);
    Set<String> reads = new java.util.HashSet<>(pp.files());
    reads.add(path);
    return new BuiltUnit(r.unit(), Set.copyOf(reads), pp.absent(), r.diagnostics());
  }

  /** The build's result from its units in path order, after the Makefiles' own problems. */
  static Result result(List<BuiltUnit> built, List<Diagnostic> problems) {
    List<TranslationUnit> units = new ArrayList<>();
    Set<Diagnostic> seen = new LinkedHashSet<>(problems);
    for (BuiltUnit u : built) {
      units.add(u.unit());
      seen.addAll(u.diagnostics());
    }
    return new Result(List.copyOf(units), List.copyOf(seen), List.copyOf(built));
  }
}
