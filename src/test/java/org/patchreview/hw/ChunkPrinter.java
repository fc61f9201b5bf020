package org.patchreview.hw;

import java.util.HexFormat;
import java.util.Random;

/** Prints one value chunk as Device Tree source, choosing at random among the spellings that mean the same value. */
final class ChunkPrinter implements DtValue.Visitor<String> {
  private final Random random;

  ChunkPrinter(Random random) {
    this.random = random;
  }

  @Override
  public String visitCells(DtValue.Cells cells) {
    StringBuilder sb = new StringBuilder();
    if (cells.bits() != 32 || random.nextInt(5) == 0) {
      sb.append("/bits/ ").append(cells.bits()).append(' ');
    }
    sb.append('<');
    for (int i = 0; i < cells.cells().size(); i++) {
      DtCell cell = cells.cells().get(i);
      sb.append(i == 0 ? "" : " ");
      sb.append(cell.reference().isPresent() ? reference(cell.reference().get())
          : number(cell.value(), cells.bits()));
    }
    return sb.append('>').toString();
  }

  private String number(long v, int bits) {
    switch (random.nextInt(9)) {
      case 0: return Long.toUnsignedString(v);
      case 1: return v == 0 ? "0" : "0" + Long.toOctalString(v);
      case 2: return "0x" + Long.toHexString(v) + (random.nextBoolean() ? "UL" : "");
      case 3: {
        long a = v & random.nextLong();
        return "(0x" + Long.toHexString(a) + " + " + Long.toUnsignedString(v - a) + ")";
      }
      case 4: return "(" + Long.toUnsignedString(v) + "*1)";
      case 5: {
        long m = random.nextLong() & (bits == 64 ? -1L : (1L << bits) - 1);
        return "((0x" + Long.toHexString(v ^ m) + "^0x" + Long.toHexString(m) + "))";
      }
      case 6:
        if (v >= 0x20 && v <= 0x7e && v != '\'' && v != '\\') {
          return "'" + (char) v + "'";
        }
        return "0x" + Long.toHexString(v);
      case 7:
        if (bits == 64 || v >= (1L << (bits - 1))) {
          long magnitude = bits == 64 ? -v : (1L << bits) - v;
          return "(-" + Long.toUnsignedString(magnitude) + ")";
        }
        return Long.toUnsignedString(v);
      default: return "0x" + Long.toHexString(v);
    }
  }

  @Override
  public String visitText(DtValue.Text text) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : text.text().toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append(random.nextBoolean() ? "\\t" : "\\x09");
        case 'a' -> sb.append(random.nextBoolean() ? "a" : "\\141");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  @Override
  public String visitBytes(DtValue.Bytes bytes) {
    String hex = HexFormat.of().withUpperCase().formatHex(bytes.data());
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < hex.length(); i += 2) {
      sb.append(i > 0 && random.nextBoolean() ? " " : "").append(hex, i, i + 2);
    }
    return sb.append(']').toString();
  }

  @Override
  public String visitPathRef(DtValue.PathRef ref) {
    return reference(ref.reference());
  }

  private static String reference(DtReference ref) {
    return ref.isByLabel() ? "&" + ref.label() : "&{" + ref.path() + "}";
  }
}
