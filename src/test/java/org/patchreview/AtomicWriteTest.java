package org.patchreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report written atomically keeps the mode the file had, and leaves no temporary file behind. */
class AtomicWriteTest {
  @TempDir
  Path dir;

  @Test
  void anExistingFileKeepsItsModeAndANewOneIsNotOwnerOnly() throws IOException {
    Path old = dir.resolve("report.html");
    Files.writeString(old, "before");
    Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-rw-r--"));
    AtomicWrite.text(old, "after");
    assertEquals("after", Files.readString(old));
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(old)));
    Path fresh = dir.resolve("new.txt");
    AtomicWrite.text(fresh, "text");
    assertEquals("r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)).substring(6),
        "others may read a new report, as with any file the user writes (umask 022)");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file is left");
    }
  }

  @Test
  void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
    Path real = dir.resolve("real.txt");
    Files.writeString(real, "before");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("real.txt"));
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.txt"), Path.of("made.txt"));
    assertEquals(real, AtomicWrite.check(link));
    AtomicWrite.text(link, "after");
    AtomicWrite.text(dangling, "made");
    assertTrue(Files.isSymbolicLink(link), "the link is not replaced by a file");
    assertEquals("after", Files.readString(real));
    assertTrue(Files.isSymbolicLink(dangling));
    assertEquals("made", Files.readString(dir.resolve("made.txt")));
  }

  @Test
  void devicesFifosAndDirectoriesAreRefusedNotReplaced() throws IOException, InterruptedException {
    Path fifo = dir.resolve("fifo");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
    Path linkToFifo = Files.createSymbolicLink(dir.resolve("to-fifo"), fifo);
    for (Path p : new Path[] {fifo, linkToFifo, dir}) {
      AtomicWrite.Refused e = assertThrows(AtomicWrite.Refused.class, () -> AtomicWrite.text(p, "report"));
      assertTrue(e.getMessage().startsWith(p + ": is "), e.getMessage());
    }
    assertTrue(Files.isSymbolicLink(linkToFifo));
    assertTrue(!Files.isRegularFile(fifo), "the FIFO is still a FIFO");
    Path devNull = Path.of("/dev/null");
    if (Files.exists(devNull)) {
      // Only checked, never written: a regression here must not be able to replace the device node.
      assertThrows(AtomicWrite.Refused.class, () -> AtomicWrite.check(devNull));
    }
  }

  @Test
  void aFolderWhereNothingCanBeCreatedIsFoundBeforeAnyWork() {
    Path proc = Path.of("/proc");
    assumeTrue(Files.isDirectory(proc.resolve("self")), "no /proc here");
    // Permission bits do not stop root, and a read-only mount shows none: creating a file is the only true test.
    AtomicWrite.Refused e = assertThrows(AtomicWrite.Refused.class,
        () -> AtomicWrite.check(proc.resolve("review-report.txt")));
    assertTrue(e.getMessage().endsWith("cannot create a file in /proc"), e.getMessage());
  }
}
