package org.patchreview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a text file whole or not at all: a temporary file in the same folder, then a rename over the target. The
 * file keeps the permissions the target had (a new one gets rw-r--r--, less what the umask takes), not the
 * owner-only ones a temporary file is made with. What the user owns is never replaced by something else: a symbolic
 * link is written through (the file it names is replaced, the link stays), and a device, FIFO, socket or directory is
 * refused, since renaming a regular file over {@code /dev/full} would replace the device node itself.
 */
public final class AtomicWrite {
  /** Symbolic links followed before giving up, as the kernel's own limit on nested links. */
  private static final int MAX_LINKS = 40;

  private AtomicWrite() {}

  /** Why a target cannot be written: a sentence naming it, for a usage error. */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /**
   * The file a write to {@code target} replaces, after following symbolic links, once it is known to be writable:
   * a regular file or nothing yet, in a folder where a file can be created (tried, not guessed from permission bits,
   * which say nothing to root or about a read-only mount). Called before any work, so a review is never run for
   * nothing.
   */
  public static Path check(Path target) throws IOException {
    Path real = resolve(target);
    Path folder = real.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new Refused(target + ": no such directory " + (folder == null ? "" : folder.toString()));
    }
    Path probe;
    try {
      probe = Files.createTempFile(folder, "." + real.getFileName() + ".", ".tmp");
    } catch (IOException e) {
      throw new Refused(target + ": cannot create a file in " + folder);
    }
    Files.deleteIfExists(probe);
    return real;
  }

  public static void text(Path target, String text) throws IOException {
    Path absolute = resolve(target);
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

  /**
   * The absolute path a write replaces: symbolic links followed (a dangling one names the file to create), refused
   * when that is anything but a regular file.
   */
  static Path resolve(Path target) throws IOException {
    Path p = target.toAbsolutePath().normalize();
    for (int hops = 0; Files.isSymbolicLink(p); hops++) {
      if (hops == MAX_LINKS) {
        throw new Refused(target + ": too many levels of symbolic links");
      }
      Path parent = p.getParent();
      p = (parent == null ? p : parent.resolve(Files.readSymbolicLink(p))).toAbsolutePath().normalize();
    }
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return p;
    }
    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (a.isRegularFile()) {
      return p;
    }
    throw new Refused(target + ": " + (a.isDirectory() ? "is a directory"
        : "is not a regular file (a device, FIFO or socket), which a report must not replace"));
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
