package org.patchreview.mail;

import java.util.Locale;

/**
 * One fact checked on a patch mail: the Fixes: tag's form, the author's Signed-off-by, Link:, Cc: stable, or a
 * Unicode bidirectional control character (Trojan Source). {@code line} is the line of the mail, 0 when unknown.
 */
public record MessageCheck(String check, Level level, String message, String source, int line) {

  /** How a check came out: as it should be, a plain fact, or something a reviewer must look at. */
  public enum Level {
    OK, INFO, WARNING;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code file:line}, or the file alone when the line is unknown. */
  public String location() {
    return line > 0 ? source + ":" + line : source;
  }
}
