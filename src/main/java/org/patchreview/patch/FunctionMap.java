package org.patchreview.patch;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.patchreview.c.CParser;
import org.patchreview.c.Config;
import org.patchreview.c.Decl;
import org.patchreview.memo.Memo;
import org.patchreview.tree.SourceTree;

/**
 * The function definitions of one C file, by line, from its parsed C: where a hunk that moved has landed.
 *
 * <p>The file is preprocessed and parsed under each config given and the definitions found under any are kept, so a
 * function inside {@code #ifdef CONFIG_X} is known when some config sets X; parses the caller holds are used first.
 * Maps are cached by the file's own bytes: its functions are where its text puts them, whatever its headers say.
 */
final class FunctionMap {
  /** One function definition: its name and its first and last lines (the closing brace). */
  record Function(String name, int first, int last) {
    String describe() {
      return name + "() (lines " + first + "-" + last + ")";
    }
  }

  /** A file's functions depend on its path, its bytes and the configs it was parsed under (compared in full). */
  private record Key(String path, List<Config> configs, ByteBuffer content) {}

  private static final Memo<Key, FunctionMap> CACHE = Memo.hot("functions of patched files", 256);

  private final List<Function> functions;
  private final Map<String, List<Function>> byName;

  private FunctionMap(List<Function> functions) {
    this.functions = functions;
    this.byName = functions.stream().collect(java.util.stream.Collectors.groupingBy(Function::name));
  }

  /** Whether review checks anchoring in this file: C sources and headers. */
  static boolean isC(String path) {
    return path.endsWith(".c") || path.endsWith(".h");
  }

  /**
   * The functions of {@code path}, whose bytes are {@code content} in the tree {@code tree} supplies: from the parses
   * the caller holds when it has the file, else parsed under each of {@code configs}.
   */
  static FunctionMap of(Supplier<SourceTree> tree, String path, byte[] content, List<Config> configs, ParsedC known) {
    List<Decl> decls = known == null ? null : known.declarations(path, content);
    if (decls != null) {
      return new FunctionMap(functions(decls, path));
    }
    Key key = new Key(path, List.copyOf(configs), ByteBuffer.wrap(content.clone()));
    FunctionMap cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    List<Decl> parsed = new ArrayList<>();
    for (Config config : configs) {
      parsed.addAll(CParser.parseFile(tree.get(), config, path).unit().decls());
    }
    FunctionMap made = new FunctionMap(functions(parsed, path));
    CACHE.put(key, made);
    return made;
  }

  /** The function definitions of {@code decls} written in {@code path}, once each, in line order. */
  private static List<Function> functions(List<Decl> decls, String path) {
    List<Function> found = new ArrayList<>();
    for (Decl d : decls) {
      if (d instanceof Decl.Function f && f.isDefinition() && f.span().file().equals(path)) {
        Function fn = new Function(f.name(), f.span().line(), f.end().line());
        if (!found.contains(fn)) {
          found.add(fn);
        }
      }
    }
    found.sort(Comparator.comparingInt(Function::first));
    return List.copyOf(found);
  }

  /**
   * Whether a hunk whose first line lands at {@code line} is in the function its header names. Git names the nearest
   * function that starts above a hunk, so the hunk is anchored when that function is the one named, whether the hunk
   * starts inside it or just after it. Not checked (null) when the parsed file has no function of that name.
   */
  Anchor check(Hunk h, int line) {
    String name = h.functionName();
    List<Function> named = byName.getOrDefault(name, List.of());
    if (named.isEmpty()) {
      return Anchor.unchecked(name);
    }
    Function above = above(line);
    if (above != null && above.name().equals(name)) {
      return new Anchor(name, true, "");
    }
    String where = above == null ? "above every function" : line <= above.last() ? "in " + above.describe()
        : "after " + above.describe();
    return new Anchor(name, false, where + ", not in " + named.get(0).describe() + " which its header names");
  }

  /** The last function that starts above {@code line}, or null. */
  private Function above(int line) {
    int lo = 0;
    int hi = functions.size() - 1;
    Function found = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (functions.get(mid).first() < line) {
        found = functions.get(mid);
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
