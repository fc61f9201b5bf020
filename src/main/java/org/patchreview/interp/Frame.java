package org.patchreview.interp;

import org.patchreview.c.Span;

/** One activation of a C function: its stack region and the state of statements that leave early. */
final class Frame {
  final Machine machine;
  final Memory memory;
  final Region stack;
  final long base;
  final FunctionSymbol function;
  final Span callSite;
  long returnValue;
  String gotoLabel;
  long[] varargs;

  Frame(Machine machine, Region stack, FunctionSymbol function, Span callSite) {
    this.machine = machine;
    this.memory = machine.memory();
    this.stack = stack;
    this.base = stack == null ? 0 : stack.base;
    this.function = function;
    this.callSite = callSite;
  }
}
