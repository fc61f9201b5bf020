package org.patchreview.interp;

/** What went wrong in interpreted C. The names are the report's words for them. */
public enum FaultKind {
  NULL_DEREFERENCE("NULL pointer dereference"),
  ERR_PTR_DEREFERENCE("ERR_PTR dereference"),
  USE_AFTER_FREE("use after free"),
  USE_AFTER_RETURN("use of a stack frame after return"),
  DOUBLE_FREE("double free"),
  INVALID_FREE("invalid free"),
  OUT_OF_BOUNDS("out-of-bounds access"),
  UNINITIALIZED_READ("use of uninitialized memory"),
  WILD_ACCESS("access to unmapped memory"),
  READ_ONLY_WRITE("write to read-only memory"),
  BAD_CALL("call through a bad function pointer"),
  UNDEFINED_FUNCTION("call to a function with no body"),
  DIVISION_BY_ZERO("division by zero"),
  SHIFT_OUT_OF_RANGE("shift out of range"),
  LOCK_MISUSE("lock misuse"),
  BUG("kernel BUG"),
  UNSUPPORTED("unsupported C"),
  HANG("step budget exhausted (hang)"),
  RUNAWAY("call depth or heap budget exhausted (runaway)");

  public final String words;

  FaultKind(String words) {
    this.words = words;
  }

  /** Faults that stop the current action, as an oops stops the task; the others are reported and execution goes on. */
  public boolean fatal() {
    return switch (this) {
      case USE_AFTER_FREE, USE_AFTER_RETURN, DOUBLE_FREE, INVALID_FREE, OUT_OF_BOUNDS, LOCK_MISUSE,
          UNINITIALIZED_READ -> false;
      default -> true;
    };
  }
}
