package org.patchreview.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.patch.FormatError;
import org.eclipse.jgit.patch.Patch;
import org.patchreview.diag.Diagnostic;

/**
 * The diff of a {@link PatchMail} parsed by JGit, hunks bounded by their line counts ({@link DiffCut}), with byte
 * offsets mapped back to lines of the mail.
 *
 * <p>Shared by the mail stage (which reports malformed diffs) and the patch stage (which applies them), so that both
 * read the diff the same way and point at the same lines.
 */
public final class ParsedDiff {
  private final PatchMail mail;
  private final byte[] bytes;
  private final Patch patch;
  private final List<Diagnostic> diagnostics;
  /** The byte offset where each line of {@code bytes} starts. */
  private final int[] lineStarts;
  /** For each line of {@code bytes}, its 0-based line in the mail's diff (lines past a hunk's counts are cut). */
  private final int[] diffLines;

  private ParsedDiff(PatchMail mail) {
    this.mail = mail;
    DiffCut cut = DiffCut.of(mail.diff(), mail.source(), mail.diffLine());
    this.bytes = cut.text().getBytes(StandardCharsets.UTF_8);
    this.diffLines = cut.lines();
    this.lineStarts = lineStarts(bytes);
    List<Diagnostic> out = new ArrayList<>(cut.diagnostics());
    Patch parsed = new Patch();
    if (out.stream().noneMatch(Diagnostic::isError)) {
      try {
        parsed.parse(bytes, 0, bytes.length);
      } catch (RuntimeException e) {
        // JGit throws on header values it cannot read; DiffCut catches the known ones, this is the rest.
        parsed = new Patch();
        out.add(Diagnostic.error(mail.source(), mail.diffLine(), "malformed diff: a file header cannot be read;"
            + " this patch cannot be applied").quoting(lineText(0)));
      }
    }
    this.patch = parsed;
    this.diagnostics = List.copyOf(diagnose(out));
  }

  public static ParsedDiff of(PatchMail mail) {
    return new ParsedDiff(mail);
  }

  /** JGit's view of the diff; never apply it when {@link #hasErrors()}. */
  public Patch patch() {
    return patch;
  }

  /** JGit's format errors and warnings, as diagnostics on the mail's lines. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /**
   * The line of the mail holding byte {@code offset} of the diff: exact for 7bit and 8bit bodies, later by the
   * number of soft line breaks above it for quoted-printable, the line where the body starts for base64 parts.
   */
  public int mailLine(int offset) {
    if (lineStarts.length == 0) {
      return mail.diffLine();
    }
    int at = java.util.Arrays.binarySearch(lineStarts, Math.max(0, offset));
    int line = at >= 0 ? at : -at - 2;
    return mail.diffLine() + diffLines[Math.min(line, diffLines.length - 1)];
  }

  private static int[] lineStarts(byte[] bytes) {
    int n = 0;
    for (int i = 0; i < bytes.length; i++) {
      n += bytes[i] == '\n' && i + 1 < bytes.length ? 1 : 0;
    }
    int[] out = new int[bytes.length == 0 ? 0 : n + 1];
    for (int i = 0, k = 1; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\n') {
        out[k++] = i + 1;
      }
    }
    return out;
  }

  /** The text of the diff line holding byte {@code offset}, without its ending. */
  public String lineText(int offset) {
    int start = Math.min(offset, bytes.length);
    while (start > 0 && bytes[start - 1] != '\n') {
      start--;
    }
    int end = start;
    while (end < bytes.length && bytes[end] != '\n') {
      end++;
    }
    return new String(bytes, start, end - start, StandardCharsets.UTF_8);
  }

  private List<Diagnostic> diagnose(List<Diagnostic> out) {
    for (FormatError e : patch.getErrors()) {
      String what = lowerFirst(e.getMessage().strip());
      Diagnostic d = e.getSeverity() == FormatError.Severity.ERROR
          ? Diagnostic.error(mail.source(), mailLine(e.getOffset()),
              "malformed diff: " + what + "; this patch cannot be applied")
          : Diagnostic.warning(mail.source(), mailLine(e.getOffset()), "suspicious diff: " + what);
      out.add(d.quoting(lineText(e.getOffset())));
    }
    if (patch.getFiles().isEmpty() && out.stream().noneMatch(Diagnostic::isError)) {
      out.add(Diagnostic.error(mail.source(), mail.diffLine(), "malformed diff: it names no file to patch")
          .quoting(lineText(0)));
    }
    return out;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }
}
