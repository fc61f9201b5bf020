package org.patchreview.diff;

import java.util.ArrayList;
import java.util.Comparator;
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

    /** The first bit the member occupies, and the bit after its last (in bits, so longs: a struct may be 256 MiB). */
    long startBit() {
      return isBitfield() ? bitOffset : offset * 8L;
    }

    long endBit() {
      return isBitfield() ? (long) bitOffset + bitWidth : (offset + (long) size) * 8;
    }
  }

  /** Unused space between members, as pahole counts it: where it starts, how many bits, and the member before it. */
  public record Hole(String after, long bitOffset, long bits) {
    /** {@code 3 bytes}, or {@code 5 bits} for a hole inside a bitfield's storage unit. */
    public String describe() {
      return bits % 8 == 0 && bitOffset % 8 == 0 ? bits / 8 + (bits == 8 ? " byte" : " bytes")
          : bits + (bits == 1 ? " bit" : " bits");
    }
  }

  /**
   * The holes between members (not the padding at the end); none for a union. Computed from the members' bit
   * ranges, sorted and merged, so the cost is the member count, not the struct's size in bits.
   */
  public List<Hole> holes() {
    List<Hole> out = new ArrayList<>();
    if (struct.startsWith("union ")) {
      return out;
    }
    long covered = 0;
    for (long[] range : used()) {
      if (range[0] > covered) {
        out.add(new Hole(lastBefore(covered), covered, range[0] - covered));
      }
      covered = Math.max(covered, range[1]);
    }
    return out;
  }

  /** Bytes after the last member, there to make the size a multiple of the alignment. */
  public int padding() {
    if (struct.startsWith("union ")) {
      return 0;
    }
    long end = 0;
    for (long[] range : used()) {
      end = Math.max(end, range[1]);
    }
    return (int) (size - (end + 7) / 8);
  }

  /** The bit ranges members occupy, in order of their start; empty ones (zero-width bitfields) left out. */
  private List<long[]> used() {
    List<long[]> ranges = new ArrayList<>();
    for (Member m : members) {
      if (m.endBit() > m.startBit()) {
        ranges.add(new long[] {m.startBit(), m.endBit()});
      }
    }
    ranges.sort(Comparator.comparingLong(r -> r[0]));
    return ranges;
  }

  private String lastBefore(long bit) {
    String name = "";
    for (Member m : members) {
      if (m.startBit() < bit && !m.name().isEmpty()) {
        name = m.name();
      }
    }
    return name;
  }
}
