package org.patchreview.interp;

import org.patchreview.c.Type;

/** A function lowered to executable nodes: the frame layout and the body. */
final class CompiledFunction {
  final FunctionSymbol symbol;
  final int frameSize;
  final int[] paramOffsets;
  final Type[] paramTypes;
  final StmtNode body;
  final String brokenReason;
  /** The frame's redzones (see {@link Scope#poison()}), shared by every activation; null for none. */
  byte[] poison;
  /** What could not be compiled (those statements fault when reached). */
  final java.util.List<org.patchreview.diag.Diagnostic> problems = new java.util.ArrayList<>();

  CompiledFunction(FunctionSymbol symbol, int frameSize, int[] paramOffsets, Type[] paramTypes, StmtNode body,
      String brokenReason) {
    this.symbol = symbol;
    this.frameSize = frameSize;
    this.paramOffsets = paramOffsets;
    this.paramTypes = paramTypes;
    this.body = body;
    this.brokenReason = brokenReason;
  }
}
