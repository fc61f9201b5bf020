package org.patchreview.c;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.AtomTransition;
import org.antlr.v4.runtime.atn.EpsilonTransition;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.Transition;
import org.patchreview.grammar.KernelCLexer;

/** The words a lexer rule made of literal alternatives accepts, read from the grammar's ATN (for {@link FastLexer}). */
final class RuleWords {
  private static final int MAX_WORDS = 10_000;
  private static final int MAX_LENGTH = 64;

  private RuleWords() {}

  /** The rule's words, or null when the rule is not a finite list of literals. */
  static List<String> of(ATN atn, String rule) {
    int index = List.of(KernelCLexer.ruleNames).indexOf(rule);
    if (index < 0) {
      return null;
    }
    List<String> out = new ArrayList<>();
    return walk(atn.ruleToStartState[index], new StringBuilder(), out, 0) ? out : null;
  }

  /** Depth-first over the rule's states; a loop, a set or a range (or too deep a path) means not a word list. */
  private static boolean walk(ATNState state, StringBuilder prefix, List<String> out, int depth) {
    if (state instanceof RuleStopState) {
      out.add(prefix.toString());
      return out.size() <= MAX_WORDS;
    }
    if (prefix.length() > MAX_LENGTH || depth > 4 * MAX_LENGTH || state.getNumberOfTransitions() == 0) {
      return false;
    }
    for (int i = 0; i < state.getNumberOfTransitions(); i++) {
      Transition t = state.transition(i);
      if (t instanceof AtomTransition a) {
        prefix.append((char) a.label);
        boolean ok = walk(t.target, prefix, out, depth + 1);
        prefix.setLength(prefix.length() - 1);
        if (!ok) {
          return false;
        }
      } else if (t instanceof EpsilonTransition) {
        if (!walk(t.target, prefix, out, depth + 1)) {
          return false;
        }
      } else {
        return false;
      }
    }
    return true;
  }
}
