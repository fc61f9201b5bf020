package org.patchreview.interp;

import org.patchreview.c.CInputException;
import java.util.List;
import org.patchreview.c.Designator;
import org.patchreview.c.Expr;
import org.patchreview.c.Initializer;
import org.patchreview.c.Span;
import org.patchreview.c.StructLayout;
import org.patchreview.c.Type;

/**
 * Lowers initialisers into stores: designated and positional items, nested braces and brace elision, strings into
 * char arrays. The object is zero-filled first (by the caller), as C requires for members left out.
 */
final class Initializers {
  private final ExprCompiler exprs;

  Initializers(ExprCompiler exprs) {
    this.exprs = exprs;
  }

  /** The type with an unknown array length taken from the initialiser ({@code int a[] = {1, 2}}). */
  Type sized(Type t, Initializer init, Span at) {
    if (!(t instanceof Type.Array a) || a.length() >= 0 || init == null) {
      return t;
    }
    if (init instanceof Initializer.Single s && s.expr() instanceof Expr.StringLit str) {
      return new Type.Array(a.element(), str.bytes().length + 1);
    }
    if (init instanceof Initializer.Braced b && isBracedString(t, b)) {
      return sized(t, b.items().get(0).value(), at);
    }
    if (init instanceof Initializer.Braced b) {
      return new Type.Array(a.element(), elements(a.element(), b.items()));
    }
    throw new CompileError(at, "array of unknown size needs a braced initialiser");
  }

  /**
   * How many elements a braced list initialises in an array of unknown size: designated indices count, and with
   * braces elided an aggregate element takes as many items as it has scalars ({@code struct point p[] = {1, 2, 3,
   * 4}} has two elements).
   */
  private int elements(Type element, List<Initializer.Item> items) {
    long index = 0;
    long max = 0;
    int pos = 0;
    while (pos < items.size()) {
      Initializer.Item item = items.get(pos);
      if (!item.designators().isEmpty() && item.designators().get(0) instanceof Designator.Index i) {
        index = constant(i.last() != null ? i.last() : i.first());
        pos++;
      } else if (element.isScalar() || item.value() instanceof Initializer.Braced
          || item.value() instanceof Initializer.Single single && wholeValue(element, single.expr())) {
        pos++;
      } else {
        int take = scalars(element);
        int taken = 0;
        while (pos < items.size() && taken < take && items.get(pos).designators().isEmpty()) {
          pos++;
          taken++;
        }
      }
      index++;
      max = Math.max(max, index);
    }
    return (int) max;
  }

  /** The scalars an aggregate holds when its braces are elided (a union, its first member's). */
  private static int scalars(Type t) {
    if (t instanceof Type.Array a) {
      return Math.max(a.length(), 0) * scalars(a.element());
    }
    if (t instanceof Type.Struct s) {
      int n = 0;
      for (StructLayout.Field f : slots(s)) {
        n += scalars(f.type());
        if (s.union()) {
          break;
        }
      }
      return Math.max(n, 1);
    }
    return 1;
  }

  /** {@code char s[] = {"abc"}}: a string in braces initialises a char array as the string alone would. */
  private static boolean isBracedString(Type type, Initializer.Braced b) {
    return type instanceof Type.Array a && a.element() instanceof Type.Int && b.items().size() == 1
        && b.items().get(0).designators().isEmpty() && b.items().get(0).value() instanceof Initializer.Single s
        && s.expr() instanceof Expr.StringLit;
  }

  private long constant(Expr e) {
    try {
      return exprs.unit().types.constants().evaluate(e);
    } catch (CInputException ex) {
      throw new CompileError(e.span(), "array designator is not a constant: " + ex.getMessage());
    }
  }

  /** Adds the stores that initialise {@code target} (of type {@code type}) to {@code out}. */
  void emit(LvalueNode target, Type type, Initializer init, List<StmtNode> out) {
    if (init instanceof Initializer.Single s) {
      single(target, type, s.expr(), out);
      return;
    }
    Initializer.Braced b = (Initializer.Braced) init;
    if (isBracedString(type, b)) {
      emit(target, type, b.items().get(0).value(), out);
      return;
    }
    if (type.isScalar()) {
      if (!b.items().isEmpty()) {
        emit(target, type, b.items().get(0).value(), out);
      }
      return;
    }
    fill(target, type, b.items(), new int[] {0}, true, out);
  }

  private void single(LvalueNode target, Type type, Expr expr, List<StmtNode> out) {
    if (type instanceof Type.Array a && a.element() instanceof Type.Int && expr instanceof Expr.StringLit str) {
      out.add(new StringInit(expr.span(), target, str.bytes(), type.size()));
      return;
    }
    ExprNode value = exprs.rvalue(expr);
    if (type instanceof Type.Struct && !type.equals(value.type)) {
      throw new CompileError(expr.span(), "cannot initialise " + type.spell() + " with " + value.type.spell());
    }
    out.add(new Statements.ExprStmt(expr.span(),
        new Operators.Assign(target, Typing.convert(value, type), expr)));
  }

  /**
   * Initialises the elements or members of an aggregate from {@code items}, starting at {@code pos[0]}. When
   * {@code braced} is false the aggregate's braces were elided: it takes items until it is full or an item carries a
   * designator (which belongs to an enclosing aggregate).
   */
  private void fill(LvalueNode target, Type type, List<Initializer.Item> items, int[] pos, boolean braced,
      List<StmtNode> out) {
    int slot = 0;
    int slots = slotCount(type);
    while (pos[0] < items.size()) {
      Initializer.Item item = items.get(pos[0]);
      if (!item.designators().isEmpty()) {
        if (!braced) {
          return;
        }
        slot = designated(target, type, item, out);
        pos[0]++;
        continue;
      }
      if (slots >= 0 && slot >= slots) {
        if (braced) {
          throw new CompileError(item.value().span(), "too many initialisers for " + type.spell());
        }
        return;
      }
      LvalueNode sub = slotTarget(target, type, slot, item.value().span());
      Type subType = sub.type;
      if (!subType.isScalar() && item.value() instanceof Initializer.Single s && !wholeValue(subType, s.expr())) {
        fill(sub, subType, items, pos, false, out);
      } else {
        emit(sub, subType, item.value(), out);
        pos[0]++;
      }
      slot++;
      if (type instanceof Type.Struct st && st.union()) {
        slots = Math.min(slots, slot);
      }
    }
  }

  /** Applies one designated item; returns the slot after the one it designates. */
  private int designated(LvalueNode target, Type type, Initializer.Item item, List<StmtNode> out) {
    Designator d = item.designators().get(0);
    List<Designator> rest = item.designators().subList(1, item.designators().size());
    int first;
    int last;
    if (d instanceof Designator.Index i && type instanceof Type.Array) {
      first = (int) constant(i.first());
      last = i.last() == null ? first : (int) constant(i.last());
    } else if (d instanceof Designator.Field f && type instanceof Type.Struct s) {
      first = fieldSlot(s, f.name(), item.value().span());
      last = first;
    } else {
      throw new CompileError(item.value().span(), "designator does not fit " + type.spell());
    }
    for (int slot = first; slot <= last; slot++) {
      LvalueNode sub = slotTarget(target, type, slot, item.value().span());
      if (d instanceof Designator.Field f && !namedSlot(type, slot).equals(f.name())) {
        // The name lives in an anonymous member: designate inside it.
        fill(sub, sub.type, List.of(new Initializer.Item(item.designators(), item.value())), new int[] {0}, true, out);
      } else if (rest.isEmpty()) {
        emit(sub, sub.type, item.value(), out);
      } else {
        fill(sub, sub.type, List.of(new Initializer.Item(rest, item.value())), new int[] {0}, true, out);
      }
    }
    return last + 1;
  }

  private boolean wholeValue(Type aggregate, Expr e) {
    if (e instanceof Expr.StringLit) {
      return aggregate instanceof Type.Array a && a.element() instanceof Type.Int;
    }
    return aggregate instanceof Type.Struct && exprs.rvalue(e).type.equals(aggregate);
  }

  private static List<StructLayout.Field> slots(Type.Struct s) {
    return s.layout().fields().stream().filter(f -> !(f.name().isEmpty() && f.isBitfield())).toList();
  }

  private static int slotCount(Type type) {
    if (type instanceof Type.Array a) {
      return a.length();
    }
    if (type instanceof Type.Struct s) {
      return s.union() ? Math.min(1, slots(s).size()) : slots(s).size();
    }
    return 1;
  }

  private static String namedSlot(Type type, int slot) {
    return type instanceof Type.Struct s ? slots(s).get(slot).name() : "";
  }

  private static int fieldSlot(Type.Struct s, String name, Span at) {
    List<StructLayout.Field> fields = slots(s);
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) {
        return i;
      }
    }
    for (int i = 0; i < fields.size(); i++) {
      StructLayout.Field f = fields.get(i);
      if (f.name().isEmpty() && f.type() instanceof Type.Struct inner && inner.layout().find(name).isPresent()) {
        return i;
      }
    }
    throw new CompileError(at, s.spell() + " has no member named '" + name + "'");
  }

  private static LvalueNode slotTarget(LvalueNode target, Type type, int slot, Span at) {
    Expr here = new Expr.Ident(at, target.expression());
    if (type instanceof Type.Array a) {
      if (a.length() >= 0 && slot >= a.length()) {
        throw new CompileError(at, "initialiser index " + slot + " is past the end of " + a.spell());
      }
      return new Lvalues.Member(a.element(), target, slot * a.element().size(), here);
    }
    StructLayout.Field f = slots((Type.Struct) type).get(slot);
    if (f.isBitfield()) {
      int shift = f.bitOffset() - f.offset() * 8;
      return new Lvalues.Bitfield(f.type(), target, f.offset(), Math.max(f.type().size(), (shift + f.bitWidth() + 7)
          / 8), shift, f.bitWidth(), here);
    }
    return new Lvalues.Member(f.type(), target, f.offset(), here);
  }

  /** Zero-fills an object before its initialiser's stores. */
  static final class ZeroFill extends StmtNode {
    private final LvalueNode target;
    private final int size;

    ZeroFill(Span span, LvalueNode target, int size) {
      super(span);
      this.target = target;
      this.size = size;
    }

    @Override
    int exec(Frame f) {
      f.memory.writeBytes(target.address(f), new byte[size], target);
      return NORMAL;
    }
  }

  /** {@code char buf[N] = "text"}: the bytes and the terminating NUL, as far as the array holds them. */
  static final class StringInit extends StmtNode {
    private final LvalueNode target;
    private final byte[] bytes;

    StringInit(Span span, LvalueNode target, byte[] text, int arraySize) {
      super(span);
      this.target = target;
      this.bytes = java.util.Arrays.copyOf(text, Math.min(arraySize, text.length + 1));
    }

    @Override
    int exec(Frame f) {
      f.memory.writeBytes(target.address(f), bytes, target);
      return NORMAL;
    }
  }
}
