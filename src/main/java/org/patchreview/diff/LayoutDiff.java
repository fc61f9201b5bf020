package org.patchreview.diff;

import java.util.List;

/**
 * How a struct the patch touches is laid out before and after it under one config; {@code before} or {@code after}
 * is null when the struct is new or removed. {@code notes} say what the change means beyond the numbers.
 */
public record LayoutDiff(String struct, String config, StructLayoutView before, StructLayoutView after,
    List<String> notes) {

  public boolean sizeChanged() {
    return before == null || after == null || before.size() != after.size();
  }
}
