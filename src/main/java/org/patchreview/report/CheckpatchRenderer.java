package org.patchreview.report;

import java.util.List;
import org.patchreview.diag.Diagnostic;

/**
 * The findings as {@code checkpatch.pl --terse} prints its own, one a line, for b4's
 * {@code b4.am-perpatch-check-cmd} (b4 0.14 and later): {@code FILE:LINE: ERROR: ...} for a new problem, a patch that
 * does not apply or compile and Trojan Source, {@code WARNING: ...} for a message-form warning, an unconfirmed
 * Fixes: claim and behaviour that differs with no problem added or removed. b4 marks every line it reads as a
 * warning unless it holds {@code ERROR:}, so what passes prints nothing: no line for a problem a fix removes.
 */
public final class CheckpatchRenderer {
  private CheckpatchRenderer() {}

  public static String render(Report r) {
    return render(Aspect.of(r));
  }

  /** The patch could not be replayed: one ERROR line per reason. */
  public static String notReplayed(List<Diagnostic> errors) {
    return render(Aspect.failed(errors));
  }

  private static String render(List<Aspect> aspects) {
    StringBuilder out = new StringBuilder();
    for (Aspect a : aspects) {
      if (a.status() == Aspect.Status.PASS) {
        continue;
      }
      List<Aspect.Item> shown = a.items().stream().filter(i -> i.status() == a.status()).toList();
      if (a.name().equals("behaviour") && a.status() == Aspect.Status.WARN) {
        // Differences with no problem in them are one warning, not one per changed field.
        line(out, a.status(), null, a.summary() + (shown.isEmpty() ? "" : ", e.g. " + shown.get(0).description()));
        continue;
      }
      if (shown.isEmpty()) {
        line(out, a.status(), null, a.summary());
      }
      shown.forEach(i -> line(out, i.status(), i.location(), i.description()));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, Aspect.Status status, Finding.Location at, String text) {
    if (at != null && at.line() > 0) {
      out.append(at.file()).append(':').append(at.line()).append(": ");
    }
    out.append(status.checkpatch).append(": ").append(text.replace('\n', ' ')).append('\n');
  }
}
