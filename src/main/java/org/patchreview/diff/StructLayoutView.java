package org.patchreview.diff;

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
}
