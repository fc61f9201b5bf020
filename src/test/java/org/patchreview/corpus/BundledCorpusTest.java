package org.patchreview.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.patchreview.cli.Main;

/**
 * The regression corpus as shipped: {@code review corpus} replays every history entry and each report still matches
 * its golden files. A change to the model or the tool that alters a verdict fails here until it is blessed.
 */
class BundledCorpusTest {
  @Test
  void everyHistoryEntryStillMatchesItsGoldens() throws IOException {
    long entries;
    try (Stream<Path> dirs = Files.list(Path.of("corpus/history"))) {
      entries = dirs.filter(d -> Files.exists(d.resolve("patch.mbox"))).count();
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"corpus", "--corpus", "corpus"}, new PrintWriter(out, true),
        new PrintWriter(err, true));
    assertEquals(0, code, out + "\n" + err);
    assertTrue(entries >= 14, "the history has " + entries + " entries");
    assertTrue(out.toString().contains(entries + " entries: " + entries + " match"), out.toString());
  }
}
