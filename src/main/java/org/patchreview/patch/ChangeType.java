package org.patchreview.patch;

import java.util.Locale;

/** What a patch does to one file. */
public enum ChangeType {
  MODIFY,
  ADD,
  DELETE,
  RENAME,
  COPY;

  /** The lower-case name used in JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static ChangeType of(org.eclipse.jgit.diff.DiffEntry.ChangeType jgit) {
    return valueOf(jgit.name());
  }
}
