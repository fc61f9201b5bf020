package org.patchreview.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Splits an input into messages as it reads, so that an mbox is never held whole in memory.
 *
 * <p>An input whose first line is a {@code From } separator is an mbox (mboxo or mboxrd): later separators must
 * look like {@code From <sender> <asctime date>} (git format-patch writes {@code From <sha1> Mon Sep 17 00:00:00
 * 2001}), because commit messages sent by format-patch are not escaped and may start a line with "From ". Any other
 * input is one message (a single mail, or a bare diff).
 */
final class MboxSplitter {
  private static final Pattern SEPARATOR = Pattern.compile(
      "From \\S+ +[A-Z][a-z]{2},? +[A-Z][a-z]{2} +\\d{1,2} +\\d{1,2}:\\d{2}(:\\d{2})?( +\\S+)? +\\d{4}( +\\S+)?\\s*");
  private static final Pattern ESCAPED_FROM = Pattern.compile(">+From .*", Pattern.DOTALL);

  private final InputStream in;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private final byte[] buffer = new byte[8192];
  private int pos;
  private int limit;
  private int lineNumber;
  private byte[] pendingSeparator;
  private int pendingLine;
  private Boolean mbox;

  MboxSplitter(InputStream in) {
    this.in = in;
  }

  /** The next message, or null at the end of the input. */
  RawMessage next() throws IOException {
    if (mbox == null) {
      byte[] first = readLine();
      if (first == null) {
        return null;
      }
      mbox = text(first).startsWith("From ");
      if (!mbox) {
        return readSingle(first);
      }
      pendingSeparator = first;
      pendingLine = lineNumber;
    }
    if (!mbox || pendingSeparator == null) {
      return null;
    }
    return readMboxMessage();
  }

  private RawMessage readSingle(byte[] first) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(first);
    for (byte[] l = readLine(); l != null; l = readLine()) {
      out.write(l);
    }
    return new RawMessage(1, 1, out.toByteArray(), false);
  }

  private RawMessage readMboxMessage() throws IOException {
    int start = pendingLine;
    pendingSeparator = null;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] held = null;
    for (byte[] l = readLine(); l != null; l = readLine()) {
      String t = text(l);
      if (SEPARATOR.matcher(t).matches()) {
        pendingSeparator = l;
        pendingLine = lineNumber;
        // The blank line before a separator belongs to the separator, not to the message.
        if (held != null && !text(held).isEmpty()) {
          out.write(held);
        }
        held = null;
        break;
      }
      if (held != null) {
        out.write(held);
      }
      held = ESCAPED_FROM.matcher(t).matches() ? unescape(l) : l;
    }
    if (held != null) {
      out.write(held);
    }
    return new RawMessage(start, start + 1, out.toByteArray(), true);
  }

  private static byte[] unescape(byte[] l) {
    byte[] out = new byte[l.length - 1];
    System.arraycopy(l, 1, out, 0, out.length);
    return out;
  }

  /** A line without its ending, for matching. */
  private static String text(byte[] l) {
    int end = l.length;
    while (end > 0 && (l[end - 1] == '\n' || l[end - 1] == '\r')) {
      end--;
    }
    return new String(l, 0, end, StandardCharsets.ISO_8859_1);
  }

  /** The next line with its ending, or null at the end of the input. */
  private byte[] readLine() throws IOException {
    line.reset();
    while (true) {
      if (pos == limit) {
        limit = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          break;
        }
      }
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      boolean ended = pos < limit;
      pos += ended ? 1 : 0;
      line.write(buffer, start, pos - start);
      if (ended) {
        break;
      }
    }
    if (line.size() == 0) {
      return null;
    }
    lineNumber++;
    return line.toByteArray();
  }
}
