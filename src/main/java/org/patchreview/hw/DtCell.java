package org.patchreview.hw;

import java.util.Optional;

/** One element of a {@code <...>} array: a number, or a reference whose value is the target's phandle. */
public record DtCell(long value, Optional<DtReference> reference) {

  public static DtCell of(long value) {
    return new DtCell(value, Optional.empty());
  }

  public static DtCell ref(DtReference reference) {
    return new DtCell(0, Optional.of(reference));
  }
}
