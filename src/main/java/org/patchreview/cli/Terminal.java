package org.patchreview.cli;

import java.util.Map;
import java.util.Properties;

/**
 * What the command line knows of where its output goes: whether standard output and standard error are terminals
 * (the launcher tells, since Java cannot ask for each stream: {@code -Dreview.stdout.tty=1}, {@code
 * -Dreview.stderr.tty=1}; without it, a console means both are), the width to wrap at ({@code COLUMNS}, else 100),
 * and whether {@code NO_COLOR} is set to a non-empty value (no-color.org).
 */
record Terminal(boolean stdoutTty, boolean stderrTty, int columns, boolean noColor) {
  static final int DEFAULT_COLUMNS = 100;

  static Terminal detect(Map<String, String> env, Properties props, boolean console) {
    boolean out = flag(props.getProperty("review.stdout.tty"), console);
    boolean err = flag(props.getProperty("review.stderr.tty"), console);
    String noColor = env.get("NO_COLOR");
    return new Terminal(out, err, columns(env.get("COLUMNS")), noColor != null && !noColor.isEmpty());
  }

  static Terminal current() {
    return detect(System.getenv(), System.getProperties(), System.console() != null);
  }

  private static boolean flag(String value, boolean otherwise) {
    return value == null || value.isEmpty() ? otherwise : value.equals("1") || value.equals("true");
  }

  private static int columns(String value) {
    try {
      int n = value == null ? 0 : Integer.parseInt(value.strip());
      return n > 0 ? n : DEFAULT_COLUMNS;
    } catch (NumberFormatException e) {
      return DEFAULT_COLUMNS;
    }
  }

  /** Colour for {@code --color WHEN}: always, never, or (auto) on a terminal unless NO_COLOR is set. */
  boolean colour(String when) {
    return switch (when) {
      case "always" -> true;
      case "never" -> false;
      default -> stdoutTty && !noColor;
    };
  }
}
