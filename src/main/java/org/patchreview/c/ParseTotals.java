package org.patchreview.c;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of {@code review parse} over many files, as {@code spatch --parse-c} prints them: files, perfect
 * files, lines good, passed and bad, functions, and the tokens parsing stopped at most often, each with an example.
 */
public record ParseTotals(int files, int perfect, long lines, long good, long passed, long bad, long functions,
    List<ProblemToken> problemTokens) {

  /** A token at which parsing stopped in {@code count} declarations; {@code example} is the first of them. */
  public record ProblemToken(String text, int count, TopLevel example) {}

  /** Sums {@code parses} and ranks the tokens parsing stopped at (most frequent first, then by text). */
  public static ParseTotals of(List<FileParse> parses, int topTokens) {
    int perfect = 0;
    long lines = 0;
    long good = 0;
    long passed = 0;
    long bad = 0;
    long functions = 0;
    Map<String, List<TopLevel>> byToken = new LinkedHashMap<>();
    for (FileParse p : parses) {
      perfect += p.failures().isEmpty() ? 1 : 0;
      lines += p.lines();
      good += p.good();
      passed += p.passed();
      bad += p.bad();
      functions += p.functions();
      for (TopLevel f : p.failures()) {
        String text = f.offending() == null ? "<end of file>" : f.offending().getText();
        byToken.computeIfAbsent(text, k -> new ArrayList<>()).add(f);
      }
    }
    List<ProblemToken> tokens = new ArrayList<>();
    byToken.forEach((text, list) -> tokens.add(new ProblemToken(text, list.size(), list.get(0))));
    tokens.sort(Comparator.comparingInt(ProblemToken::count).reversed().thenComparing(ProblemToken::text));
    return new ParseTotals(parses.size(), perfect, lines, good, passed, bad, functions,
        List.copyOf(tokens.subList(0, Math.min(topTokens, tokens.size()))));
  }

  /** Good and passed lines over all lines, in percent. */
  public double percentGood() {
    return lines == 0 ? 100.0 : 100.0 * (good + passed) / lines;
  }
}
