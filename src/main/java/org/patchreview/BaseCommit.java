package org.patchreview;

import java.util.Map;
import org.patchreview.corpus.History;
import org.patchreview.tree.SourceTree;

/**
 * What a mail's {@code base-commit:} says about the base: the modelled state after the history entry that models that
 * commit ({@code state}, null when none does), and the words a report adds to the base's name ({@code why}: empty
 * when the mail names no base, else starting with "; " or " (").
 */
record BaseCommit(Map.Entry<String, SourceTree> state, String why) {
  private static final BaseCommit NONE = new BaseCommit(null, "");

  static BaseCommit of(String commit, History history) {
    if (commit == null) {
      return NONE;
    }
    String shown = commit.substring(0, Math.min(12, commit.length()));
    return history.upstreamState(commit)
        .map(s -> new BaseCommit(s, " (the mail's base-commit " + shown + ", which the modelled history holds)"))
        .orElseGet(() -> new BaseCommit(null, "; the mail's base-commit " + shown + " is unknown to the model"));
  }
}
