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

  /** The parsed translation units of a build, in path order, and what went wrong. */
  public record Result(List<TranslationUnit> units, List<Diagnostic> diagnostics) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
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
    List<Diagnostic> problems = new ArrayList<>();
    List<String> sources = sources(tree, config, problems);
    if (sources.isEmpty()) {
      problems.add(Diagnostic.error("", 0, "no Makefile in the tree builds any .c file for config " + config.name()));
    }
    List<ParseResult> parsed = sources.stream().map(p -> CParser.parseFile(tree, config, p)).toList();
    List<TranslationUnit> units = new ArrayList<>();
    Set<Diagnostic> seen = new LinkedHashSet<>(problems);
    for (ParseResult r : parsed) {
      units.add(r.unit());
      seen.addAll(r.diagnostics());
    }
    return new Result(List.copyOf(units), List.copyOf(seen));
  }
}
