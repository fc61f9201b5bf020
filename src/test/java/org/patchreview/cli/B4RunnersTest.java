package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patchreview.report.Json;

/**
 * {@code --format checkpatch} and {@code --format checks} read as b4 reads a check command's output, the message piped
 * on standard input the way b4 pipes it (without an mbox From_ line). Debian's b4 (0.12) predates check commands and
 * PyPI is not reachable here, so the readers are written from b4's source at its tags (src/b4/__init__.py
 * {@code LoreMessage.run_local_check} at v0.14.0 and v0.15.0, src/b4/review/checks.py {@code _run_external_cmd} at
 * v0.15.0): the rules, not the code.
 */
class B4RunnersTest {
  private static final String TROJAN = "src/test/resources/mail/checks/trojan-source.eml";

  /** One result as b4 shows it: a flag and a line (am), or a tool, a status and details (review). */
  record Flag(String flag, String line) {}

  private static CommandLineRun pipe(String mbox, String format) throws Exception {
    String mail = Files.readString(Path.of(mbox), StandardCharsets.UTF_8);
    byte[] message = (mail.startsWith("From ") ? mail.substring(mail.indexOf('\n') + 1) : mail)
        .getBytes(StandardCharsets.UTF_8);
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(message));
    try {
      return CommandLineRun.of("apply", "--format", format, "-");
    } finally {
      System.setIn(saved);
    }
  }

  /** b4 0.14's am-perpatch-check-cmd: each stdout line, "fail" with ERROR: in it, else "warning"; none, success. */
  static List<Flag> am014(CommandLineRun r) {
    List<Flag> out = new ArrayList<>();
    for (String line : r.out().strip().isEmpty() ? List.<String>of() : r.out().strip().lines().toList()) {
      out.add(new Flag(line.contains("ERROR:") ? "fail" : "warning", line.startsWith("-:") ? line.substring(2) : line));
    }
    if (out.isEmpty()) {
      out.add(new Flag("success", "passed all checks"));
    }
    return out;
  }

  /** b4 0.15 reads the same, and every line of standard error as a failure; silence with an exit code fails. */
  static List<Flag> am015(CommandLineRun r) {
    List<Flag> out = new ArrayList<>(am014(r));
    out.removeIf(f -> f.flag().equals("success"));
    r.err().strip().lines().filter(l -> !l.isEmpty()).forEach(l -> out.add(new Flag("fail", l)));
    if (out.isEmpty()) {
      out.add(r.exitCode() != 0 ? new Flag("fail", "Exited with error code " + r.exitCode())
          : new Flag("success", "passed all checks"));
    }
    return out;
  }

  /** b4 0.15's review-perpatch-check-cmd: a JSON list of {tool, status, summary, details}; an unknown status fails. */
  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> review015(CommandLineRun r) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    if (r.out().isBlank()) {
      assertEquals(0, r.exitCode(), "b4 takes silence with an exit code for a failure");
      return out;
    }
    for (Object o : (List<Object>) Json.parse(r.out())) {
      Map<String, Object> e = (Map<String, Object>) o;
      assertTrue(List.of("pass", "warn", "fail").contains(e.get("status")), e.toString());
      assertTrue(e.get("details") instanceof String, "b4 stores details as text");
      out.put((String) e.get("tool"), e);
    }
    return out;
  }

  private static String status(Map<String, Map<String, Object>> results, String tool) {
    return (String) results.get(tool).get("status");
  }

  @Test
  void aFixThatOnlyRemovesProblemsPassesItsBehaviour() throws Exception {
    Map<String, Map<String, Object>> review = review015(pipe(ReferencePatchTest.PATCH, "checks"));
    assertEquals(List.of("review/behaviour", "review/message", "review/fixes"), List.copyOf(review.keySet()));
    assertEquals("pass", status(review, "review/behaviour"), review.toString());
    assertEquals("pass", status(review, "review/message"));
    assertEquals("warn", status(review, "review/fixes"), "the tag names a commit the replay does not confirm");
    List<?> details = (List<?>) Json.parse((String) review.get("review/behaviour").get("details"));
    assertTrue(details.size() > 10, "the findings behind it, as a JSON list");
    CommandLineRun checkpatch = pipe(ReferencePatchTest.PATCH, "checkpatch");
    List<Flag> am = am015(checkpatch);
    assertEquals(List.of("warning"), am.stream().map(Flag::flag).toList(), am.toString());
    assertTrue(am.get(0).line().startsWith("WARNING: Fixes: 7b07cbefb68d"), am.toString());
    assertEquals(am, am014(checkpatch));
  }

  @Test
  void aRegressionFailsWithOneErrorPerNewProblem() throws Exception {
    String mail = "patches/0005-ARM-dma-mapping-Reset-DMA-ops-when-tearing-down-a-device.mbox";
    assertEquals("fail", status(review015(pipe(mail, "checks")), "review/behaviour"));
    List<Flag> am = am015(pipe(mail, "checkpatch"));
    assertEquals(List.of("fail", "fail", "fail", "warning"), am.stream().map(Flag::flag).toList(), am.toString());
    assertTrue(am.get(0).line().startsWith("arch/arm/mm/dma-mapping.c:58: ERROR: fault new: invalid free in "
        + "__dma_free_buffer"), am.toString());
  }

  @Test
  void aPatchThatDoesNotApplyOrCompileFails() throws Exception {
    for (String mail : List.of("patches/0090-does-not-apply.mbox", "patches/0092-does-not-parse.mbox")) {
      Map<String, Map<String, Object>> review = review015(pipe(mail, "checks"));
      assertEquals("fail", status(review, "review/behaviour"), mail);
      List<Flag> am = am015(pipe(mail, "checkpatch"));
      assertTrue(am.stream().allMatch(f -> f.flag().equals("fail")), am.toString());
      assertEquals(am.stream().filter(f -> f.line().contains("ERROR:")).toList(), am, "nothing on standard error");
    }
    assertTrue(am014(pipe("patches/0092-does-not-parse.mbox", "checkpatch")).get(0).line()
        .startsWith("arch/arm/mm/dma-mapping.c:698: ERROR: "), "the patched file and line");
  }

  @Test
  void trojanSourceFailsTheMessage() throws Exception {
    assertEquals("fail", status(review015(pipe(TROJAN, "checks")), "review/message"));
    assertTrue(am014(pipe(TROJAN, "checkpatch")).stream().anyMatch(f -> f.flag().equals("fail")
        && f.line().contains("Trojan Source")));
  }

  @Test
  void aReplyThatOnlyQuotesIsNothingToCheck() throws Exception {
    assertEquals(Map.of(), review015(pipe("patches/0091-no-diff.mbox", "checks")));
    CommandLineRun checkpatch = pipe("patches/0091-no-diff.mbox", "checkpatch");
    assertEquals(List.of(new Flag("success", "passed all checks")), am015(checkpatch));
    assertEquals(List.of(new Flag("success", "passed all checks")), am014(checkpatch));
  }

  @Test
  void aChangeWithNoEffectPassesEverything() throws Exception {
    String mail = "patches/0004-ARM-dma-mapping-Minor-comment-and-naming-cleanups.mbox";
    Map<String, Map<String, Object>> review = review015(pipe(mail, "checks"));
    assertEquals("pass", status(review, "review/behaviour"));
    assertEquals(List.of(new Flag("success", "passed all checks")), am015(pipe(mail, "checkpatch")));
  }
}
