package org.patchreview.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.patchreview.corpus.Corpus;

/**
 * The files of a Debian {@code linux-source-VERSION} package that the model also has, with the top-level Makefile:
 * extracted at test time from {@code /usr/src/linux-source-VERSION.tar.xz} into {@code target/linux-source-VERSION}
 * (once; kernel text is never committed). Without the package the calling test is skipped and says why.
 */
public final class LinuxSource {
  private LinuxSource() {}

  /** The extracted tree of {@code version} ("6.1", "6.12"), or the test is skipped. */
  public static synchronized Path tree(String version) {
    String name = "linux-source-" + version;
    Path tarball = Path.of("/usr/src", name + ".tar.xz");
    Path root = Path.of("target", name).toAbsolutePath();
    Path done = root.resolve(".complete");
    if (Files.exists(done)) {
      return root.resolve(name);
    }
    Assumptions.assumeTrue(Files.isRegularFile(tarball), "no " + tarball + " (.ci/run installs Debian's " + name
        + "; apt-get install " + name + ")");
    try {
      List<String> command = new ArrayList<>(List.of("tar", "-xJf", tarball.toString(), "-C", root.toString(),
          "--ignore-failed-read", name + "/Makefile"));
      for (String p : Corpus.bundled().kernel().paths()) {
        command.add(name + "/" + p);
      }
      Files.createDirectories(root);
      Process tar = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(root.resolve("tar.log")
          .toFile()).start();
      Assumptions.assumeTrue(tar.waitFor(300, TimeUnit.SECONDS), "extracting " + tarball + " took over 5 minutes");
      Assumptions.assumeTrue(Files.isRegularFile(root.resolve(name + "/Makefile")), "could not extract " + tarball
          + " (see " + root.resolve("tar.log") + ")");
      Files.writeString(done, "");
      return root.resolve(name);
    } catch (IOException e) {
      Assumptions.abort("could not extract " + tarball + ": " + e.getMessage());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Assumptions.abort("interrupted while extracting " + tarball);
      return null;
    }
  }
}
