package org.patchreview.patch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.patch.FileHeader;
import org.patchreview.mail.ParsedDiff;
import org.patchreview.mail.PatchMail;
import org.patchreview.tree.SourceTree;

/**
 * Applies patch mails to a {@link SourceTree} in memory with JGit, file by file and all or nothing per file.
 *
 * <p>A diff JGit cannot parse is never applied. Files the modelled tree lacks are left out ({@link
 * FileOutcome#OUTSIDE_MODEL}) rather than failing the patch, because the model holds only part of the kernel.
 */
public final class Patcher {

  private Patcher() {}

  /** Applies one mail to {@code tree}; the tree itself is never changed. */
  public static ApplyResult apply(SourceTree tree, PatchMail mail) {
    ParsedDiff diff = ParsedDiff.of(mail);
    if (diff.hasErrors()) {
      return new ApplyResult(tree, tree, List.of(), diff.diagnostics());
    }
    PatchRun run = new PatchRun(tree, mail, diff);
    try (InMemoryApplier jgit = new InMemoryApplier()) {
      jgit.preload(oldFiles(tree, diff));
      for (FileHeader file : diff.patch().getFiles()) {
        run.file(file, jgit);
      }
    } catch (IOException e) {
      // Nothing here touches a disk: an I/O error is a bug, not bad input.
      throw new UncheckedIOException("in-memory patching failed for " + mail.source(), e);
    }
    return run.result();
  }

  /** The files of the tree the patch reads, as they are before it. */
  private static Map<String, byte[]> oldFiles(SourceTree tree, ParsedDiff diff) {
    Map<String, byte[]> out = new TreeMap<>();
    for (FileHeader file : diff.patch().getFiles()) {
      if (file.getChangeType() != DiffEntry.ChangeType.ADD) {
        tree.read(file.getOldPath()).ifPresent(bytes -> out.put(file.getOldPath(), bytes));
      }
    }
    return out;
  }

  /** Applies mails in order, each to the tree the one before left; one result per mail. */
  public static List<ApplyResult> applySeries(SourceTree tree, List<PatchMail> mails) {
    List<ApplyResult> out = new ArrayList<>();
    SourceTree current = tree;
    for (PatchMail mail : mails) {
      ApplyResult result = apply(current, mail);
      out.add(result);
      current = result.after();
    }
    return out;
  }
}
