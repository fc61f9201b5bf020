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
  /** C written for the training: an undecided condition, a statement macro, and a declaration that does not parse. */
  private static final String ODD_C = """
      #if defined(CONFIG_TRAINING) && TRAINING_LEVEL > 2
      static int level = TRAINING_LEVEL;
      #else
      static int level;
      #endif
      static void step(struct unit *u)
      {
      	for_each_unit(u)
      		u->count++;
      	if (level > 1)
      		;
      }
      static int broken(int a {
      	return a;
      }
      EXPORT_SYMBOL(step)
      """;

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
      // A folder, as review parse is mostly given: the bundled kernel's C files and one of ours that takes the paths
      // the kernel's do not (a condition read both ways, a declaration that does not parse, a problem token).
      SourceTree kernel = Corpus.bundled().kernel();
      Path src = dir.resolve("src");
      int n = 0;
      for (String c : kernel.paths()) {
        if (c.endsWith(".c")) {
          Files.createDirectories(src);
          Files.write(src.resolve("unit" + n++ + ".c"), kernel.read(c).orElseThrow());
        }
      }
      Files.createDirectories(src);
      Files.writeString(src.resolve("odd.c"), ODD_C);
      Main.run(new String[] {"parse", src.toString()}, sink, sink);
      Main.run(new String[] {"parse", "--totals", src.toString()}, sink, sink);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
