package org.patchreview.hw;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Encodes property chunks into the bytes dtc would put in a blob: big-endian cells, NUL-terminated strings. */
final class ValueEncoder implements DtValue.Visitor<Void> {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  static byte[] encode(List<DtValue> values) {
    ValueEncoder encoder = new ValueEncoder();
    values.forEach(v -> v.accept(encoder));
    return encoder.out.toByteArray();
  }

  @Override
  public Void visitCells(DtValue.Cells cells) {
    int bytes = cells.bits() / 8;
    for (DtCell cell : cells.cells()) {
      for (int i = bytes - 1; i >= 0; i--) {
        out.write((int) (cell.value() >>> (8 * i)) & 0xff);
      }
    }
    return null;
  }

  @Override
  public Void visitText(DtValue.Text text) {
    out.writeBytes(text.text().getBytes(StandardCharsets.UTF_8));
    out.write(0);
    return null;
  }

  @Override
  public Void visitBytes(DtValue.Bytes bytes) {
    out.writeBytes(bytes.data());
    return null;
  }

  @Override
  public Void visitPathRef(DtValue.PathRef ref) {
    out.writeBytes(ref.reference().path().getBytes(StandardCharsets.UTF_8));
    out.write(0);
    return null;
  }
}
