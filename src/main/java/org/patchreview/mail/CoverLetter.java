package org.patchreview.mail;

import java.util.List;

/**
 * The 0/N message of a series as the report shows it: what the author says about the whole series, and the checks
 * that apply to text that is read but never applied (Trojan Source).
 */
public record CoverLetter(String subject, String rawSubject, String authorName, String authorEmail, String messageId,
    String body, String source, int line, List<MessageCheck> checks) {

  public CoverLetter {
    checks = List.copyOf(checks);
  }
}
