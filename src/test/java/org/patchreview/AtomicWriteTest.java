package org.patchreview;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
