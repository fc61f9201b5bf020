package org.patchreview.c;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patchreview.grammar.KernelCLexer;

/**
 * Expands macros in a run of tokens the way a C preprocessor does: arguments are expanded on their own before
 * substitution (except next to {@code #} and {@code ##}), results are rescanned, and hide sets (Prosser's algorithm)
 * stop a macro from expanding inside its own expansion.
 */
final class MacroExpander {
  private static final int PLACEMARKER = -2;

  /** What the expander needs from the preprocessor. */
  interface Host {
    /** The macro {@code name} names now, or null. */
    Macro macro(String name);

    /** Whether {@code IS_ENABLED(name)} holds. */
    boolean configEnabled(String symbol);

    /** Whether {@code IS_ENABLED} can be decided (not for unpreprocessed code read without a config). */
    boolean knowsConfig();

    void error(CToken at, String message);
  }

  /**
   * The most tokens macros may substitute for one line (its arguments' expansions included): far above the kernel's
   * worst lines, far below what a {@code #define} that doubles at each of 25 levels gives (33 M), which hung
   * {@code apply} and {@code parse}. Past it the line's expansion stops with an error at the macro.
   */
  static final long MAX_TOKENS = 200_000;

  /** The same for a whole translation unit (a preprocessor run), its headers included. */
  static final long MAX_TOTAL_TOKENS = 4_000_000;

  private final Host host;
  private long total;
  /** Top-level expansions begun: tells whether an include expanded anything (see {@link #state}). */
  private long calls;
  private boolean totalReported;
  private long produced;
  private int depth;
  private boolean exhausted;

  MacroExpander(Host host) {
    this.host = host;
  }

  List<CToken> expand(List<CToken> input) {
    if (!mayExpand(input)) {
      return new ArrayList<>(input);
    }
    if (depth == 0) {
      total += produced;
      produced = 0;
      calls++;
      exhausted = false;
      if (total > MAX_TOTAL_TOKENS) {
        // The unit has used its share: what is left stays as written (one error says so).
        if (!totalReported) {
          totalReported = true;
          host.error(input.get(0), "macros of this file have substituted more than " + MAX_TOTAL_TOKENS
              + " tokens; the rest of it is left unexpanded");
        }
        return new ArrayList<>(input);
      }
    }
    depth++;
    List<CToken> out;
    try {
      out = expandWithin(input);
    } finally {
      depth--;
    }
    if (depth == 0 && exhausted) {
      // The line stays as written: its macro then fails as an unknown name, and the rest of the file is read.
      host.error(culprit, "expanding macro " + culprit.getText() + " gives more than " + MAX_TOKENS
          + " tokens (a #define that multiplies at each level?); it is left unexpanded");
      return new ArrayList<>(input);
    }
    return out;
  }

  /** The counters a replayed include moves: {@code {calls, total, produced}}. */
  long[] state() {
    return new long[] {calls, total, produced};
  }

  /**
   * Whether a kept include that substituted {@code before} tokens by its expansions but the last stays within the
   * unit's budget here (past it, the include read anew reports where).
   */
  boolean fits(boolean expanded, long before) {
    return !expanded || total + produced + before <= MAX_TOTAL_TOKENS;
  }

  /** Moves the counters as a kept include moved them ({@code last}: substituted by its last expansion). */
  void replay(boolean expanded, long before, long last) {
    if (expanded) {
      total += produced + before;
      produced = last;
      calls++;
    }
  }

  /** Whether the unit's budget has been passed (an include that did is not kept). */
  boolean overBudget() {
    return total > MAX_TOTAL_TOKENS;
  }

  /** The macro as written on the line whose expansion is under way, named when the budget runs out. */
  private CToken culprit;

  /** Substituted tokens, counted against {@link #MAX_TOKENS}; nothing once the line has used its share. */
  private List<CToken> counted(List<CToken> tokens, CToken use) {
    if (use.hideset().isEmpty() && !exhausted) {
      culprit = use; // a token as written, not one an expansion made
    }
    produced += tokens.size();
    if (produced > MAX_TOKENS) {
      exhausted = true;
    }
    return exhausted ? List.of() : tokens;
  }

  private List<CToken> expandWithin(List<CToken> input) {
    Deque<CToken> in = new ArrayDeque<>(input);
    List<CToken> out = new ArrayList<>(input.size());
    while (!in.isEmpty() && !exhausted) {
      CToken t = in.pollFirst();
      if (t.getType() != KernelCLexer.Identifier || t.hideset().contains(t.getText())) {
        out.add(t);
        continue;
      }
      String name = t.getText();
      if (expandBuiltin(t, in, out)) {
        continue;
      }
      Macro m = host.macro(name);
      if (m == null) {
        out.add(t);
      } else if (!m.functionLike()) {
        pushFront(in, counted(substitute(m, List.of(), with(t.hideset(), name), t), t));
      } else if (!in.isEmpty() && in.peekFirst().getText().equals("(")) {
        List<List<CToken>> args = new ArrayList<>();
        CToken close = collectArguments(in, args, t);
        if (close == null) {
          out.add(t);
          continue;
        }
        if (!arityMatches(m, args, t)) {
          out.add(t);
          continue;
        }
        Set<String> hs = intersect(t.hideset(), close.hideset());
        pushFront(in, counted(substitute(m, args, with(hs, name), t), t));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether any token names a macro or a built-in; most lines of unpreprocessed code have none. */
  private boolean mayExpand(List<CToken> input) {
    for (CToken t : input) {
      if (t.getType() == KernelCLexer.Identifier && (host.macro(t.getText()) != null
          || BUILTINS.contains(t.getText()))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> BUILTINS = Set.of("__FILE__", "__LINE__", "IS_ENABLED", "IS_BUILTIN",
      "IS_REACHABLE");

  private boolean expandBuiltin(CToken t, Deque<CToken> in, List<CToken> out) {
    String name = t.getText();
    switch (name) {
      case "__FILE__" -> out.add(new CToken(KernelCLexer.StringLiteral, "\"" + t.file() + "\"", t.file(), t.getLine(),
          t.getCharPositionInLine(), t.hideset(), t.spaceBefore()));
      case "__LINE__" -> out.add(new CToken(KernelCLexer.IntegerConstant, Integer.toString(t.getLine()), t.file(),
          t.getLine(), t.getCharPositionInLine(), t.hideset(), t.spaceBefore()));
      case "IS_ENABLED", "IS_BUILTIN", "IS_REACHABLE" -> {
        if (!host.knowsConfig() || host.macro(name) != null || in.isEmpty() || !in.peekFirst().getText().equals("(")) {
          return false;
        }
        List<List<CToken>> args = new ArrayList<>();
        if (collectArguments(in, args, t) == null) {
          return true;
        }
        boolean on = args.size() == 1 && args.get(0).size() == 1 && host.configEnabled(args.get(0).get(0).getText());
        out.add(new CToken(KernelCLexer.IntegerConstant, on ? "1" : "0", t.file(), t.getLine(),
            t.getCharPositionInLine(), t.hideset(), t.spaceBefore()));
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private boolean arityMatches(Macro m, List<List<CToken>> args, CToken at) {
    int expected = m.params().size();
    if (expected == 0 && args.size() == 1 && args.get(0).isEmpty()) {
      args.clear();
      return true;
    }
    if (m.variadic() && args.size() == expected - 1) {
      args.add(List.of());
    }
    if (args.size() == expected || (m.variadic() && args.size() >= expected)) {
      if (m.variadic() && args.size() > expected) {
        List<CToken> rest = new ArrayList<>(args.get(expected - 1));
        for (int i = expected; i < args.size(); i++) {
          rest.add(comma(at));
          rest.addAll(args.get(i));
        }
        args.subList(expected - 1, args.size()).clear();
        args.add(rest);
      }
      return true;
    }
    host.error(at, "macro " + m.name() + " takes " + expected + " argument(s) but " + args.size() + " were given");
    return false;
  }

  /** Reads {@code ( a, b )} from the input; returns the closing parenthesis, or null when it never comes. */
  private CToken collectArguments(Deque<CToken> in, List<List<CToken>> args, CToken use) {
    in.pollFirst();
    List<CToken> current = new ArrayList<>();
    int depth = 0;
    while (!in.isEmpty()) {
      CToken t = in.pollFirst();
      String text = t.getText();
      if (text.equals("(")) {
        depth++;
      } else if (text.equals(")")) {
        if (depth == 0) {
          args.add(current);
          return t;
        }
        depth--;
      } else if (text.equals(",") && depth == 0 && t.getType() != KernelCLexer.StringLiteral) {
        args.add(current);
        current = new ArrayList<>();
        continue;
      }
      current.add(t);
    }
    host.error(use, "unterminated argument list invoking macro " + use.getText());
    return null;
  }

  private List<CToken> substitute(Macro m, List<List<CToken>> args, Set<String> hs, CToken use) {
    List<CToken> body = m.body();
    List<CToken> res = new ArrayList<>();
    int n = body.size();
    for (int i = 0; i < n; i++) {
      CToken b = body.get(i);
      int param = m.paramIndex(b.getText());
      if (m.functionLike() && b.getType() == KernelCLexer.Hash && i + 1 < n && m.paramIndex(body.get(i + 1).getText()) >= 0) {
        res.add(stringify(args.get(m.paramIndex(body.get(i + 1).getText())), use, hs));
        i++;
      } else if (b.getType() == KernelCLexer.HashHash && i + 1 < n) {
        i++;
        paste(m, args, body.get(i), res, use, hs);
      } else if (param >= 0 && b.getType() == KernelCLexer.Identifier) {
        boolean pasteNext = i + 1 < n && body.get(i + 1).getType() == KernelCLexer.HashHash;
        List<CToken> arg = pasteNext ? args.get(param) : expand(args.get(param));
        if (arg.isEmpty() && pasteNext) {
          res.add(placemarker(use));
        }
        for (CToken a : arg) {
          res.add(new CToken(a.getType(), a.getText(), a.file(), a.getLine(), a.getCharPositionInLine(),
              union(a.hideset(), hs), a.spaceBefore()));
        }
      } else {
        res.add(b.expandedAt(use, hs, b.spaceBefore()));
      }
    }
    res.removeIf(t -> t.getType() == PLACEMARKER);
    return res;
  }

  private void paste(Macro m, List<List<CToken>> args, CToken rightToken, List<CToken> res, CToken use, Set<String> hs) {
    int param = m.paramIndex(rightToken.getText());
    List<CToken> rhs = param >= 0 ? args.get(param) : List.of(rightToken.expandedAt(use, hs, false));
    boolean vaComma = m.variadic() && param == m.params().size() - 1 && !res.isEmpty()
        && res.get(res.size() - 1).getText().equals(",");
    if (vaComma && rhs.isEmpty()) {
      res.remove(res.size() - 1);
      return;
    }
    if (rhs.isEmpty()) {
      return;
    }
    if (vaComma || res.isEmpty() || res.get(res.size() - 1).getType() == PLACEMARKER) {
      if (!res.isEmpty() && res.get(res.size() - 1).getType() == PLACEMARKER) {
        res.remove(res.size() - 1);
      }
      for (CToken a : rhs) {
        res.add(new CToken(a.getType(), a.getText(), a.file(), a.getLine(), a.getCharPositionInLine(),
            union(a.hideset(), hs), a.spaceBefore()));
      }
      return;
    }
    CToken left = res.remove(res.size() - 1);
    CToken pasted = SourceLexer.single(left.getText() + rhs.get(0).getText(), use, union(left.hideset(), hs));
    if (pasted == null) {
      host.error(use, "pasting \"" + left.getText() + "\" and \"" + rhs.get(0).getText()
          + "\" does not give a valid token");
      res.add(left);
      res.add(rhs.get(0));
    } else {
      res.add(pasted);
    }
    for (int k = 1; k < rhs.size(); k++) {
      CToken a = rhs.get(k);
      res.add(new CToken(a.getType(), a.getText(), a.file(), a.getLine(), a.getCharPositionInLine(),
          union(a.hideset(), hs), a.spaceBefore()));
    }
  }

  private static CToken stringify(List<CToken> arg, CToken use, Set<String> hs) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < arg.size(); i++) {
      CToken a = arg.get(i);
      if (i > 0 && a.spaceBefore()) {
        sb.append(' ');
      }
      String text = a.getText();
      if (a.getType() == KernelCLexer.StringLiteral || a.getType() == KernelCLexer.CharacterConstant) {
        text = text.replace("\\", "\\\\").replace("\"", "\\\"");
      }
      sb.append(text);
    }
    sb.append('"');
    return new CToken(KernelCLexer.StringLiteral, sb.toString(), use.file(), use.getLine(),
        use.getCharPositionInLine(), hs, use.spaceBefore());
  }

  private static CToken placemarker(CToken use) {
    return new CToken(PLACEMARKER, "", use.file(), use.getLine(), use.getCharPositionInLine(), Set.of(), false);
  }

  private static CToken comma(CToken at) {
    return new CToken(TokenTypes.COMMA, ",", at.file(), at.getLine(),
        at.getCharPositionInLine(), Set.of(), false);
  }

  private static void pushFront(Deque<CToken> in, List<CToken> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      in.addFirst(tokens.get(i));
    }
  }

  /**
   * The hide set plus one name. Results are kept per set instance, so the same sets come back as the same objects:
   * an expansion repeats a handful of hide sets over and over, and copying each anew was most of its cost.
   */
  private Set<String> with(Set<String> set, String name) {
    if (set.contains(name)) {
      return set;
    }
    Map<String, Set<String>> plus = withCache.computeIfAbsent(set, k -> new HashMap<>());
    return plus.computeIfAbsent(name, n -> {
      Set<String> s = new HashSet<>(set);
      s.add(n);
      return Set.copyOf(s);
    });
  }

  private final Map<Set<String>, Map<String, Set<String>>> withCache = new IdentityHashMap<>();

  private static Set<String> union(Set<String> a, Set<String> b) {
    // Hidesets are a few names, and in nested expansions one usually holds the other: then it is the union, shared.
    if (a.isEmpty() || b.containsAll(a)) {
      return b;
    }
    if (b.isEmpty() || a.containsAll(b)) {
      return a;
    }
    Set<String> s = new HashSet<>(a);
    s.addAll(b);
    return Set.copyOf(s);
  }

  private static Set<String> intersect(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Set.of();
    }
    Set<String> s = new HashSet<>(a);
    s.retainAll(b);
    return Set.copyOf(s);
  }
}
