package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Colour and width from the environment: a terminal, NO_COLOR (no-color.org) and COLUMNS. */
class TerminalTest {
  private static Terminal terminal(String stdoutTty, String noColor, String columns) {
    Properties p = new Properties();
    if (!stdoutTty.isEmpty()) {
      p.setProperty("review.stdout.tty", stdoutTty);
    }
    Map<String, String> env = new java.util.HashMap<>();
    if (noColor != null) {
      env.put("NO_COLOR", noColor);
    }
    if (columns != null) {
      env.put("COLUMNS", columns);
    }
    return Terminal.detect(env, p, false);
  }

  @ParameterizedTest(name = "tty={0} NO_COLOR={1} --color {2} -> {3}")
  @CsvSource(nullValues = "null", value = {
      "1, null, auto, true",
      "0, null, auto, false",
      "'', null, auto, false",
      "1, 1, auto, false",
      "1, '', auto, true",
      "1, 1, always, true",
      "0, null, always, true",
      "1, null, never, false"})
  void colourFollowsTheTerminalNoColorAndTheOption(String tty, String noColor, String when, boolean colour) {
    assertEquals(colour, terminal(tty, noColor, null).colour(when));
  }

  @ParameterizedTest(name = "COLUMNS={0} -> {1}")
  @CsvSource(nullValues = "null", value = {"null, 100", "80, 80", "'', 100", "wide, 100", "0, 100", "' 132 ', 132"})
  void widthIsColumnsElseAHundred(String columns, int width) {
    assertEquals(width, terminal("1", null, columns).columns());
  }

  @org.junit.jupiter.api.Test
  void withoutTheLauncherAConsoleMeansATerminal() {
    assertTrue(Terminal.detect(Map.of(), new Properties(), true).stdoutTty());
    assertTrue(Terminal.detect(Map.of(), new Properties(), true).stderrTty());
    assertFalse(Terminal.detect(Map.of(), new Properties(), false).stderrTty());
  }
}
