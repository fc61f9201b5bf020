package org.patchreview.diff;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** A struct's layout as reports show it, pahole-style: size, alignment and each member's place. */
public record StructLayoutView(String struct, int size, int align, List<Member> members) {

  /**
   * One member: its declaration as written, byte offset and size; for a bitfield, the bit position within the struct
   * and the width ({@code bitWidth} -1 for ordinary members).
   */
  public record Member(String name, String declaration, int offset, int size, int bitOffset, int bitWidth) {
    public boolean isBitfield() {
      return bitWidth >= 0;
    }

    /** {@code offset:bit/width} for bitfields, the offset otherwise. */
    public String place() {
      return isBitfield() ? offset + ":" + (bitOffset - offset * 8) + "/" + bitWidth : Integer.toString(offset);
    }
  }

  /** Unused space between members, as pahole counts it: where it starts, how many bits, and the member before it. */
  public record Hole(String after, int bitOffset, int bits) {
    /** {@code 3 bytes}, or {@code 5 bits} for a hole inside a bitfield's storage unit. */
    public String describe() {
      return bits % 8 == 0 && bitOffset % 8 == 0 ? bits / 8 + (bits == 8 ? " byte" : " bytes")
          : bits + (bits == 1 ? " bit" : " bits");
    }
  }

  /** The holes between members (not the padding at the end); none for a union. */
  public List<Hole> holes() {
    List<Hole> out = new ArrayList<>();
    if (struct.startsWith("union ")) {
      return out;
    }
    BitSet used = used();
    int end = used.length();
    String after = null;
    int bit = 0;
    while (bit < end) {
      int free = used.nextClearBit(bit);
      if (free >= end) {
        break;
      }
      int next = used.nextSetBit(free);
      after = lastBefore(free);
      out.add(new Hole(after, free, next - free));
      bit = next;
    }
    return out;
  }

  /** Bytes after the last member, there to make the size a multiple of the alignment. */
  public int padding() {
    return struct.startsWith("union ") ? 0 : size - (used().length() + 7) / 8;
  }

  private BitSet used() {
    BitSet used = new BitSet(size * 8);
    for (Member m : members) {
      if (m.isBitfield()) {
        used.set(m.bitOffset(), m.bitOffset() + m.bitWidth());
      } else {
        used.set(m.offset() * 8, (m.offset() + m.size()) * 8);
      }
    }
    return used;
  }

  private String lastBefore(int bit) {
    String name = "";
    for (Member m : members) {
      int start = m.isBitfield() ? m.bitOffset() : m.offset() * 8;
      if (start < bit && !m.name().isEmpty()) {
        name = m.name();
      }
    }
    return name;
  }
}
