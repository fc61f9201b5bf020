package org.patchreview.c;

import java.io.DataInput;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Non-negative numbers in as few bytes as they need, seven bits a byte, low bits first, the high bit set on every byte
 * but the last: how the build's stores (parses and units, {@link RecordCodec}; runs, {@code observe.TraceCodec}) write
 * counts, indexes and string numbers. Small numbers, most of them, take one byte.
 */
public final class Varint {
  private Varint() {}

  public static void write(OutputStream out, int v) throws IOException {
    while ((v & ~0x7f) != 0) {
      out.write((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.write(v);
  }

  public static int read(DataInput in) throws IOException {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("malformed number");
  }
}
