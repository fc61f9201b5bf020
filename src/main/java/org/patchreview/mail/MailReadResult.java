package org.patchreview.mail;

import java.util.List;
import org.patchreview.diag.Diagnostic;

/**
 * What {@link MailReader} found: the patches in input order, the messages that carry no diff (cover letters,
 * replies), and the problems met on the way.
 *
 * <p>A patch whose diff JGit cannot parse is still listed (so that it can be reported) with an error diagnostic;
 * the patch stage refuses to apply it.
 */
public record MailReadResult(List<PatchMail> patches, List<MailMessage> otherMessages, List<Diagnostic> diagnostics) {

  public MailReadResult {
    patches = List.copyOf(patches);
    otherMessages = List.copyOf(otherMessages);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
