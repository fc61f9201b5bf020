package org.patchreview.patch;

import java.util.List;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.patch.FileHeader;
import org.patchreview.mail.ParsedDiff;

/**
 * What a patch does to one file, as JGit parsed it: the change, both paths, modes (0 when the diff gives none),
 * abbreviated blob ids of the {@code index} line ("" when absent), whether it is binary, its hunks, and the
 * {@code diff} line of the mail it starts on.
 */
record FilePatch(
    ChangeType change,
    String oldPath,
    String newPath,
    int oldMode,
    int newMode,
    String oldId,
    String newId,
    boolean binary,
    List<Hunk> hunks,
    int mailLine,
    String headerLine) {

  FilePatch {
    hunks = List.copyOf(hunks);
  }

  static FilePatch of(FileHeader fh, ParsedDiff diff) {
    ChangeType change = ChangeType.of(fh.getChangeType());
    // JGit leaves a path null when a header line names none (a "--- " with nothing after it): empty, and refused.
    return new FilePatch(change, change == ChangeType.ADD || fh.getOldPath() == null ? "" : fh.getOldPath(),
        change == ChangeType.DELETE || fh.getNewPath() == null ? "" : fh.getNewPath(), bits(fh.getOldMode()), bits(fh.getNewMode()),
        id(fh.getOldId()), id(fh.getNewId()), fh.getPatchType() != FileHeader.PatchType.UNIFIED,
        Hunk.of(fh, diff), diff.mailLine(fh.getStartOffset()), diff.lineText(fh.getStartOffset()));
  }

  private static int bits(FileMode mode) {
    return mode == null ? 0 : mode.getBits();
  }

  private static String id(AbbreviatedObjectId id) {
    return id == null ? "" : id.name();
  }

  /** The file as the report names it: its path after the patch, or the deleted path. */
  String path() {
    return change == ChangeType.DELETE ? oldPath : newPath;
  }

  /** Whether the lines the patch expects end in CR-LF, in which case a CR-LF file is compared as it is. */
  boolean crlf() {
    return hunks.stream().anyMatch(h -> h.preImage().stream().anyMatch(l -> l.endsWith("\r")));
  }

  /** The patch undone ({@code -R}), or null for a copy, which has no inverse a diff can express. */
  FilePatch reversed() {
    ChangeType undone = switch (change) {
      case ADD -> ChangeType.DELETE;
      case DELETE -> ChangeType.ADD;
      case MODIFY, RENAME -> change;
      case COPY -> null;
    };
    if (undone == null) {
      return null;
    }
    return new FilePatch(undone, newPath, oldPath, newMode, oldMode, newId, oldId, binary,
        hunks.stream().map(Hunk::reversed).toList(), mailLine, headerLine);
  }
}
