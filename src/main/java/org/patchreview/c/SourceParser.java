package org.patchreview.c;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses one kernel C file as it is, macros and {@code #ifdef}s included, the way Coccinelle does: no header is read
 * ({@link Preprocessor#runRaw}), names are typed by how they are used ({@link RawRetyper}), and each top-level
 * declaration is parsed on its own ({@link CParser#parseTopLevel}). A file whose conditions cannot be decided is read
 * once per branch, so the code of every branch is parsed; the syntax tree is that of the first reading.
 */
public final class SourceParser {
  /** More readings than this are not made even when a chain of unknown conditions has more branches. */
  private static final int MAX_READINGS = 8;

  private SourceParser() {}

  /** Parses {@code text}, the content of {@code path}, under {@code config} (null: no config, both branches). */
  public static FileParse parse(String path, String text, Config config) {
    Readings r = new Readings(path, text);
    int readings = 1;
    for (int pass = 0; pass < readings; pass++) {
      RawUnit unit = Preprocessor.runRaw(path, text, config, pass);
      if (unit.refusal() != null) {
        return new FileParse(path, new TranslationUnit(path, List.of()), r.lineCount, 0, r.lineCount, 0, 0, 1,
            List.of(), "not parsed as C: " + unit.refusal());
      }
      readings = Math.min(MAX_READINGS, Math.max(readings, unit.passesNeeded()));
      r.add(pass, unit, CParser.parseTopLevel(path, RawRetyper.retype(unit.tokens())));
    }
    return r.result(readings);
  }

  /** What the readings of one file found so far: lines parsed and not, failures, functions, the first tree. */
  private static final class Readings {
    final String path;
    final String text;
    final int lineCount;
    final BitSet good = new BitSet();
    final BitSet bad = new BitSet();
    BitSet skippedEverywhere;
    final Map<String, TopLevel> failures = new LinkedHashMap<>();
    final Set<String> functions = new HashSet<>();
    final List<Decl> decls = new ArrayList<>();

    Readings(String path, String text) {
      this.path = path;
      this.text = text;
      this.lineCount = lineCount(text);
    }

    void add(int pass, RawUnit unit, List<TopLevel> tops) {
      for (TopLevel top : tops) {
        (top.parsed() ? good : bad).set(top.firstLine(), top.lastLine() + 1);
        if (!top.parsed()) {
          failures.putIfAbsent(top.error().line() + ":" + top.error().message(), quoted(top, text));
        }
        for (Decl d : top.decls()) {
          if (d instanceof Decl.Function f && f.isDefinition()) {
            functions.add(f.name() + "@" + f.span().line());
          }
          if (pass == 0) {
            decls.add(d);
          }
        }
      }
      if (skippedEverywhere == null) {
        skippedEverywhere = (BitSet) unit.skippedLines().clone();
      } else {
        skippedEverywhere.and(unit.skippedLines());
      }
    }

    FileParse result(int readings) {
      bad.andNot(good);
      BitSet passed = skippedEverywhere;
      passed.andNot(good);
      passed.andNot(bad);
      List<TopLevel> failed = new ArrayList<>(failures.values());
      failed.sort(Comparator.comparingInt((TopLevel t) -> t.error().line()).thenComparingInt(t -> t.error().column()));
      int badLines = bad.get(1, lineCount + 1).cardinality();
      int passedLines = passed.get(1, lineCount + 1).cardinality();
      return new FileParse(path, new TranslationUnit(path, List.copyOf(decls)), lineCount,
          lineCount - badLines - passedLines, passedLines, badLines, functions.size(), readings, List.copyOf(failed),
          "");
    }
  }

  private static TopLevel quoted(TopLevel top, String text) {
    int line = top.error().line();
    int start = 0;
    for (int n = 1; n < line && start >= 0; n++) {
      start = text.indexOf('\n', start) + 1;
      start = start == 0 ? -1 : start;
    }
    if (line <= 0 || start < 0) {
      return top;
    }
    int end = text.indexOf('\n', start);
    String quote = text.substring(start, end < 0 ? text.length() : end);
    return new TopLevel(top.firstLine(), top.lastLine(), top.decls(), top.error().quoting(quote), top.offending());
  }

  private static int lineCount(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return text.endsWith("\n") ? n : n + 1;
  }
}
