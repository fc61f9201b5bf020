package org.patchreview;

import java.util.Map;
import java.util.function.Predicate;
import org.patchreview.corpus.History;
import org.patchreview.tree.SourceTree;

/**
 * What a mail's {@code base-commit:} says about the base: the modelled state after the history entry that models that
 * commit ({@code state}; null when none does, or when the patch does not apply there), and the words a report adds to
 * the base's name ({@code why}: empty when the mail names no base, else starting with " (" for the state it names and
 * with "; " for a note beside another choice).
 */
record BaseCommit(Map.Entry<String, SourceTree> state, String why) {
  private static final BaseCommit NONE = new BaseCommit(null, "");

  static BaseCommit of(String commit, History history, Predicate<SourceTree> applies) {
    if (commit == null) {
      return NONE;
    }
    String shown = commit.substring(0, Math.min(12, commit.length()));
    Map.Entry<String, SourceTree> named = history.upstreamState(commit).orElse(null);
    if (named == null) {
      return new BaseCommit(null, "; the mail's base-commit " + shown + " is unknown to the model");
    }
    if (!applies.test(named.getValue())) {
      return new BaseCommit(null, "; the mail's base-commit " + shown + " is " + named.getKey()
          + " in the model, where the patch does not apply");
    }
    return new BaseCommit(named, " (the mail's base-commit " + shown + ", which the modelled history holds)");
  }
}
