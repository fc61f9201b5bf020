package org.patchreview.interp;

import org.patchreview.c.Conversions;
import org.patchreview.c.Expr;
import org.patchreview.c.Type;

/** The nodes that designate objects: variables, dereferences, members, elements and bitfields. */
final class Lvalues {
  private Lvalues() {}

  /** A local variable or parameter at a fixed offset in the frame. */
  static final class Local extends LvalueNode {
    private final int offset;
    private final int size;
    private final Type.IntKind kind;
    private final boolean pointer;

    Local(Type type, int offset, Expr source) {
      super(type, source);
      this.offset = offset;
      this.kind = type instanceof Type.Int i ? i.kind() : null;
      this.pointer = type instanceof Type.Pointer;
      this.size = kind != null ? kind.size : 4;
    }

    @Override
    long address(Frame f) {
      return f.base + offset;
    }

    @Override
    long eval(Frame f) {
      if (kind != null) {
        return Conversions.normalise(f.stack.read(offset, size), kind);
      }
      if (pointer) {
        return f.stack.read(offset, 4);
      }
      return super.eval(f);
    }

    @Override
    long assign(Frame f, long value) {
      if (kind != null || pointer) {
        f.stack.write(offset, size, value);
        return value;
      }
      return super.assign(f, value);
    }
  }

  /** A global variable or string literal: a fixed address in the program image. */
  static final class Global extends LvalueNode {
    private final long address;

    Global(Type type, long address, Expr source) {
      super(type, source);
      this.address = address;
    }

    @Override
    long address(Frame f) {
      return address;
    }
  }

  /** {@code *p}: the object a pointer points to. */
  static final class Deref extends LvalueNode {
    private final ExprNode pointer;

    Deref(Type type, ExprNode pointer, Expr source) {
      super(type, source);
      this.pointer = pointer;
    }

    @Override
    long address(Frame f) {
      return pointer.eval(f);
    }
  }

  /** {@code s.m} (and {@code p->m} as {@code (*p).m}): an offset into the struct's storage. */
  static final class Member extends LvalueNode {
    private final LvalueNode base;
    private final int offset;

    Member(Type type, LvalueNode base, int offset, Expr source) {
      super(type, source);
      this.base = base;
      this.offset = offset;
    }

    @Override
    long address(Frame f) {
      return base.address(f) + offset;
    }
  }

  /** A member of a struct value that is not an object (a struct returned by a call). */
  static final class ValueMember extends LvalueNode {
    private final ExprNode base;
    private final int offset;

    ValueMember(Type type, ExprNode base, int offset, Expr source) {
      super(type, source);
      this.base = base;
      this.offset = offset;
    }

    @Override
    long address(Frame f) {
      return base.eval(f) + offset;
    }
  }

  /** {@code p[i]} with {@code p} already a pointer (arrays decay before indexing). */
  static final class Index extends LvalueNode {
    private final ExprNode pointer;
    private final ExprNode index;
    private final int scale;

    Index(Type type, ExprNode pointer, ExprNode index, int scale, Expr source) {
      super(type, source);
      this.pointer = pointer;
      this.index = index;
      this.scale = scale;
    }

    @Override
    long address(Frame f) {
      return pointer.eval(f) + index.eval(f) * scale;
    }
  }

  /**
   * A bitfield: read and written as its declared type's storage unit, masked and shifted (little-endian), so that
   * neighbouring fields in the unit are preserved and a value wider than the field is truncated.
   */
  static final class Bitfield extends LvalueNode {
    private final LvalueNode struct;
    private final int unitOffset;
    private final int unitSize;
    private final int shift;
    private final long mask;
    private final Type.IntKind kind;
    private final int width;

    Bitfield(Type type, LvalueNode struct, int unitOffset, int unitSize, int shift, int width, Expr source) {
      super(type, source);
      this.struct = struct;
      this.unitOffset = unitOffset;
      this.unitSize = unitSize;
      this.shift = shift;
      this.width = width;
      this.mask = width >= 64 ? -1L : (1L << width) - 1;
      this.kind = ((Type.Int) type).kind();
    }

    @Override
    long address(Frame f) {
      return struct.address(f) + unitOffset;
    }

    int width() {
      return width;
    }

    @Override
    long eval(Frame f) {
      return loadAt(f, address(f));
    }

    long loadAt(Frame f, long addr) {
      long unit = f.memory.load(addr, unitSize, this);
      long v = (unit >>> shift) & mask;
      if (kind.signed && width < 64 && (v & (1L << (width - 1))) != 0) {
        v |= ~mask;
      }
      return Conversions.normalise(v, kind);
    }

    @Override
    long assign(Frame f, long value) {
      return storeAt(f, address(f), value);
    }

    long storeAt(Frame f, long addr, long value) {
      long unit = f.memory.load(addr, unitSize, this);
      unit = (unit & ~(mask << shift)) | ((value & mask) << shift);
      f.memory.store(addr, unitSize, unit, this);
      long stored = value & mask;
      if (kind.signed && width < 64 && (stored & (1L << (width - 1))) != 0) {
        stored |= ~mask;
      }
      return Conversions.normalise(stored, kind);
    }
  }

  /** Reads an lvalue whose address is already computed (compound assignment evaluates the target once). */
  static long loadAt(LvalueNode target, Frame f, long addr) {
    if (target instanceof Bitfield b) {
      return b.loadAt(f, addr);
    }
    return ExprNode.load(f.memory, addr, target.type, target);
  }

  static long storeAt(LvalueNode target, Frame f, long addr, long value) {
    if (target instanceof Bitfield b) {
      return b.storeAt(f, addr, value);
    }
    ExprNode.store(f.memory, addr, target.type, value, target);
    return value;
  }
}
