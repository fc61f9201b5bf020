package org.patchreview.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.patch.FormatError;
import org.eclipse.jgit.patch.Patch;
import org.patchreview.diag.Diagnostic;

/**
 * The diff of a {@link PatchMail} parsed by JGit, with byte offsets mapped back to lines of the mail.
 *
 * <p>Shared by the mail stage (which reports malformed diffs) and the patch stage (which applies them), so that both
 * read the diff the same way and point at the same lines.
 */
public final class ParsedDiff {
  private final PatchMail mail;
  private final byte[] bytes;
  private final Patch patch;
  private final List<Diagnostic> diagnostics;

  private ParsedDiff(PatchMail mail) {
    this.mail = mail;
    this.bytes = mail.diff().getBytes(StandardCharsets.UTF_8);
    this.patch = new Patch();
    patch.parse(bytes, 0, bytes.length);
    this.diagnostics = List.copyOf(diagnose());
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
    int line = mail.diffLine();
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
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

  private List<Diagnostic> diagnose() {
    List<Diagnostic> out = new ArrayList<>();
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
