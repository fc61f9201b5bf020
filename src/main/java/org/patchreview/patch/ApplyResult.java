package org.patchreview.patch;

import java.util.List;
import org.patchreview.diag.Diagnostic;
import org.patchreview.tree.SourceTree;

/**
 * The outcome of applying one patch mail: the trees before and after, one result per file, and diagnostics.
 *
 * <p>Files are all or nothing: {@code after} holds the new content of every {@link FileOutcome#APPLIED} file and the
 * old content of every other one.
 */
public record ApplyResult(SourceTree before, SourceTree after, List<FileResult> files, List<Diagnostic> diagnostics) {

  public ApplyResult {
    files = List.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
  }

  /** True when no file failed or was refused and at least one file was applied. */
  public boolean applied() {
    return files.stream().noneMatch(f -> f.outcome() == FileOutcome.FAILED || f.outcome() == FileOutcome.REFUSED)
        && files.stream().anyMatch(f -> f.outcome() == FileOutcome.APPLIED);
  }

  /** The files the patch touches that the modelled tree lacks. */
  public List<FileResult> outsideModel() {
    return files.stream().filter(f -> f.outcome() == FileOutcome.OUTSIDE_MODEL).toList();
  }

  /** The files whose hunks did not all apply, or that were refused. */
  public List<FileResult> failed() {
    return files.stream().filter(f -> f.outcome() == FileOutcome.FAILED || f.outcome() == FileOutcome.REFUSED)
        .toList();
  }
}
