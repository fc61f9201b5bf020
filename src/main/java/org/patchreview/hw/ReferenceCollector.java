package org.patchreview.hw;

import java.util.function.Consumer;

/** Hands every reference in a value chunk to a consumer: those in cells, and optionally whole-value ones. */
final class ReferenceCollector implements DtValue.Visitor<Void> {
  private final Consumer<DtReference> sink;
  private final boolean cellsOnly;

  ReferenceCollector(Consumer<DtReference> sink, boolean cellsOnly) {
    this.sink = sink;
    this.cellsOnly = cellsOnly;
  }

  @Override
  public Void visitCells(DtValue.Cells cells) {
    cells.cells().forEach(c -> c.reference().ifPresent(sink));
    return null;
  }

  @Override
  public Void visitText(DtValue.Text text) {
    return null;
  }

  @Override
  public Void visitBytes(DtValue.Bytes bytes) {
    return null;
  }

  @Override
  public Void visitPathRef(DtValue.PathRef ref) {
    if (!cellsOnly) {
      sink.accept(ref.reference());
    }
    return null;
  }
}
