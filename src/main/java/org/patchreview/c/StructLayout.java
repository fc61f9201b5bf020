package org.patchreview.c;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each member of a struct or union lies under the ARM EABI, as GCC lays it out: members at their natural
 * alignment; a bitfield shares the storage unit of its declared type with the bitfields before it unless it would
 * cross that unit's boundary; the size is rounded up to the alignment; every bitfield, named or not, gives the
 * struct its declared type's alignment (AAPCS). {@code packed}, on the struct or on one member, drops alignment
 * and unit boundaries, except for zero-width bitfields and {@code aligned} members. Checked against
 * arm-linux-gnueabihf-gcc by {@code ArmGccLayoutTest}.
 */
public record StructLayout(int size, int align, List<Field> fields) {
  /**
   * The largest type review lays out: 256 MiB, so that every bit of it has an {@code int} bit offset. Larger ones are
   * refused as C input (GCC's own limit on a 32-bit target is 2 GiB).
   */
  public static final int MAX_BYTES = 1 << 28;

  /**
   * One member: byte {@code offset}; for a bitfield, {@code bitOffset} counts bits from the start of the struct and
   * {@code bitWidth} is its width (-1 for ordinary members). {@code name} is empty for unnamed bitfields and anonymous
   * struct/union members.
   */
  public record Field(String name, Type type, int offset, int bitOffset, int bitWidth) {
    public boolean isBitfield() {
      return bitWidth >= 0;
    }
  }

  /**
   * A member as declared, the input to the layout: {@code typeAlign} is its type's alignment (a typedef's
   * {@code aligned} attribute included), {@code alignAttribute} the member's own {@code aligned} (1 without one),
   * {@code packed} its own {@code packed} attribute.
   */
  public record MemberSpec(String name, Type type, int bitWidth, int typeAlign, int alignAttribute,
      boolean packed) {}

  /** The layout, or null when the struct is larger than {@link #MAX_BYTES}. */
  public static StructLayout compute(List<MemberSpec> members, boolean union, boolean packed, int alignAttribute) {
    Cursor c = new Cursor();
    List<Field> fields = new ArrayList<>();
    for (MemberSpec m : members) {
      if (union) {
        c.bit = 0;
      }
      boolean tight = packed || m.packed();
      if (c.bit >= 8L * MAX_BYTES) {
        return null;
      }
      fields.add(m.bitWidth() >= 0 ? c.placeBitfield(m, tight) : c.placeMember(m, tight));
      c.maxBits = Math.max(c.maxBits, c.bit);
    }
    int align = Math.max(c.align, alignAttribute);
    long size = alignUp((c.maxBits + 7) / 8, align);
    return size > MAX_BYTES ? null : new StructLayout((int) size, align, List.copyOf(fields));
  }

  /** Where the layout has got to: the next free bit, the furthest bit used (for unions), the alignment so far. */
  private static final class Cursor {
    long bit;
    long maxBits;
    int align = 1;

    Field placeBitfield(MemberSpec m, boolean tight) {
      if (m.bitWidth() == 0) {
        // A zero-width bitfield is not influenced by packed (GCC's layout_decl): it still aligns the next
        // member and the struct to its type.
        bit = alignUp(bit, (long) m.typeAlign() * 8);
        align = Math.max(align, m.typeAlign());
        return new Field(m.name(), m.type(), (int) (bit / 8), (int) bit, 0);
      }
      int unitBits = m.type().size() * 8;
      if (!tight && bit / unitBits != (bit + m.bitWidth() - 1) / unitBits) {
        bit = alignUp(bit, unitBits);
      }
      int unitOffset = tight ? (int) (bit / 8) : (int) ((bit / unitBits) * m.type().size());
      Field f = new Field(m.name(), m.type(), unitOffset, (int) bit, m.bitWidth());
      bit += m.bitWidth();
      // On ARM (AAPCS) unnamed bitfields count towards the struct's alignment too (GCC's
      // arm_align_anon_bitfield), unlike on x86.
      align = Math.max(align, Math.max(tight ? 1 : m.typeAlign(), m.alignAttribute()));
      return f;
    }

    Field placeMember(MemberSpec m, boolean tight) {
      int a = tight ? Math.max(1, m.alignAttribute()) : Math.max(m.typeAlign(), m.alignAttribute());
      bit = alignUp(bit, (long) a * 8);
      Field f = new Field(m.name(), m.type(), (int) (bit / 8), -1, -1);
      bit += (long) m.type().size() * 8;
      align = Math.max(align, a);
      return f;
    }
  }

  private static long alignUp(long v, long a) {
    return a <= 1 ? v : (v + a - 1) / a * a;
  }

  /** A member found by name, looking through anonymous struct and union members; offsets are from this struct. */
  public Optional<Field> find(String name) {
    for (Field f : fields) {
      if (f.name().equals(name)) {
        return Optional.of(f);
      }
    }
    for (Field f : fields) {
      if (f.name().isEmpty() && f.type() instanceof Type.Struct inner && inner.complete()) {
        Optional<Field> nested = inner.layout().find(name);
        if (nested.isPresent()) {
          Field n = nested.get();
          return Optional.of(new Field(n.name(), n.type(), f.offset() + n.offset(),
              n.isBitfield() ? f.offset() * 8 + n.bitOffset() : -1, n.bitWidth()));
        }
      }
    }
    return Optional.empty();
  }

  /** The member path ({@code kref.refcount}) at a byte offset into a struct, or null between members. */
  public static String memberAt(Type.Struct s, long off) {
    if (!s.complete()) {
      return null;
    }
    for (StructLayout.Field f : s.layout().fields()) {
      int size;
      try {
        size = f.type().size();
      } catch (CInputException e) {
        continue;
      }
      if (f.isBitfield() || off < f.offset() || off >= f.offset() + Math.max(size, 1)) {
        continue;
      }
      if (off == f.offset() && !(f.type() instanceof Type.Struct)) {
        return f.name().isEmpty() ? null : f.name();
      }
      if (f.type() instanceof Type.Struct inner) {
        if (off == f.offset()) {
          return f.name().isEmpty() ? memberAt(inner, 0) : f.name();
        }
        String rest = memberAt(inner, off - f.offset());
        return rest == null ? null : f.name().isEmpty() ? rest : f.name() + "." + rest;
      }
      return null;
    }
    return null;
  }
}
