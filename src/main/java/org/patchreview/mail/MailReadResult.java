package org.patchreview.mail;

import java.util.List;
import org.patchreview.diag.Diagnostic;

/**
 * What {@link MailReader} found: the patches to apply, in order (the chosen version of a series, by index), the
 * messages that are not patches (cover letters, replies; headers only, bodies are not kept), the problems met on the
 * way, the series the patches form, and per patch ({@code facts}, parallel to {@code patches}) the trailers replies
 * gave it and the checks of its message.
 *
 * <p>A patch whose diff JGit cannot parse is still listed (so that it can be reported) with an error diagnostic;
 * the patch stage refuses to apply it.
 */
public record MailReadResult(List<PatchMail> patches, List<MailMessage> otherMessages, List<Diagnostic> diagnostics,
    Series series, List<PatchFacts> facts) {

  public MailReadResult {
    patches = List.copyOf(patches);
    otherMessages = List.copyOf(otherMessages);
    diagnostics = List.copyOf(diagnostics);
    facts = List.copyOf(facts);
    if (facts.size() != patches.size()) {
      throw new IllegalArgumentException("one PatchFacts per patch: " + facts.size() + " for " + patches.size());
    }
  }

  /** A result without series or facts (each patch gets {@link PatchFacts#NONE}). */
  public MailReadResult(List<PatchMail> patches, List<MailMessage> otherMessages, List<Diagnostic> diagnostics) {
    this(patches, otherMessages, diagnostics, Series.NONE,
        patches.stream().map(p -> PatchFacts.NONE).toList());
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The facts of the {@code i}-th patch. */
  public PatchFacts factsOf(int i) {
    return facts.get(i);
  }
}
