package org.patchreview.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.patchreview.corpus.Corpus;
import org.patchreview.tree.SourceTree;

/**
 * The run {@code bin/review} makes once after each build, under {@code -XX:DumpLoadedClassList} (Java 17 to 24, for a
 * static class-data archive) or {@code -XX:AOTCacheOutput} (Java 25 and newer), so that the class data holds the
 * classes every command loads, not only those of whichever command came first: it reviews a patch of the bundled
 * history and parses a file of the bundled kernel, all into the void (a corpus replay is left out: on a mismatch it
 * would leave files in the checkout). Nothing the user owns is read or written; the inputs go to a temporary folder.
 */
public final class ArchiveTraining {
  private ArchiveTraining() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("review-training");
    try {
      SourceTree history = Corpus.bundled().historyFiles();
      String entry = history.paths().stream().filter(p -> p.endsWith("/patch.mbox")).findFirst().orElse(null);
      PrintWriter sink = new PrintWriter(Writer.nullWriter());
      if (entry != null) {
        Path mail = dir.resolve("patch.mbox");
        Files.write(mail, history.read(entry).orElseThrow());
        Main.run(new String[] {"apply", "--format", "json", mail.toString()}, sink, sink);
      }
      SourceTree kernel = Corpus.bundled().kernel();
      String c = kernel.paths().stream().filter(p -> p.endsWith(".c")).findFirst().orElse(null);
      if (c != null) {
        Path file = dir.resolve("unit.c");
        Files.write(file, kernel.read(c).orElseThrow());
        Main.run(new String[] {"parse", file.toString()}, sink, sink);
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
