package org.patchreview.patch;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.patch.FileHeader;
import org.patchreview.mail.ParsedDiff;
import org.patchreview.mail.PatchMail;
import org.patchreview.tree.SourceTree;

/**
 * Applies patch mails to a {@link SourceTree} in memory, file by file and all or nothing per file: JGit parses the
 * diff, {@link HunkLocator} places each hunk as JGit's {@code PatchApplier} would (plus fuzz, loose whitespace and
 * function anchoring) and writes the new content.
 *
 * <p>A diff JGit cannot parse is never applied. On the modelled kernel ({@link ApplyOptions#partialTree()}), files it
 * lacks are left out ({@link FileOutcome#OUTSIDE_MODEL}) rather than failing the patch, because the model holds only
 * part of the kernel.
 */
public final class Patcher {

  private Patcher() {}

  /** Applies one mail to the modelled kernel {@code tree}, exactly; the tree itself is never changed. */
  public static ApplyResult apply(SourceTree tree, PatchMail mail) {
    return apply(tree, mail, ApplyOptions.model());
  }

  /** Applies one mail to {@code tree} as {@code options} say; the tree itself is never changed. */
  public static ApplyResult apply(SourceTree tree, PatchMail mail, ApplyOptions options) {
    ParsedDiff diff = ParsedDiff.of(mail);
    if (diff.hasErrors()) {
      return new ApplyResult(tree, tree, List.of(), diff.diagnostics());
    }
    PatchRun run = new PatchRun(tree, mail, diff, options);
    for (FileHeader file : diff.patch().getFiles()) {
      run.file(file);
    }
    return run.result();
  }

  /** Applies mails in order to the modelled kernel, each to the tree the one before left; one result per mail. */
  public static List<ApplyResult> applySeries(SourceTree tree, List<PatchMail> mails) {
    return applySeries(tree, mails, ApplyOptions.model());
  }

  /**
   * Applies mails in order, each to the tree the one before left; one result per mail. In reverse, the series is
   * undone from its last mail to its first, and the results are still given in the mails' order.
   */
  public static List<ApplyResult> applySeries(SourceTree tree, List<PatchMail> mails, ApplyOptions options) {
    List<PatchMail> order = new ArrayList<>(mails);
    if (options.reverse()) {
      java.util.Collections.reverse(order);
    }
    List<ApplyResult> out = new ArrayList<>();
    SourceTree current = tree;
    for (PatchMail mail : order) {
      ApplyResult result = apply(current, mail, options);
      out.add(result);
      current = result.after();
    }
    if (options.reverse()) {
      java.util.Collections.reverse(out);
    }
    return out;
  }
}
