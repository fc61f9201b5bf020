package org.patchreview.mail;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
  /** The trailer git format-patch --base and b4 write below the diff (or a cover letter) with the base's commit id. */
  private static final Pattern BASE_COMMIT = Pattern.compile("(?m)^base-commit:\\s*([0-9a-fA-F]{7,64})\\s*$");

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

  /** The commit a {@code base-commit:} line of the mails names (patches first, then cover letters), or null. */
  public String baseCommit() {
    Stream<String> texts = Stream.concat(patches.stream().flatMap(p -> Stream.of(p.diff(), p.message())),
        otherMessages.stream().map(MailMessage::body));
    return texts.map(BASE_COMMIT::matcher).filter(Matcher::find).map(m -> m.group(1).toLowerCase(java.util.Locale.ROOT))
        .findFirst().orElse(null);
  }
}
