package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mails exactly as today's git format-patch and b4 write them, made at test time in a repository of the modelled
 * kernel: whatever they add after the last hunk (a blank line, base-commit:, prerequisite-patch-id:, the signature,
 * b4's remnants) or around the patches (a cover letter's interdiff and range-diff) must leave the verdicts of the plain
 * mail unchanged, with no warning about the diff.
 */
class GitAndB4MailsTest {
  private static final Path PATCHES = Path.of("patches");
  private static final String FIX = "0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox";
  private static final String CLEANUP = "0004-ARM-dma-mapping-Minor-comment-and-naming-cleanups.mbox";

  @TempDir static Path dir;
  private static Path repo;
  private static String base;

  @BeforeAll
  static void repository() throws Exception {
    Assumptions.assumeTrue(onPath("git"), "git is not on the PATH: mails as git format-patch writes them are not tried");
    repo = dir.resolve("linux");
    copy(Path.of("corpus/kernel"), repo);
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "base");
    base = git("rev-parse", "HEAD").strip();
    // v1 is the fix alone; v2 puts the cleanup before it, so the two versions differ and have an interdiff.
    git("checkout", "-q", "-b", "v1");
    git("am", "-q", PATCHES.resolve(FIX).toAbsolutePath().toString());
    git("checkout", "-q", "-b", "v2", base);
    git("am", "-q", PATCHES.resolve(CLEANUP).toAbsolutePath().toString());
    git("am", "-q", PATCHES.resolve(FIX).toAbsolutePath().toString());
  }

  @Test
  void formatPatchWithBase() throws Exception {
    Path plain = formatPatch("plain", "v1", "-1");
    Path based = formatPatch("based", "v1", "-1", "--base=" + base);
    assertTrue(Files.readString(based).contains("\n\nbase-commit: " + base + "\n-- \n"), "git writes its trailer");
    assertSameVerdicts(plain, based);
  }

  @Test
  void secondVersionWithInterdiffAndPrerequisite() throws Exception {
    Path plain = formatPatch("plain-v2", "v2", "-1");
    Path v2 = formatPatch("v2", "v2", "-1", "-v2", "--interdiff=v1", "--base=" + base);
    String text = Files.readString(v2);
    assertTrue(text.contains("Interdiff against v1:") && text.contains("prerequisite-patch-id: "), text);
    assertSameVerdicts(plain, v2);
  }

  @Test
  void secondVersionWithRangeDiff() throws Exception {
    Path plain = formatPatch("plain-v2", "v2", "-1");
    Path v2 = formatPatch("v2-range", "v2", "-1", "-v2", "--range-diff=v1", "--base=" + base);
    assertTrue(Files.readString(v2).contains("Range-diff against v1:"), "git writes the range-diff");
    assertSameVerdicts(plain, v2);
  }

  @Test
  void seriesWithCoverLetterInterdiffAndRangeDiff() throws Exception {
    Path plain = formatPatch("plain-series", "v2", "-2");
    Path series = formatPatch("series", "v2", "-2", "-v2", "--cover-letter", "--interdiff=v1", "--range-diff=v1",
        "--base=" + base, "--thread");
    assertTrue(Files.readString(series).contains("\nInterdiff against v1:\ndiff --git "), "the interdiff is unindented");
    assertSameVerdicts(plain, series);
  }

  @Test
  void b4AmOfTheSeries() throws Exception {
    Assumptions.assumeTrue(onPath("b4"), "b4 is not on the PATH (Debian package b4): b4 am output is not tried");
    Path plain = formatPatch("plain-series", "v2", "-2");
    Path series = formatPatch("b4-series", "v2", "-2", "-v2", "--cover-letter", "--interdiff=v1", "--base=" + base,
        "--thread");
    Matcher cover = Pattern.compile("(?mi)^Message-Id: <([^>]+)>").matcher(Files.readString(series));
    assertTrue(cover.find());
    assertSameVerdicts(plain, b4Am(series, cover.group(1)));
  }

  /** b4 0.12 leaves a {@code ---} line between the files of a patch that came as a base64 attachment. */
  @Test
  void b4AmOfABase64Attachment() throws Exception {
    Assumptions.assumeTrue(onPath("b4"), "b4 is not on the PATH (Debian package b4): b4 am output is not tried");
    Path plain = formatPatch("plain", "v1", "-1");
    String text = Files.readString(formatPatch("attached", "v1", "-1", "--base=" + base));
    int diff = text.indexOf("diff --git ");
    String message = text.substring(text.indexOf("\n\n") + 2, text.indexOf("\n---\n"));
    String boundary = "attached-patch";
    String mail = "From x Mon Sep 17 00:00:00 2001\n"
        + "From: Laurent Pinchart <laurent.pinchart+renesas@ideasonboard.com>\n"
        + "Subject: [PATCH] ARM: dma-mapping: Don't tear third-party mappings\n"
        + "Date: Tue, 16 May 2017 18:14:05 +0300\n"
        + "Message-Id: <attached@example.org>\n"
        + "MIME-Version: 1.0\n"
        + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n\n"
        + "--" + boundary + "\nContent-Type: text/plain; charset=utf-8\n\n" + message + "\n\n"
        + "--" + boundary + "\nContent-Type: text/x-patch; name=0001.patch\n"
        + "Content-Disposition: attachment; filename=0001.patch\nContent-Transfer-Encoding: base64\n\n"
        + Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(text.substring(diff).getBytes(StandardCharsets.UTF_8))
        + "\n--" + boundary + "--\n";
    Path attached = dir.resolve("attached.mbox");
    Files.writeString(attached, mail);
    assertSameVerdicts(plain, b4Am(attached, "attached@example.org"));
  }

  private static void assertSameVerdicts(Path plain, Path sent) {
    CommandLineRun want = CommandLineRun.of("apply", plain.toString(), "--format", "json");
    CommandLineRun got = CommandLineRun.of("apply", sent.toString(), "--format", "json");
    List<String> cells = cells(want.out());
    assertFalse(cells.isEmpty(), want.err());
    assertEquals(want.exitCode(), got.exitCode(), got.err());
    assertEquals(cells, cells(got.out()), sent.getFileName().toString());
    assertFalse(got.err().contains("error:") || got.err().contains("suspicious diff"), got.err());
  }

  /** Every {@code patch board/config/scenario: verdict} of a JSON report, in its order. */
  private static List<String> cells(String json) {
    Matcher m = Pattern.compile("\"board\": \"([^\"]+)\",\\s*\"config\": \"([^\"]+)\",\\s*\"scenario\": \"([^\"]+)\","
        + "\\s*\"verdict\": \"(\\w+)\"").matcher(json);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1) + "/" + m.group(2) + "/" + m.group(3) + ": " + m.group(4));
    }
    return out;
  }

  /** The mails of {@code git format-patch ARGS REV}, as one mbox. */
  private static Path formatPatch(String name, String rev, String... args) throws Exception {
    Path out = dir.resolve(name);
    List<String> command = new ArrayList<>(List.of("format-patch", "-q", "-o", out.toString()));
    command.addAll(List.of(args));
    command.add(rev);
    git(command.toArray(String[]::new));
    StringBuilder mbox = new StringBuilder();
    try (Stream<Path> files = Files.list(out)) {
      for (Path p : files.sorted().toList()) {
        mbox.append(Files.readString(p));
      }
    }
    Path file = dir.resolve(name + ".mbox");
    Files.writeString(file, mbox);
    return file;
  }

  /** What {@code b4 am -o -} writes for the thread of {@code messageId} in {@code mbox}, read offline. */
  private static Path b4Am(Path mbox, String messageId) throws Exception {
    String out = run(dir, List.of("b4", "-q", "am", "-C", "--no-cover", "-m", mbox.toString(), "-o", "-", messageId));
    assertTrue(out.contains("diff --git "), "b4 am wrote no patch:\n" + out);
    Path file = dir.resolve("b4-" + messageId.replaceAll("[^A-Za-z0-9]", "_") + ".mbox");
    Files.writeString(file, out);
    return file;
  }

  private static String git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    return run(repo, command);
  }

  /** Runs a command with an identity of its own and no user or system configuration; its standard output. */
  private static String run(Path where, List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(where.toFile()).redirectErrorStream(false);
    Map<String, String> env = pb.environment();
    env.put("HOME", dir.toString());
    env.put("XDG_CONFIG_HOME", dir.resolve(".config").toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_COUNT", "3");
    env.put("GIT_CONFIG_KEY_0", "user.name");
    env.put("GIT_CONFIG_VALUE_0", "Test");
    env.put("GIT_CONFIG_KEY_1", "user.email");
    env.put("GIT_CONFIG_VALUE_1", "test@example.org");
    env.put("GIT_CONFIG_KEY_2", "init.defaultBranch");
    env.put("GIT_CONFIG_VALUE_2", "main");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    pb.redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), command + " did not finish");
    assertEquals(0, p.exitValue(), command + ": " + Files.readString(err));
    return out;
  }

  private static boolean onPath(String tool) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
