package org.patchreview.patch;

import java.util.List;

/**
 * How the patch went for one file. {@code path} is the file after the patch (the deleted file for a deletion),
 * {@code oldPath} the file before it (empty for a new file).
 */
public record FileResult(
    String path, String oldPath, ChangeType change, FileOutcome outcome, List<HunkResult> hunks, String message) {

  public FileResult {
    oldPath = oldPath == null ? "" : oldPath;
    hunks = List.copyOf(hunks);
    message = message == null ? "" : message;
  }
}
