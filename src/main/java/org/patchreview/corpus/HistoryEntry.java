package org.patchreview.corpus;

import java.util.List;
import java.util.function.Supplier;
import org.patchreview.mail.PatchMail;

/**
 * One patch of the modelled kernel's history: where it sits in the chain, the state before and after it, and the
 * upstream commit it models ({@code Link:} trailer) and those it says it fixes ({@code Fixes:}). Its mail may be
 * parsed only when first asked for ({@link HistorySnapshot}).
 */
public record HistoryEntry(String name, Kind kind, String tag, String after, Supplier<PatchMail> source,
    String upstream, List<String> fixes) {

  public HistoryEntry(String name, Kind kind, String tag, String after, PatchMail mail, String upstream,
      List<String> fixes) {
    this(name, kind, tag, after, () -> mail, upstream, fixes);
  }

  /** The entry's patch mail. */
  public PatchMail mail() {
    return source.get();
  }

  /** Where an entry sits: before the bundled kernel (already in it), after it on the main line, or on a side branch. */
  public enum Kind {
    EARLIER, LATER, SIDE
  }

  /** Whether {@code id} (12 or more hex digits, as Fixes: tags give them) names this entry's upstream commit. */
  public boolean isUpstream(String id) {
    return !upstream.isEmpty() && id.length() >= 7 && (upstream.startsWith(id) || id.startsWith(upstream));
  }
}
