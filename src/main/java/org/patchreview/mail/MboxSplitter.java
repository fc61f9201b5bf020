package org.patchreview.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
   * How a flavour of mbox escapes body lines that start with "From ": git format-patch ({@code From <sha1> Mon Sep 17
   * 00:00:00 2001}) and b4 am ({@code From git@z ...}, read by git am as it is) do not escape at all, mboxrd
   * (public-inbox's {@code From mboxrd@z ...}) adds one {@code >} to any {@code >*From } line, mboxo (mail clients)
   * turns only {@code From } into {@code >From }.
   */
  enum Escaping {
    NONE, MBOXO, MBOXRD;

    static Escaping of(String separator) {
      if (separator.startsWith("From mboxrd@z ")) {
        return MBOXRD;
      }
      return separator.startsWith("From git@z ") || FORMAT_PATCH.matcher(separator).matches() ? NONE : MBOXO;
    }

    /** The number of leading {@code >} to drop from this line: 1 when it is an escaped "From " line, else 0. */
    int unescape(byte[] l, int start, int length) {
      int quotes = 0;
      while (quotes < length && l[start + quotes] == '>') {
        quotes++;
      }
      boolean from = quotes > 0 && startsWith(l, start, length, quotes, "From ");
      return switch (this) {
        case NONE -> 0;
        case MBOXO -> from && quotes == 1 ? 1 : 0;
        case MBOXRD -> from ? 1 : 0;
      };
    }
  }

  /**
   * The longest line read: 1 MiB, a thousand times what mail allows (RFC 5322: 998 characters). A longer one, or an
   * input that never ends a line ({@code /dev/zero}), stops the reading with an error.
   */
  static final int MAX_LINE_BYTES = 1 << 20;
  /** The most input read: 1 GiB, twenty times the 10,000-message bench thread; more stops with an error. */
  static final long MAX_INPUT_BYTES = 1L << 30;

  /** Input past a limit: where it was reached and which, for a one-line error. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final int line;

    TooLarge(int line, String message) {
      super(message);
      this.line = line;
    }
  }

  private final InputStream in;
  private final byte[] buffer = new byte[65536];
  /**
   * The current line with its ending: a view of {@code buffer} when the line lies in it whole, else of {@code spill},
   * where the pieces of a line cut by a read are gathered. Reading a line copies and allocates nothing.
   */
  private byte[] lineBytes;
  private int lineStart;
  private int lineLength;
  private byte[] spill = new byte[256];
  private final ByteArrayOutputStream message = new ByteArrayOutputStream(16384);
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
      if (!readLine()) {
        return null;
      }
      mbox = startsWith(0, "From ");
      if (!mbox) {
        return readSingle();
      }
      pendingSeparator = copyOfLine();
      pendingLine = lineNumber;
      pendingOffset = lineOffset;
    }
    if (!mbox || pendingSeparator == null) {
      return null;
    }
    return readMboxMessage();
  }

  private RawMessage readSingle() throws IOException {
    int start = lineNumber;
    long at = lineOffset;
    message.reset();
    do {
      message.write(lineBytes, lineStart, lineLength);
    } while (readLine());
    return new RawMessage(start, start, at, message.toByteArray(), false);
  }

  private RawMessage readMboxMessage() throws IOException {
    int start = pendingLine;
    long at = pendingOffset;
    Escaping escaping = Escaping.of(text(pendingSeparator, 0, pendingSeparator.length));
    pendingSeparator = null;
    message.reset();
    // A blank line is held back: the one before a separator belongs to the separator, not to the message.
    byte[] blank = null;
    while (readLine()) {
      if (startsWith(0, "From ") && SEPARATOR.matcher(text(lineBytes, lineStart, lineLength)).matches()) {
        pendingSeparator = copyOfLine();
        pendingLine = lineNumber;
        pendingOffset = lineOffset;
        blank = null;
        break;
      }
      if (blank != null) {
        message.write(blank, 0, blank.length);
        blank = null;
      }
      if (isBlank()) {
        blank = copyOfLine();
        continue;
      }
      int drop = lineBytes[lineStart] == '>' ? escaping.unescape(lineBytes, lineStart, lineLength) : 0;
      message.write(lineBytes, lineStart + drop, lineLength - drop);
    }
    if (blank != null) {
      message.write(blank, 0, blank.length);
    }
    return new RawMessage(start, start + 1, at, message.toByteArray(), true);
  }

  private byte[] copyOfLine() {
    return Arrays.copyOfRange(lineBytes, lineStart, lineStart + lineLength);
  }

  private boolean startsWith(int from, String prefix) {
    return startsWith(lineBytes, lineStart, lineLength, from, prefix);
  }

  private static boolean startsWith(byte[] l, int start, int length, int from, String prefix) {
    if (length - from < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (l[start + from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean isBlank() {
    byte first = lineBytes[lineStart];
    return (lineLength == 1 && first == '\n') || (lineLength == 2 && first == '\r'
        && lineBytes[lineStart + 1] == '\n');
  }

  /** A line without its ending, for matching. */
  private static String text(byte[] l, int start, int length) {
    int end = start + length;
    while (end > start && (l[end - 1] == '\n' || l[end - 1] == '\r')) {
      end--;
    }
    return new String(l, start, end - start, StandardCharsets.ISO_8859_1);
  }

  /** Reads the next line, with its ending; false at the end of the input. */
  private boolean readLine() throws IOException {
    if (pos == limit && !fill()) {
      return false;
    }
    int start = pos;
    while (pos < limit && buffer[pos] != '\n') {
      pos++;
    }
    if (pos < limit) {
      pos++;
      lineBytes = buffer;
      lineStart = start;
      lineLength = pos - start;
    } else {
      spilled(start);
    }
    lineNumber++;
    lineOffset = offset;
    offset += lineLength;
    if (offset > MAX_INPUT_BYTES) {
      throw new TooLarge(lineNumber, "the input is larger than " + (MAX_INPUT_BYTES >> 20) + " MiB, the most review "
          + "reads");
    }
    return true;
  }

  /** A line that goes on past the end of the buffer: gathered in {@code spill}, piece by piece. */
  private void spilled(int start) throws IOException {
    int length = 0;
    int from = start;
    while (true) {
      if (length + pos - from > MAX_LINE_BYTES) {
        throw new TooLarge(lineNumber + 1, "a line longer than " + (MAX_LINE_BYTES >> 20) + " MiB (review reads "
            + "lines up to that; mail allows 998 characters)");
      }
      if (length + pos - from > spill.length) {
        spill = Arrays.copyOf(spill, Math.max(spill.length * 2, length + pos - from));
      }
      System.arraycopy(buffer, from, spill, length, pos - from);
      length += pos - from;
      if ((pos > from && buffer[pos - 1] == '\n') || !fill()) {
        break;
      }
      from = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      pos += pos < limit ? 1 : 0;
    }
    lineBytes = spill;
    lineStart = 0;
    lineLength = length;
  }

  private boolean fill() throws IOException {
    limit = in.read(buffer, 0, buffer.length);
    pos = 0;
    if (limit <= 0) {
      limit = 0;
      return false;
    }
    return true;
  }
}
