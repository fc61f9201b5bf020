package org.patchreview.mail;

import java.util.List;
import org.patchreview.diag.Diagnostic;

/**
 * What the mail stage learnt about one patch besides the patch itself: trailers given in replies (collected or not),
 * the message checks, and, for a diff recovered from a reply that quotes it, which reply and what quoting damaged.
 */
public record PatchFacts(List<CollectedTrailer> fromReplies, List<MessageCheck> checks, String recoveredFrom,
    List<Diagnostic> quoteRepairs) {

  public static final PatchFacts NONE = new PatchFacts(List.of(), List.of(), "", List.of());

  public PatchFacts {
    fromReplies = List.copyOf(fromReplies);
    checks = List.copyOf(checks);
    quoteRepairs = List.copyOf(quoteRepairs);
  }

  public List<CollectedTrailer> collected() {
    return fromReplies.stream().filter(CollectedTrailer::collected).toList();
  }

  public List<CollectedTrailer> notCollected() {
    return fromReplies.stream().filter(t -> !t.collected()).toList();
  }

  /** Whether the diff comes from a reply quoting it rather than from the patch mail. */
  public boolean recovered() {
    return !recoveredFrom.isEmpty();
  }
}
