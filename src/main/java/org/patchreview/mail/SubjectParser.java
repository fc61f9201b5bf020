package org.patchreview.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a subject into its {@code [PATCH ...]} prefix and the commit summary, the way {@code git am} does. */
final class SubjectParser {
  /** A subject without its prefix, what the prefix said, and whether it starts with a reply marker ({@code Re:}). */
  record Parsed(String subject, SubjectPrefix prefix, boolean reply) {}

  // git am strips every leading bracket group and reply marker, not only the one that says PATCH.
  private static final Pattern LEADING =
      Pattern.compile("^\\s*(?:(re|aw)\\s*:|fwd?\\s*:|\\[([^\\]]*)\\])", Pattern.CASE_INSENSITIVE);
  private static final Pattern VERSION = Pattern.compile("(?:patch)?v(\\d+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern POSITION = Pattern.compile("(\\d+)/(\\d+)");
  private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[\\s,]+");

  private SubjectParser() {}

  static Parsed parse(String rawSubject) {
    String rest = MessageDecoder.unfold(rawSubject);
    List<String> groups = new ArrayList<>();
    boolean reply = false;
    Matcher m = LEADING.matcher(rest);
    while (m.find()) {
      reply |= m.group(1) != null;
      if (m.group(2) != null) {
        groups.add(m.group(2));
      }
      rest = rest.substring(m.end()).strip();
      m = LEADING.matcher(rest);
    }
    return new Parsed(rest, prefixOf(groups), reply);
  }

  private static SubjectPrefix prefixOf(List<String> groups) {
    boolean rfc = false;
    int version = 1;
    int index = 0;
    int total = 0;
    List<String> tags = new ArrayList<>();
    for (String group : groups) {
      for (String token : tokens(group)) {
        String upper = token.toUpperCase(Locale.ROOT);
        Matcher v = VERSION.matcher(token);
        Matcher p = POSITION.matcher(token);
        if (upper.equals("PATCH")) {
          continue;
        } else if (upper.equals("RFC")) {
          rfc = true;
        } else if (v.matches()) {
          version = Integer.parseInt(v.group(1));
        } else if (p.matches()) {
          index = Integer.parseInt(p.group(1));
          total = Integer.parseInt(p.group(2));
        } else {
          tags.add(token);
        }
      }
    }
    return new SubjectPrefix(rfc, version, index, total, tags);
  }

  /** Whitespace-separated tokens, with {@code RFC/PATCH} style pairs split but {@code 3/7} kept whole. */
  private static List<String> tokens(String group) {
    List<String> out = new ArrayList<>();
    for (String token : TOKEN_SEPARATOR.split(group.strip())) {
      if (token.isEmpty()) {
        continue;
      }
      if (token.contains("/") && !POSITION.matcher(token).matches()) {
        for (String part : token.split("/")) {
          if (!part.isEmpty()) {
            out.add(part);
          }
        }
      } else {
        out.add(token);
      }
    }
    return out;
  }
}
