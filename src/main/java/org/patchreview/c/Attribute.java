package org.patchreview.c;

import java.util.List;
import java.util.Optional;

/**
 * A GNU attribute or kernel annotation: its name without underscores around it, its string arguments, the raw
 * argument text, and the argument as an expression when it is one ({@code aligned(sizeof(long))}).
 */
public record Attribute(String name, List<String> strings, String arguments, Expr value) {

  public Attribute(String name, List<String> strings, String arguments) {
    this(name, strings, arguments, null);
  }


  /** The attribute name with GNU's optional double underscores removed ({@code __section__} is {@code section}). */
  public static String normalise(String name) {
    String n = name;
    if (n.startsWith("__") && n.endsWith("__") && n.length() > 4) {
      n = n.substring(2, n.length() - 2);
    } else if (n.startsWith("__")) {
      n = n.substring(2);
    }
    return n;
  }

  static boolean has(List<Attribute> attributes, String name) {
    return attributes.stream().anyMatch(a -> a.name.equals(name));
  }

  static Optional<String> section(List<Attribute> attributes) {
    return attributes.stream()
        .filter(a -> a.name.equals("section") && !a.strings.isEmpty())
        .map(a -> String.join("", a.strings))
        .findFirst();
  }
}
