package org.patchreview.diag;

/**
 * One problem found in an input, reported as {@code file:line:col: severity: message} with the offending line quoted.
 *
 * <p>Stages collect diagnostics in their results instead of throwing; the command line prints them one per line.
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message, String quotedLine) {

  /** How bad a diagnostic is. */
  public enum Severity {
    ERROR,
    WARNING,
    NOTE;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Diagnostic {
    if (severity == null || message == null) {
      throw new IllegalArgumentException("severity and message are required");
    }
    file = file == null ? "" : file;
    quotedLine = quotedLine == null ? "" : quotedLine;
  }

  public static Diagnostic error(String file, int line, int column, String message) {
    return new Diagnostic(Severity.ERROR, file, line, column, message, "");
  }

  public static Diagnostic error(String file, int line, String message) {
    return new Diagnostic(Severity.ERROR, file, line, 0, message, "");
  }

  public static Diagnostic warning(String file, int line, String message) {
    return new Diagnostic(Severity.WARNING, file, line, 0, message, "");
  }

  public static Diagnostic note(String file, int line, String message) {
    return new Diagnostic(Severity.NOTE, file, line, 0, message, "");
  }

  public Diagnostic quoting(String sourceLine) {
    return new Diagnostic(severity, file, line, column, message, sourceLine);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The one-line form: {@code file:line:col: error: message}; line and column are left out when unknown. */
  public String oneLine() {
    StringBuilder sb = new StringBuilder();
    if (!file.isEmpty()) {
      sb.append(file);
      if (line > 0) {
        sb.append(':').append(line);
        if (column > 0) {
          sb.append(':').append(column);
        }
      }
      sb.append(": ");
    }
    return sb.append(severity.label()).append(": ").append(message).toString();
  }

  /** The one-line form followed by the quoted source line, when there is one. */
  public String withQuote() {
    return quotedLine.isEmpty() ? oneLine() : oneLine() + "\n    " + quotedLine.strip();
  }

  @Override
  public String toString() {
    return oneLine();
  }
}
