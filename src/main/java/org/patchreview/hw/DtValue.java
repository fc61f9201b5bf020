package org.patchreview.hw;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** One comma-separated chunk of a property value, typed as it was written. */
public sealed interface DtValue {

  <R> R accept(Visitor<R> v);

  /** A {@code <...>} array (optionally after {@code /bits/ N}); references hold the target's phandle once resolved. */
  record Cells(int bits, List<DtCell> cells) implements DtValue {
    public Cells {
      cells = List.copyOf(cells);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitCells(this);
    }
  }

  /** A string literal after escape decoding, without its terminating NUL. */
  record Text(String text) implements DtValue {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitText(this);
    }
  }

  /** A byte string {@code [00 11 22]}. */
  record Bytes(byte[] data) implements DtValue {
    public Bytes {
      data = data.clone();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitBytes(this);
    }

    // A record compares arrays by identity; two byte strings are equal when their bytes are.
    @Override
    public boolean equals(Object o) {
      return o instanceof Bytes other && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return "Bytes[" + HexFormat.ofDelimiter(" ").formatHex(data) + "]";
    }
  }

  /** A whole-value reference {@code &label}: the target's full path as a string. */
  record PathRef(DtReference reference) implements DtValue {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitPathRef(this);
    }
  }

  /** One method per kind of chunk. */
  interface Visitor<R> {
    R visitCells(Cells cells);

    R visitText(Text text);

    R visitBytes(Bytes bytes);

    R visitPathRef(PathRef ref);
  }
}
