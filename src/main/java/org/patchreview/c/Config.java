package org.patchreview.c;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kernel configuration in Kconfig's {@code .config} syntax: {@code CONFIG_X=y} makes {@code CONFIG_X} defined as 1
 * for conditional compilation and makes {@code obj-$(CONFIG_X)} lines of Makefiles build their objects.
 */
public record Config(String name, Map<String, String> symbols) {
  private static final Pattern SET = Pattern.compile("^(CONFIG_[A-Za-z0-9_]+)=(.*)$");
  private static final Pattern UNSET = Pattern.compile("^# (CONFIG_[A-Za-z0-9_]+) is not set$");

  public Config {
    symbols = Collections.unmodifiableMap(new LinkedHashMap<>(symbols));
  }

  /** Reads a {@code .config} text; malformed lines are reported through the result's problems. */
  public static ConfigReadResult parse(String name, String fileName, String text) {
    Map<String, String> symbols = new LinkedHashMap<>();
    java.util.List<org.patchreview.diag.Diagnostic> problems = new java.util.ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || UNSET.matcher(line).matches() || line.startsWith("#")) {
        continue;
      }
      Matcher m = SET.matcher(line);
      if (!m.matches()) {
        problems.add(org.patchreview.diag.Diagnostic.error(fileName, i + 1,
            "not a config line (expected CONFIG_NAME=value): " + line).quoting(lines[i]));
        continue;
      }
      symbols.put(m.group(1), m.group(2));
    }
    return new ConfigReadResult(new Config(name, symbols), problems);
  }

  /** Whether {@code CONFIG_X} is built in ({@code =y}). */
  public boolean enabled(String symbol) {
    return "y".equals(symbols.get(symbol));
  }

  /** The value the preprocessor gives the symbol: 1 for {@code y}, the literal for numbers and strings. */
  public Optional<String> macroValue(String symbol) {
    String v = symbols.get(symbol);
    if (v == null || v.equals("n")) {
      return Optional.empty();
    }
    return Optional.of(v.equals("y") ? "1" : v);
  }

  /** The result of reading a config file. */
  public record ConfigReadResult(Config config, java.util.List<org.patchreview.diag.Diagnostic> problems) {}
}
