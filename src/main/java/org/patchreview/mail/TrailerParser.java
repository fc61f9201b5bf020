package org.patchreview.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the {@code Key: value} trailers at the end of a commit message (or of a reply, later). */
public final class TrailerParser {
  private static final Set<String> KNOWN = Set.of(
      "signed-off-by", "fixes", "reviewed-by", "acked-by", "tested-by", "reported-by", "suggested-by", "link",
      "cc", "co-developed-by", "closes", "reported-and-tested-by", "requested-by", "debugged-by", "message-id");
  // A space after the colon keeps URLs and "Note:1" prose out.
  private static final Pattern LINE = Pattern.compile("^([A-Za-z0-9][A-Za-z0-9-]*):[ \\t]+(\\S.*)$");
  /** The trailers a reviewer gives in a reply, anywhere in it (not only in a final paragraph). */
  private static final List<String> GIVEN = List.of("Reviewed-by", "Acked-by", "Tested-by", "Reported-by",
      "Suggested-by");
  private static final Pattern GIVEN_LINE = Pattern.compile(
      "^[ \\t]*(reviewed-by|acked-by|tested-by|reported-by|suggested-by)[ \\t]*:[ \\t]*(\\S.*?)\\s*$",
      Pattern.CASE_INSENSITIVE);

  private TrailerParser() {}

  /** Whether {@code key} is one of the trailers the kernel documents (Signed-off-by, Fixes, ...). */
  public static boolean isKnown(String key) {
    return KNOWN.contains(key.toLowerCase(Locale.ROOT));
  }

  /**
   * The trailers of a message: every {@code Key: value} line of the final paragraph when that paragraph holds a
   * known trailer (or only trailers), plus earlier paragraphs made only of known trailers (a lone {@code Fixes:}).
   */
  public static List<Trailer> parse(String message) {
    List<List<String>> paragraphs = paragraphs(message);
    if (paragraphs.isEmpty()) {
      return List.of();
    }
    List<Trailer> last = trailersOf(paragraphs.get(paragraphs.size() - 1));
    if (last.isEmpty()) {
      return List.of();
    }
    List<Trailer> out = new ArrayList<>(last);
    for (int i = paragraphs.size() - 2; i >= 0; i--) {
      List<String> lines = paragraphs.get(i);
      List<Trailer> earlier = trailersOf(lines);
      if (earlier.size() != lines.size() || !earlier.stream().allMatch(t -> isKnown(t.key()))) {
        break;
      }
      out.addAll(0, earlier);
    }
    return List.copyOf(out);
  }

  /** The trailers of one paragraph, or none when it reads as prose. */
  private static List<Trailer> trailersOf(List<String> lines) {
    List<Trailer> found = new ArrayList<>();
    int trailerLines = 0;
    boolean known = false;
    for (String line : lines) {
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        found.add(new Trailer(m.group(1), m.group(2).strip()));
        known |= isKnown(m.group(1));
        trailerLines++;
      } else if (!found.isEmpty() && !line.isEmpty() && Character.isWhitespace(line.charAt(0))) {
        Trailer prev = found.remove(found.size() - 1);
        found.add(new Trailer(prev.key(), prev.value() + " " + line.strip()));
        trailerLines++;
      }
    }
    return known || (trailerLines == lines.size() && !found.isEmpty()) ? found : List.of();
  }

  /**
   * The Reviewed-by, Acked-by, Tested-by, Reported-by and Suggested-by lines a reply gives in its own words: quoted
   * lines ({@code >}) are someone else's, the signature and any diff the reply carries are not the reply's word.
   * A value whose address went to the next line is joined back. {@code bodyLine} is the source line of the body's
   * first line.
   */
  static List<Envelope.GivenTrailer> givenInReply(String body, int bodyLine) {
    int diff = PatchExtractor.diffStart(body);
    String[] lines = (diff < 0 ? body : body.substring(0, diff)).split("\n", -1);
    List<Envelope.GivenTrailer> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.equals("-- ")) {
        break;
      }
      // Most lines of a reply are quotes or prose: only a line with "-by" in it can give a trailer.
      if (!mayGive(line)) {
        continue;
      }
      Matcher m = GIVEN_LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String value = m.group(2);
      int at = bodyLine + i;
      if (!value.contains("@") && i + 1 < lines.length && lines[i + 1].strip().startsWith("<")) {
        value = value + " " + lines[++i].strip();
      }
      out.add(new Envelope.GivenTrailer(new Trailer(canonical(m.group(1)), value), at));
    }
    return out;
  }

  private static boolean mayGive(String line) {
    int first = 0;
    while (first < line.length() && (line.charAt(first) == ' ' || line.charAt(first) == '\t')) {
      first++;
    }
    if (first == line.length() || line.charAt(first) == '>') {
      return false;
    }
    int by = line.indexOf("-by", first);
    return by > 0 || line.toLowerCase(Locale.ROOT).contains("-by");
  }

  private static String canonical(String key) {
    return GIVEN.stream().filter(k -> k.equalsIgnoreCase(key)).findFirst().orElse(key);
  }

  private static List<List<String>> paragraphs(String message) {
    List<List<String>> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : message.split("\n", -1)) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          out.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line);
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }
}
