package org.patchreview.c;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Numbers read back as written, in the bytes the stores hold; a number that never ends is refused. */
class VarintTest {
  @Test
  void numbersReadBackInAsFewBytesAsTheyNeed() throws IOException {
    int[] values = {0, 1, 127, 128, 300, 16_383, 16_384, Integer.MAX_VALUE, -1};
    int[] sizes = {1, 1, 1, 2, 2, 2, 3, 5, 5};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < values.length; i++) {
      int before = out.size();
      Varint.write(out, values[i]);
      assertEquals(sizes[i], out.size() - before, "bytes for " + values[i]);
    }
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(out.toByteArray()));
    for (int v : values) {
      assertEquals(v, Varint.read(in));
    }
    ByteArrayOutputStream three = new ByteArrayOutputStream();
    Varint.write(three, 300);
    assertArrayEquals(new byte[] {(byte) 0xac, 0x02}, three.toByteArray(), "low seven bits first");
  }

  @Test
  void aNumberThatDoesNotEndIsRefused() {
    byte[] endless = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x01};
    assertThrows(IOException.class, () -> Varint.read(new DataInputStream(new ByteArrayInputStream(endless))));
  }
}
