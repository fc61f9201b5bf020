package org.patchreview.hw;

/**
 * A reference to a node as written, {@code &label} or {@code &{/path}}, with the path it resolved to.
 *
 * <p>The label is empty for a path reference; the path is empty until the tree is assembled.
 */
public record DtReference(String label, String path) {

  public static DtReference toLabel(String label) {
    return new DtReference(label, "");
  }

  public static DtReference toPath(String path) {
    return new DtReference("", path);
  }

  public boolean isByLabel() {
    return !label.isEmpty();
  }

  public DtReference resolvedTo(String targetPath) {
    return new DtReference(label, targetPath);
  }

  /** The reference as it is written in source. */
  public String written() {
    return isByLabel() ? "&" + label : "&{" + path + "}";
  }
}
