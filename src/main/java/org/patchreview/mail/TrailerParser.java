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
    String text = diff < 0 ? body : body.substring(0, diff);
    List<Envelope.GivenTrailer> out = new ArrayList<>();
    int index = 0;
    // Walked by offsets: most lines of a reply are quotes or prose and are never cut out of the body.
    for (int start = 0; start <= text.length(); index++) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      if (end - start == 3 && text.startsWith("-- ", start)) {
        break;
      }
      Matcher m = mayGive(text, start, end) ? GIVEN_LINE.matcher(text.substring(start, end)) : null;
      if (m != null && m.matches()) {
        String value = m.group(2);
        int at = bodyLine + index;
        int next = text.indexOf('\n', end + 1);
        int nextEnd = next < 0 ? text.length() : next;
        if (!value.contains("@") && end < text.length() && text.substring(end + 1, nextEnd).strip().startsWith("<")) {
          value = value + " " + text.substring(end + 1, nextEnd).strip();
          end = nextEnd;
          index++;
        }
        out.add(new Envelope.GivenTrailer(new Trailer(canonical(m.group(1)), value), at));
      }
      start = end + 1;
    }
    return out;
  }

  /** Only a line that is not quoted and has "-by" in it (in any case) can give a trailer. */
  private static boolean mayGive(String text, int start, int end) {
    int first = start;
    while (first < end && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
      first++;
    }
    if (first == end || text.charAt(first) == '>') {
      return false;
    }
    // Only this line is searched: indexOf would run on to the next '-' of the text, however far (quadratic on a
    // long text with few dashes).
    for (int dash = first; dash + 3 <= end; dash++) {
      if (text.charAt(dash) == '-' && text.regionMatches(true, dash, "-by", 0, 3)) {
        return true;
      }
    }
    return false;
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
