package org.patchreview.hw;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A node's property: its name, its value chunks as written (references resolved) and where it was written. */
public record DtProperty(String name, List<DtValue> values, SourcePos pos) {

  public DtProperty {
    values = List.copyOf(values);
  }

  /** A property without a value, such as {@code dma-coherent;}. */
  public boolean isEmpty() {
    return asBytes().length == 0;
  }

  /** The value as the kernel sees it in a flattened tree. */
  public byte[] asBytes() {
    return ValueEncoder.encode(values);
  }

  /**
   * The value as big-endian 32-bit cells, references being their targets' phandles; empty when the length is
   * not a multiple of four (the kernel's {@code of_property_read_u32} would refuse it).
   */
  public List<Long> asCells() {
    byte[] bytes = asBytes();
    if (bytes.length % 4 != 0) {
      return List.of();
    }
    List<Long> cells = new ArrayList<>(bytes.length / 4);
    for (int i = 0; i < bytes.length; i += 4) {
      long cell = 0;
      for (int j = 0; j < 4; j++) {
        cell = (cell << 8) | (bytes[i + j] & 0xff);
      }
      cells.add(cell);
    }
    return cells;
  }

  /** The first cell, when the value holds at least one. */
  public Optional<Long> asU32() {
    List<Long> cells = asCells();
    return cells.isEmpty() ? Optional.empty() : Optional.of(cells.get(0));
  }

  /** The value as a list of NUL-terminated strings; empty when it is not one (as for {@code <1>}). */
  public List<String> asStrings() {
    byte[] bytes = asBytes();
    if (bytes.length == 0 || bytes[bytes.length - 1] != 0) {
      return List.of();
    }
    List<String> strings = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        strings.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    return strings;
  }

  /** The first string of a string-list value. */
  public Optional<String> asString() {
    List<String> strings = asStrings();
    return strings.isEmpty() ? Optional.empty() : Optional.of(strings.get(0));
  }
}
