package org.patchreview.interp;

/** The fixed layout of a run's 32-bit address space (see corpus/README.md). */
public final class AddressSpace {
  public static final long NULL_PAGE_END = 0x1000L;
  public static final long STACK_BASE = 0xA0000000L;
  public static final long STACK_END = 0xBE000000L;
  public static final long TEXT_BASE = 0xBF000000L;
  public static final long DATA_BASE = 0xBF200000L;
  public static final long STRING_BASE = 0xBFA00000L;
  /** Strings and other read-only data made while a run goes (device-tree names): after the program's own. */
  public static final long RUNTIME_DATA_BASE = 0xBFF00000L;
  public static final long IMAGE_END = 0xC0000000L;
  public static final long HEAP_BASE = 0xC0000000L;
  public static final long HEAP_END = 0xF0000000L;
  public static final long VMALLOC_BASE = 0xF0000000L;
  public static final long VMALLOC_END = 0xFF000000L;
  /** The lowest ERR_PTR value, {@code -MAX_ERRNO} as an unsigned 32-bit address. */
  public static final long ERR_PTR_BASE = 0xFFFFF001L;
  /** Lowmem is mapped linearly: {@code phys = virt - PAGE_OFFSET + PHYS_OFFSET}. */
  public static final long PAGE_OFFSET = 0xC0000000L;
  public static final long PHYS_OFFSET = 0x40000000L;

  private AddressSpace() {}

  public static boolean isErrPtr(long addr) {
    return addr >= ERR_PTR_BASE && addr <= 0xFFFFFFFFL;
  }

  public static boolean isNullPage(long addr) {
    return addr >= 0 && addr < NULL_PAGE_END;
  }

  /** {@code ERR_PTR(-12)} for an error pointer. */
  public static String errPtr(long addr) {
    return "ERR_PTR(" + (int) addr + ")";
  }
}
