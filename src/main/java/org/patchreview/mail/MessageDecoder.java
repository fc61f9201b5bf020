package org.patchreview.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.patchreview.diag.Diagnostic;

/** Decodes one raw message with mime4j into a {@link MailMessage}: headers (RFC 2047) and text parts (charsets). */
final class MessageDecoder {
  private static final Pattern HEADER_LINE = Pattern.compile("[\\x21-\\x39\\x3b-\\x7e]+:.*");
  private static final Pattern MSG_ID = Pattern.compile("<([^<>\\s]+)>");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NAME_ADDR = Pattern.compile("^\\s*\"?(.*?)\"?\\s*<([^<>]*)>\\s*$");

  private final String source;
  private final List<Diagnostic> diagnostics;
  private final DefaultMessageBuilder builder = new DefaultMessageBuilder();
  private final Scratch scratch = new Scratch();

  /** A reusable buffer for the bytes of one text part, decoded in place. */
  private static final class Scratch extends ByteArrayOutputStream {
    Scratch() {
      super(16384);
    }

    byte[] bytes() {
      return buf;
    }
  }

  MessageDecoder(String source, List<Diagnostic> diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
    // Lines are bounded by the splitter; headers here: a message with more than 1,000 header fields or a field
    // folded past 64 KiB is skipped with a warning (200,000 folded lines once took minutes).
    builder.setMimeEntityConfig(new MimeConfig.Builder().setMaxLineLen(-1).setMaxHeaderCount(1000)
        .setMaxHeaderLen(64 << 10).setMaxContentLen(-1).build());
    builder.setDecodeMonitor(DecodeMonitor.SILENT);
  }

  MailMessage decode(RawMessage raw) throws IOException, MimeException {
    if (!raw.fromMbox() && !looksLikeHeader(raw.firstLineText())) {
      return bare(raw);
    }
    Message message = builder.parseMessage(new ByteArrayInputStream(raw.bytes()));
    try {
      int headerEnd = raw.headerEndIndex();
      int bodyLine = raw.firstLine() + (headerEnd < 0 ? 0 : headerEnd + 1);
      String[] author = author(message);
      List<MailPart> parts = new ArrayList<>();
      collectParts(message, parts, raw.startLine());
      return new MailMessage(source, raw.startLine(), bodyLine, false, unfold(nullToEmpty(message.getSubject())),
          author[0], author[1], fieldBody(message, "Date"), firstId(nullToEmpty(message.getMessageId())),
          firstId(fieldBody(message, "In-Reply-To")), ids(fieldBody(message, "References")), parts,
          recipients(message, "To"), recipients(message, "Cc"));
    } finally {
      message.dispose();
    }
  }

  /** "Index: foo" looks like a header but starts a diff; anything else shaped "Name: value" starts a mail. */
  private static boolean looksLikeHeader(String firstLine) {
    return HEADER_LINE.matcher(firstLine).matches() && !firstLine.startsWith("Index:");
  }

  private MailMessage bare(RawMessage raw) {
    String text = normalise(decodeText(raw.bytes(), raw.bytes().length, null, raw.startLine()));
    return new MailMessage(source, raw.startLine(), raw.firstLine(), true, "", "", "", "", "", "", List.of(),
        List.of(new MailPart("text/plain", "", text)));
  }

  /** The author's name and address; a From field mime4j cannot parse is split by hand rather than dropped. */
  private static String[] author(Message message) {
    try {
      MailboxList from = message.getFrom();
      if (from != null && !from.isEmpty()) {
        Mailbox box = from.get(0);
        return new String[] {nullToEmpty(box.getName()), nullToEmpty(box.getAddress())};
      }
    } catch (RuntimeException e) {
      // fall through to the lenient split below
    }
    return splitAddress(decodeWords(fieldBody(message, "From")));
  }

  /**
   * The addresses of a To or Cc field as {@code Name <address>} (or the address alone), decoded; a field mime4j
   * cannot parse is split at commas outside quotes and angle brackets rather than dropped.
   */
  private static List<String> recipients(Message message, String field) {
    List<String> out = new ArrayList<>();
    try {
      org.apache.james.mime4j.dom.address.AddressList list = field.equals("To") ? message.getTo() : message.getCc();
      if (list != null) {
        for (Mailbox box : list.flatten()) {
          String name = nullToEmpty(box.getName());
          out.add(name.isEmpty() ? box.getAddress() : name + " <" + box.getAddress() + ">");
        }
      }
      return out;
    } catch (RuntimeException e) {
      out.clear();
    }
    StringBuilder one = new StringBuilder();
    boolean quoted = false;
    int angle = 0;
    for (char c : (decodeWords(fieldBody(message, field)) + ",").toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '<') {
        angle++;
      } else if (c == '>') {
        angle--;
      }
      if (c == ',' && !quoted && angle <= 0) {
        if (!one.toString().isBlank()) {
          out.add(one.toString().strip());
        }
        one.setLength(0);
      } else {
        one.append(c);
      }
    }
    return out;
  }

  /** Splits {@code Name <address>} (used for in-body From lines too). */
  static String[] splitAddress(String value) {
    Matcher m = NAME_ADDR.matcher(value);
    if (m.matches()) {
      return new String[] {m.group(1).strip(), m.group(2).strip()};
    }
    return value.contains("@") ? new String[] {"", value.strip()} : new String[] {value.strip(), ""};
  }

  static String decodeWords(String value) {
    return unfold(DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT));
  }

  private void collectParts(Entity entity, List<MailPart> out, int line) throws IOException {
    Body body = entity.getBody();
    if (body instanceof Multipart multipart) {
      for (Entity part : multipart.getBodyParts()) {
        collectParts(part, out, line);
      }
    } else if (body instanceof SingleBody single && isText(entity)) {
      // Written out rather than read: mime4j hands its buffer over in one copy, and the text is decoded from ours.
      scratch.reset();
      single.writeTo(scratch);
      out.add(new MailPart(entity.getMimeType(), entity.getFilename(),
          normalise(decodeText(scratch.bytes(), scratch.size(), declaredCharset(entity), line))));
    }
  }

  /** Text parts, and attachments named like patches whatever type the mailer gave them. */
  private static boolean isText(Entity entity) {
    String type = nullToEmpty(entity.getMimeType()).toLowerCase(Locale.ROOT);
    String name = nullToEmpty(entity.getFilename()).toLowerCase(Locale.ROOT);
    return (type.startsWith("text/") && !type.equals("text/html"))
        || name.endsWith(".patch") || name.endsWith(".diff");
  }

  private static String declaredCharset(Entity entity) {
    Field field = entity.getHeader() == null ? null : entity.getHeader().getField("Content-Type");
    return field instanceof ContentTypeField ct ? ct.getCharset() : null;
  }

  /**
   * Decodes with the declared charset; without one (or with us-ascii, which mailers write for 8-bit text too) valid
   * UTF-8 is taken as UTF-8 and anything else as ISO-8859-1, so that no byte is lost.
   */
  private String decodeText(byte[] bytes, int length, String declared, int line) {
    String name = declared == null ? "" : declared.strip().toLowerCase(Locale.ROOT);
    if (!name.isEmpty() && !name.equals("us-ascii") && !name.equals("ascii")) {
      try {
        return new String(bytes, 0, length, Charset.forName(name));
      } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
        diagnostics.add(Diagnostic.warning(source, line, "unknown charset \"" + declared + "\"; read as UTF-8"));
      }
    }
    // The JDK's own decoding is the fast one; only text where it had to replace something is decoded strictly.
    String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
  }

  private static String normalise(String text) {
    return text.replace("\r\n", "\n");
  }

  private static String fieldBody(Message message, String name) {
    Field field = message.getHeader().getField(name);
    return field == null ? "" : unfold(nullToEmpty(field.getBody()));
  }

  /** A header value on one line, runs of white space made one space. */
  static String unfold(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == '\t' || (c == ' ' && i + 1 < value.length() && value.charAt(i + 1) == ' ')) {
        return WHITESPACE.matcher(value).replaceAll(" ").strip();
      }
    }
    // Most values are one line with single spaces: nothing to collapse.
    return value.strip();
  }

  private static String firstId(String value) {
    Matcher m = MSG_ID.matcher(value);
    return m.find() ? m.group(1) : value.strip();
  }

  private static List<String> ids(String value) {
    List<String> out = new ArrayList<>();
    Matcher m = MSG_ID.matcher(value);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
