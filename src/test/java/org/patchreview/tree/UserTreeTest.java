package org.patchreview.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchreview.diag.Diagnostic;

/** User trees: a directory as it is, a git repository at a revision (built here with JGit), never written. */
class UserTreeTest {
  @TempDir
  Path dir;

  private Path write(Path root, String path, String text) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** A repository named linux with two commits of drivers/misc/foo.c; the work tree holds a third, uncommitted. */
  private RevCommit[] repository(Path root) throws IOException, GitAPIException {
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("master").call()) {
      write(root, "drivers/misc/foo.c", "one\n");
      git.add().addFilepattern(".").call();
      RevCommit first = git.commit().setMessage("one").setAuthor("t", "t@example.org")
          .setCommitter("t", "t@example.org").setSign(false).call();
      git.tag().setName("v1").setObjectId(first).setAnnotated(false).call();
      write(root, "drivers/misc/foo.c", "two\n");
      git.add().addFilepattern(".").call();
      RevCommit second = git.commit().setMessage("two").setAuthor("t", "t@example.org")
          .setCommitter("t", "t@example.org").setSign(false).call();
      write(root, "drivers/misc/foo.c", "three (not committed)\n");
      return new RevCommit[] {first, second};
    }
  }

  private static String read(UserTree.Opened opened, String path) {
    assertTrue(opened.ok(), opened.diagnostics().toString());
    return opened.tree().readString(path).orElseThrow();
  }

  @Test
  void aRepositoryIsReadAtTheRevisionAsked() throws Exception {
    Path root = dir.resolve("linux");
    RevCommit[] commits = repository(root);
    UserTree.Opened atTag = UserTree.open(root, "v1", null);
    assertEquals("one\n", read(atTag, "drivers/misc/foo.c"));
    assertEquals("linux at v1 (" + commits[0].abbreviate(12).name() + ")", atTag.tree().label());
    assertEquals("two\n", read(UserTree.open(root, "HEAD", null), "drivers/misc/foo.c"));
    assertEquals("three (not committed)\n", read(UserTree.open(root, null, null), "drivers/misc/foo.c"),
        "without --rev or base-commit, the work tree as it is");
    assertFalse(atTag.tree().contains(".git/HEAD"));
    assertEquals("three (not committed)\n", Files.readString(root.resolve("drivers/misc/foo.c")), "never written");
  }

  @Test
  void baseCommitPicksTheRevisionWhenTheRepositoryHasIt() throws Exception {
    Path root = dir.resolve("linux");
    RevCommit[] commits = repository(root);
    UserTree.Opened opened = UserTree.open(root, null, commits[0].name());
    assertEquals("one\n", read(opened, "drivers/misc/foo.c"));
    assertEquals(List.of("linux: note: applying at base-commit " + commits[0].name() + ", as the mail says"),
        opened.diagnostics().stream().map(Diagnostic::oneLine).toList());
    UserTree.Opened unknown = UserTree.open(root, null, "0123456789abcdef0123456789abcdef01234567");
    assertEquals("three (not committed)\n", read(unknown, "drivers/misc/foo.c"));
    assertTrue(unknown.diagnostics().get(0).message().startsWith("the mail's base-commit 0123456789ab"),
        unknown.diagnostics().toString());
    assertEquals("two\n", read(UserTree.open(root, "HEAD", commits[0].name()), "drivers/misc/foo.c"),
        "--rev wins over base-commit");
  }

  @Test
  void badTargetsAreOneLineErrors() throws Exception {
    Path plain = Files.createDirectories(dir.resolve("plain"));
    assertEquals(plain + ": error: --rev v1 needs a git repository, and this is a plain directory",
        UserTree.open(plain, "v1", null).diagnostics().get(0).oneLine());
    assertEquals(dir.resolve("nope") + ": error: no such directory (--tree needs a directory or a git repository)",
        UserTree.open(dir.resolve("nope"), null, null).diagnostics().get(0).oneLine());
    Path root = dir.resolve("linux");
    repository(root);
    assertEquals(root + ": error: v9 is not a commit of this repository",
        UserTree.open(root, "v9", null).diagnostics().get(0).oneLine());
  }

  @Test
  void aDirectoryRecordsSymbolicLinksWithoutFollowingThem() throws IOException {
    Path root = dir.resolve("src");
    write(root, "drivers/misc/foo.c", "foo\n");
    Path outside = write(dir, "secret/passwd", "root\n");
    Files.createSymbolicLink(root.resolve("drivers/etc"), outside.getParent());
    UserTree.Opened opened = UserTree.open(root, null, null);
    assertEquals("src (directory)", opened.tree().label());
    assertEquals(List.of("drivers/misc/foo.c"), List.copyOf(opened.tree().paths()));
    assertEquals(outside.getParent().toString(), opened.tree().links().get("drivers/etc"));
    assertEquals("drivers/etc", opened.tree().linkOn("drivers/etc/passwd").orElseThrow());
    assertFalse(opened.tree().contains("drivers/etc/passwd"));
  }

  @Test
  void aTreeGivenAsASymbolicLinkIsReadThroughIt() throws IOException {
    Path real = dir.resolve("real");
    write(real, "drivers/misc/foo.c", "real\n");
    Path link = Files.createSymbolicLink(dir.resolve("linux"), real);
    assertEquals("real\n", read(UserTree.open(link, null, null), "drivers/misc/foo.c"));
  }

  @Test
  void namesNoPatchCanNameAreLeftOutAndNeverStandInForAnother() throws IOException {
    Path root = dir.resolve("linux");
    write(root, "drivers/misc/foo.c", "the real one\n");
    write(root, "drivers\\misc\\foo.c", "an impostor\n");
    write(root, "..\\x", "climbs\n");
    UserTree.Opened opened = UserTree.open(root, null, null);
    assertEquals("the real one\n", read(opened, "drivers/misc/foo.c"));
    assertEquals(List.of("drivers/misc/foo.c"), List.copyOf(opened.tree().paths()));
    assertTrue(opened.diagnostics().stream().anyMatch(d -> d.message().startsWith("2 file(s) left out")),
        opened.diagnostics().toString());
  }

  @Test
  void aDotGitLinkOrAGitdirFileLeadingOutOfTheTreeIsNotFollowed() throws Exception {
    Path elsewhere = dir.resolve("elsewhere");
    repository(elsewhere);
    Path viaLink = dir.resolve("via-link");
    write(viaLink, "drivers/misc/foo.c", "work tree\n");
    Files.createSymbolicLink(viaLink.resolve(".git"), elsewhere.resolve(".git"));
    Path viaFile = dir.resolve("via-file");
    write(viaFile, "drivers/misc/foo.c", "work tree\n");
    write(viaFile, ".git", "gitdir: " + elsewhere.resolve(".git") + "\n");
    for (Path root : List.of(viaLink, viaFile)) {
      UserTree.Opened opened = UserTree.open(root, null, null);
      assertEquals("work tree\n", read(opened, "drivers/misc/foo.c"), "the directory's files, not the commit's");
      assertTrue(opened.diagnostics().stream().anyMatch(d -> d.message().contains("review does not follow")),
          opened.diagnostics().toString());
      UserTree.Opened atRev = UserTree.open(root, "v1", null);
      assertFalse(atRev.ok(), "--rev finds no repository to read");
    }
  }

  @Test
  void aFileLargerThanReviewReadsIsAnErrorNamingItWhenRead() throws IOException {
    Path root = dir.resolve("linux");
    Path big = write(root, "drivers/misc/huge.c", "");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(UserTree.MAX_FILE_BYTES + 1); // sparse: no disk and no time
    }
    UserTree.Opened opened = UserTree.open(root, null, null);
    assertTrue(opened.ok());
    SourceTree.Unreadable e = org.junit.jupiter.api.Assertions.assertThrows(SourceTree.Unreadable.class,
        () -> opened.tree().read("drivers/misc/huge.c"));
    assertEquals("drivers/misc/huge.c is 67108865 bytes, more than the 64 MiB review reads of one source file",
        e.getMessage());
  }
}
