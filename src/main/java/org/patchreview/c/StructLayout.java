package org.patchreview.c;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each member of a struct or union lies under the ARM EABI, as GCC lays it out: members at their natural
 * alignment; a bitfield shares the storage unit of its declared type with the bitfields before it unless it would
 * cross that unit's boundary; the size is rounded up to the alignment; every bitfield, named or not, gives the struct its declared type's alignment
 * (AAPCS). {@code packed} drops all alignment.
 */
public record StructLayout(int size, int align, List<Field> fields) {

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

  /** A member as declared, the input to the layout. */
  public record MemberSpec(String name, Type type, int bitWidth, int alignAttribute) {}

  public static StructLayout compute(List<MemberSpec> members, boolean union, boolean packed, int alignAttribute) {
    long bit = 0;
    long maxBits = 0;
    int align = 1;
    List<Field> fields = new ArrayList<>();
    for (MemberSpec m : members) {
      if (union) {
        bit = 0;
      }
      if (m.bitWidth() >= 0) {
        int unitBits = m.type().size() * 8;
        int typeAlign = packed ? 1 : m.type().align();
        if (m.bitWidth() == 0) {
          bit = alignUp(bit, (long) typeAlign * 8);
          fields.add(new Field(m.name(), m.type(), (int) (bit / 8), (int) bit, 0));
          align = Math.max(align, typeAlign);
          continue;
        }
        if (!packed && bit / unitBits != (bit + m.bitWidth() - 1) / unitBits) {
          bit = alignUp(bit, unitBits);
        }
        int unitOffset = packed ? (int) (bit / 8) : (int) ((bit / unitBits) * m.type().size());
        fields.add(new Field(m.name(), m.type(), unitOffset, (int) bit, m.bitWidth()));
        bit += m.bitWidth();
        // On ARM (AAPCS) unnamed bitfields count towards the struct's alignment too (GCC's
        // arm_align_anon_bitfield), unlike on x86.
        align = Math.max(align, Math.max(typeAlign, m.alignAttribute()));
      } else {
        int a = packed ? Math.max(1, m.alignAttribute()) : Math.max(m.type().align(), m.alignAttribute());
        bit = alignUp(bit, (long) a * 8);
        fields.add(new Field(m.name(), m.type(), (int) (bit / 8), -1, -1));
        bit += (long) m.type().size() * 8;
        align = Math.max(align, a);
      }
      maxBits = Math.max(maxBits, bit);
    }
    align = Math.max(align, alignAttribute);
    int bytes = (int) ((maxBits + 7) / 8);
    return new StructLayout((int) alignUp(bytes, align), align, List.copyOf(fields));
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
}
