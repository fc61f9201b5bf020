package org.patchreview.interp;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.patchreview.c.Type;

/** The local names of the function being compiled, block by block, and the layout of its frame. */
final class Scope {
  /** A local variable: its type and offset in the frame. */
  record Local(String name, Type type, int offset) {}

  private final Deque<Map<String, Local>> blocks = new ArrayDeque<>();
  private final Map<String, GlobalSymbol> statics = new HashMap<>();
  final FunctionSymbol function;
  private int frameSize;
  private static final int REDZONE = 8;
  private final java.util.List<int[]> redzones = new java.util.ArrayList<>();

  /** One byte per frame byte, non-zero in the redzones; null when the frame has none. */
  byte[] poison() {
    if (redzones.isEmpty()) {
      return null;
    }
    byte[] p = new byte[frameSize()];
    for (int[] r : redzones) {
      java.util.Arrays.fill(p, r[0], Math.min(p.length, r[0] + r[1]), (byte) 1);
    }
    return p;
  }

  Scope(FunctionSymbol function) {
    this.function = function;
    push();
  }

  void push() {
    blocks.push(new HashMap<>());
  }

  void pop() {
    blocks.pop();
  }

  /**
   * The most a function's locals may take: 1 MiB, 128 times the kernel's 8 KiB stack on ARM, so that a call never
   * makes the interpreter allocate a frame of gigabytes.
   */
  static final int MAX_FRAME = 1 << 20;

  Local declare(String name, Type type) {
    if ((long) frameSize + type.size() + REDZONE + 8 > MAX_FRAME) {
      throw new CompileError(null, "local " + (name.isEmpty() ? "object" : name) + " (" + type.size()
          + " bytes) makes the frame of " + function.name + " larger than the " + MAX_FRAME / 1024
          + " KiB review gives a function's locals (the kernel's stack is 8 KiB)");
    }
    int align = Math.max(1, Math.min(type.align(), 8));
    frameSize = (frameSize + align - 1) / align * align;
    Local l = new Local(name, type, frameSize);
    frameSize += Math.max(type.size(), 1);
    if (type instanceof Type.Array || type instanceof Type.Struct) {
      // A redzone after an array or struct, as KASAN puts around stack objects, so an overrun is caught.
      redzones.add(new int[] {frameSize, REDZONE});
      frameSize += REDZONE;
    }
    if (!name.isEmpty()) {
      blocks.peek().put(name, l);
    }
    return l;
  }

  /** A function-scope {@code static} variable, visible in the block that declares it. */
  void declareStatic(String name, GlobalSymbol g) {
    statics.put(blocks.size() + ":" + name, g);
    blocks.peek().put(name, new Local(name, g.type, -1));
  }

  GlobalSymbol staticNamed(String name) {
    for (int depth = blocks.size(); depth > 0; depth--) {
      GlobalSymbol g = statics.get(depth + ":" + name);
      if (g != null) {
        return g;
      }
    }
    return null;
  }

  Local lookup(String name) {
    for (Map<String, Local> b : blocks) {
      Local l = b.get(name);
      if (l != null) {
        return l;
      }
    }
    return null;
  }

  int frameSize() {
    return (frameSize + 7) / 8 * 8;
  }
}
