package org.patchreview.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Splits an input into messages as it reads, so that an mbox is never held whole in memory.
 *
 * <p>An input whose first line is a {@code From } separator is an mbox: later separators must look like {@code From
 * <sender> <asctime date>}, because commit messages sent by format-patch are not escaped and may start a line with
 * "From ". How {@code >From } lines are unescaped depends on who wrote the separator (see {@link Escaping}). Any other
 * input is one message (a single mail, or a bare diff).
 */
final class MboxSplitter {
  private static final Pattern SEPARATOR = Pattern.compile(
      "From \\S+ +[A-Z][a-z]{2},? +[A-Z][a-z]{2} +\\d{1,2} +\\d{1,2}:\\d{2}(:\\d{2})?( +\\S+)? +\\d{4}( +\\S+)?\\s*");
  private static final Pattern FORMAT_PATCH = Pattern.compile("From [0-9a-f]{40} Mon Sep 17 00:00:00 2001\\s*");

  /**
   * How a flavour of mbox escapes body lines that start with "From ": git format-patch does not escape at all,
   * mboxrd (public-inbox and b4 write {@code From mboxrd@z}) adds one {@code >} to any {@code >*From } line, mboxo
   * (mail clients) turns only {@code From } into {@code >From }.
   */
  enum Escaping {
    NONE, MBOXO, MBOXRD;

    static Escaping of(String separator) {
      if (separator.startsWith("From mboxrd@z ")) {
        return MBOXRD;
      }
      return FORMAT_PATCH.matcher(separator).matches() ? NONE : MBOXO;
    }

    /** The number of leading {@code >} to drop from this line: 1 when it is an escaped "From " line, else 0. */
    int unescape(byte[] l) {
      int quotes = 0;
      while (quotes < l.length && l[quotes] == '>') {
        quotes++;
      }
      boolean from = quotes > 0 && startsWith(l, quotes, "From ");
      return switch (this) {
        case NONE -> 0;
        case MBOXO -> from && quotes == 1 ? 1 : 0;
        case MBOXRD -> from ? 1 : 0;
      };
    }
  }

  private final InputStream in;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private final byte[] buffer = new byte[65536];
  private int pos;
  private int limit;
  private int lineNumber;
  private long offset;
  private long lineOffset;
  private byte[] pendingSeparator;
  private int pendingLine;
  private long pendingOffset;
  private Boolean mbox;

  MboxSplitter(InputStream in) {
    this(in, 0, 0);
  }

  /** A splitter over an input already read up to {@code offset}, which is line {@code linesBefore} + 1. */
  MboxSplitter(InputStream in, int linesBefore, long offset) {
    this.in = in;
    this.lineNumber = linesBefore;
    this.offset = offset;
  }

  /** The next message, or null at the end of the input. */
  RawMessage next() throws IOException {
    if (mbox == null) {
      byte[] first = readLine();
      if (first == null) {
        return null;
      }
      mbox = startsWith(first, 0, "From ");
      if (!mbox) {
        return readSingle(first);
      }
      pendingSeparator = first;
      pendingLine = lineNumber;
      pendingOffset = lineOffset;
    }
    if (!mbox || pendingSeparator == null) {
      return null;
    }
    return readMboxMessage();
  }

  private RawMessage readSingle(byte[] first) throws IOException {
    int start = lineNumber;
    long at = lineOffset;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(first);
    for (byte[] l = readLine(); l != null; l = readLine()) {
      out.write(l);
    }
    return new RawMessage(start, start, at, out.toByteArray(), false);
  }

  private RawMessage readMboxMessage() throws IOException {
    int start = pendingLine;
    long at = pendingOffset;
    Escaping escaping = Escaping.of(text(pendingSeparator));
    pendingSeparator = null;
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] held = null;
    int drop = 0;
    for (byte[] l = readLine(); l != null; l = readLine()) {
      if (startsWith(l, 0, "From ") && SEPARATOR.matcher(text(l)).matches()) {
        pendingSeparator = l;
        pendingLine = lineNumber;
        pendingOffset = lineOffset;
        // The blank line before a separator belongs to the separator, not to the message.
        if (held != null && !isBlank(held)) {
          out.write(held, drop, held.length - drop);
        }
        held = null;
        break;
      }
      if (held != null) {
        out.write(held, drop, held.length - drop);
      }
      held = l;
      drop = escaping.unescape(l);
    }
    if (held != null) {
      out.write(held, drop, held.length - drop);
    }
    return new RawMessage(start, start + 1, at, out.toByteArray(), true);
  }

  private static boolean startsWith(byte[] l, int from, String prefix) {
    if (l.length - from < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (l[from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(byte[] l) {
    return l.length == 0 || (l.length == 1 && l[0] == '\n') || (l.length == 2 && l[0] == '\r' && l[1] == '\n');
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
    lineOffset = offset;
    offset += line.size();
    return line.toByteArray();
  }
}
