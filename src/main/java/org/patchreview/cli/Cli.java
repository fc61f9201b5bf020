package org.patchreview.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The command line's grammar: options ({@code --name VALUE}, {@code --name=VALUE}, {@code -o VALUE}, {@code -oVALUE},
 * flags), positional parameters, {@code --} ending the options, {@code -h}/{@code --help} anywhere, and the help
 * text, in GNU style.
 *
 * <p>Written here rather than taken from picocli: on a cold start picocli cost 95 to 120 ms of CPU before any work
 * (reflection over the annotations of every command, built-in converters registered per command, and class files
 * of Java 5 that the class-data archive of a dynamic dump leaves out and the old verifier checks), about a third of
 * {@code review --version} and a sixth of a cold {@code review parse} of arch/arm/mm. Each command declares its
 * options as a list of values with setters; nothing is reflective.
 */
final class Cli {
  private Cli() {}

  /** A mistake in the command line: the message is said on one line, then how to get help; exit code 2. */
  static final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message);
    }
  }

  /**
   * An option: its names, the label of its value (null for a flag), its help, and what to do with each value. When
   * {@code takes} is not null the value is optional: the next argument is the option's value only if {@code takes}
   * accepts it, else the option is given alone ({@code set} gets null) and that argument is read on its own.
   */
  record Option(List<String> names, String label, String help, Consumer<String> set,
      java.util.function.Predicate<String> takes) {
    Option(List<String> names, String label, String help, Consumer<String> set) {
      this(names, label, help, set, null);
    }

    String longest() {
      return names.get(names.size() - 1);
    }
  }

  /** The positional parameters: their label, at least {@code min}, at most one unless {@code many}. */
  record Positional(String label, int min, boolean many, String help, Consumer<String> add) {}

  /**
   * A command: its name, one paragraph of description, its options and its positional parameters, and the options
   * that, given without a value, make it run without its required parameters (such as {@code --list-bases}).
   */
  record Command(String name, String description, List<Option> options, Positional positional,
      List<String> standalone) {
    Command(String name, String description, List<Option> options, Positional positional) {
      this(name, description, options, positional, List.of());
    }
  }

  /** A flag: {@code names} separated by spaces, such as {@code "-R --reverse"}. */
  static Option flag(String names, String help, Runnable on) {
    return new Option(List.of(names.split(" ")), null, help, v -> on.run());
  }

  /** An option whose value {@code label} may be left out: it is the next argument only when {@code takes} says so. */
  static Option optional(String names, String label, String help, java.util.function.Predicate<String> takes,
      Consumer<String> set) {
    return new Option(List.of(names.split(" ")), label, help, set, takes);
  }

  /** An option taking a value labelled {@code label}. */
  static Option value(String names, String label, String help, Consumer<String> set) {
    return new Option(List.of(names.split(" ")), label, help, set);
  }

  /**
   * Parses {@code args} into {@code command}'s setters; returns false when help was asked for (then nothing else is
   * checked). Throws {@link UsageError} for an unknown option, a missing or unexpected value, a missing parameter or
   * one too many, and for what a setter refuses.
   */
  static boolean parse(Command command, List<String> args) {
    int end = args.indexOf("--");
    List<String> beforeEnd = end < 0 ? args : args.subList(0, end);
    if (beforeEnd.contains("-h") || beforeEnd.contains("--help")) {
      return false;
    }
    List<String> positional = new ArrayList<>();
    java.util.Set<String> alone = new java.util.HashSet<>();
    boolean options = true;
    try {
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        if (options && a.equals("--")) {
          options = false;
        } else if (options && a.startsWith("-") && a.length() > 1) {
          i = option(command, args, i, a, alone);
        } else {
          Positional p = command.positional();
          if (p == null || !p.many() && !positional.isEmpty()) {
            throw new UsageError("unexpected argument '" + a + "' (argument " + (i + 1) + ")");
          }
          positional.add(a);
        }
      }
    } catch (HelpAsked asked) {
      return false;
    }
    Positional p = command.positional();
    if (p != null && positional.size() < p.min() && command.standalone().stream().noneMatch(alone::contains)) {
      throw new UsageError("missing required parameter '" + p.label() + "'");
    }
    if (p != null) {
      positional.forEach(p.add());
    }
    return true;
  }

  /** -h met inside a cluster of short flags, such as -Rh. */
  private static final class HelpAsked extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HelpAsked() {
      super(null, null, false, false);
    }
  }

  /**
   * Takes the option {@code a} at {@code args[i]} (and its value); returns the index of the last argument used.
   * Short flags may be clustered ({@code -Ro OUT} is {@code -R -o OUT}).
   */
  private static int option(Command command, List<String> args, int i, String a, java.util.Set<String> alone) {
    String name = a;
    String inline = null;
    if (a.startsWith("--")) {
      int eq = a.indexOf('=');
      if (eq > 0) {
        name = a.substring(0, eq);
        inline = a.substring(eq + 1);
      }
    } else if (a.length() > 2) {
      name = a.substring(0, 2);
      inline = a.charAt(2) == '=' ? a.substring(3) : a.substring(2);
    }
    if (name.equals("-h")) {
      throw new HelpAsked();
    }
    Option o = find(command, name);
    if (o == null) {
      throw new UsageError("unknown option '" + (a.startsWith("--") ? name : a) + "'");
    }
    if (o.label() == null) {
      if (inline != null && !a.startsWith("--") && a.charAt(2) != '=') {
        o.set().accept(null);
        alone.add(o.longest());
        return option(command, args, i, "-" + inline, alone);
      }
      if (inline != null) {
        throw new UsageError("option '" + name + "' takes no value, but was given '" + inline + "'");
      }
      alone.add(o.longest());
      o.set().accept(null);
      return i;
    }
    if (inline == null && o.takes() != null && (i + 1 >= args.size() || !o.takes().test(args.get(i + 1)))) {
      alone.add(o.longest());
      o.set().accept(null);
      return i;
    }
    if (inline == null) {
      if (i + 1 >= args.size()) {
        throw new UsageError("option '" + o.longest() + "' needs a value (" + o.label() + ")");
      }
      inline = args.get(++i);
    }
    o.set().accept(inline);
    return i;
  }

  private static Option find(Command command, String name) {
    for (Option o : command.options()) {
      if (o.names().contains(name)) {
        return o;
      }
    }
    return null;
  }

  /** An int value of {@code option}, at least {@code min}. */
  static int integer(String option, String value, int min) {
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new UsageError("invalid value for option '" + option + "': '" + value + "' is not an int");
    }
    if (n < min) {
      throw new UsageError(option + " must be " + min + " or more, not " + n);
    }
    return n;
  }

  /** A percentage value of {@code option}, from 0 to 100. */
  static double percent(String option, String value) {
    double d;
    try {
      d = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new UsageError("invalid value for option '" + option + "': '" + value + "' is not a number");
    }
    if (!(d >= 0 && d <= 100)) {
      throw new UsageError(option + " must be a percentage from 0 to 100, not " + value);
    }
    return d;
  }

  /** A path value of {@code option}. */
  static Path path(String option, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageError("invalid value for " + (option.startsWith("-") ? "option '" : "parameter '") + option
          + "': '" + value + "' is not a path (" + e.getReason() + ")");
    }
  }

  /** One of the constants of {@code type}, by its exact name. */
  static <E extends Enum<E>> E choice(String option, String value, Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
      names.add(e.name());
    }
    throw new UsageError("invalid value for option '" + option + "': expected one of " + names + " but was '"
        + value + "'");
  }

  /** The help of {@code command} ({@code program} is what runs it, such as "review apply"), wrapped to width. */
  static String help(String program, Command command, int width) {
    StringBuilder out = new StringBuilder("Usage: ").append(program);
    if (!command.options().isEmpty()) {
      out.append(" [OPTION]...");
    }
    Positional p = command.positional();
    if (p != null) {
      out.append(' ').append(p.min() == 0 ? "[" + p.label() + "]" : p.label()).append(p.many() ? "..." : "");
    }
    out.append('\n');
    wrap(out, "", command.description(), width);
    List<String[]> rows = new ArrayList<>();
    if (p != null) {
      rows.add(new String[] {"  " + p.label(), p.help()});
    }
    for (Option o : command.options()) {
      String names = String.join(", ", o.names());
      String first = o.names().get(0).startsWith("--") ? "      " + names : "  " + names;
      String value = o.label() == null ? "" : o.takes() != null ? "[=" + o.label() + "]"
          : (o.longest().startsWith("--") ? "=" : " ") + o.label();
      rows.add(new String[] {first + value, o.help()});
    }
    rows.add(new String[] {"  -h, --help", "print this help and exit"});
    int column = Math.min(rows.stream().mapToInt(r -> r[0].length()).max().orElse(0) + 2, Math.max(20, width / 3));
    out.append('\n');
    for (String[] r : rows) {
      String indent = " ".repeat(column);
      if (r[0].length() + 2 <= column) {
        wrap(out, r[0] + " ".repeat(column - r[0].length()), r[1], width, indent);
      } else {
        out.append(r[0]).append('\n');
        wrap(out, indent, r[1], width, indent);
      }
    }
    return out.toString();
  }

  private static void wrap(StringBuilder out, String indent, String text, int width) {
    wrap(out, indent, text, width, indent);
  }

  /** {@code text} in lines of at most {@code width} columns, the first after {@code first}, the others after {@code rest}. */
  static void wrap(StringBuilder out, String first, String text, int width, String rest) {
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!empty && line.length() + 1 + word.length() > width) {
        out.append(line).append('\n');
        line = new StringBuilder(rest);
        empty = true;
      }
      line.append(empty ? "" : " ").append(word);
      empty = false;
    }
    out.append(line).append('\n');
  }
}
