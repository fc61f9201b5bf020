package org.patchreview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a text file whole or not at all: a temporary file in the same folder, then a rename over the target. The
 * file keeps the permissions the target had (a new one gets rw-r--r--, less what the umask takes), not the
 * owner-only ones a temporary file is made with.
 */
public final class AtomicWrite {
  private AtomicWrite() {}

  public static void text(Path target, String text) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path tmp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp", mode(absolute));
    try {
      if (Files.exists(absolute) && posix()) {
        // Creation applies the umask; the file being replaced keeps exactly the mode it had.
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(absolute));
      }
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  private static FileAttribute<?>[] mode(Path target) throws IOException {
    if (!posix()) {
      return new FileAttribute<?>[0];
    }
    Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(perms)};
  }
}
