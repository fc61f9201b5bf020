package org.patchreview.mail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The undecoded bytes of one message as split from the input, with where it starts.
 *
 * <p>{@code startLine} is the line of the mbox {@code From } separator (or 1), {@code firstLine} the source line of
 * {@code bytes[0]}; {@code offset} is the byte offset of the message's first line (its separator) in the input, so that
 * a message of a file can be read again without keeping it.
 */
record RawMessage(int startLine, int firstLine, long offset, byte[] bytes, boolean fromMbox) {

  /** Whether the message starts with binary data: a NUL byte in its first 8000 bytes, as git decides it. */
  boolean isBinary() {
    for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** The source line of the first line equal to {@code text} at or after line index {@code fromIndex}, or 0. */
  int findLine(String text, int fromIndex) {
    byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
    int index = 0;
    int start = 0;
    while (start < bytes.length) {
      int end = lineEnd(start);
      int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      if (index >= fromIndex && (Arrays.equals(bytes, start, contentEnd, wanted, 0, wanted.length)
          || softBrokenStart(start, contentEnd, wanted))) {
        return firstLine + index;
      }
      start = end + 1;
      index++;
    }
    return 0;
  }

  /** A quoted-printable line cut by a soft break ({@code =} at its end) that starts {@code wanted}. */
  private boolean softBrokenStart(int start, int end, byte[] wanted) {
    int length = end - start - 1;
    return length >= 16 && length < wanted.length && bytes[end - 1] == '='
        && Arrays.equals(bytes, start, end - 1, wanted, 0, length);
  }

  /** The index of the first empty line (the end of the header), or -1 when there is none. */
  int headerEndIndex() {
    int index = 0;
    int start = 0;
    while (start < bytes.length) {
      int end = lineEnd(start);
      if (end == start || (end == start + 1 && bytes[start] == '\r')) {
        return index;
      }
      start = end + 1;
      index++;
    }
    return -1;
  }

  /** The first line, without its line ending. */
  String firstLineText() {
    int end = lineEnd(0);
    if (end > 0 && bytes[end - 1] == '\r') {
      end--;
    }
    return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
  }

  private int lineEnd(int start) {
    int i = start;
    while (i < bytes.length && bytes[i] != '\n') {
      i++;
    }
    return i;
  }
}
