package org.patchreview.c;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patchreview.corpus.History;
import org.patchreview.corpus.HistoryEntry;
import org.patchreview.tree.BundledCorpus;
import org.patchreview.tree.SourceTree;

/**
 * Run by the build (Maven's process-classes phase): parses the bundled kernel, and every state of the bundled
 * history, under every bundled config and writes the parse of each segment into {@code parse-cache/segments-N.bin}
 * beside the classes, for {@link SegmentStore}. Segments are keyed by content, so the states share most entries and
 * a cold {@code review corpus} parses only what a patch under review changes.
 */
public final class SegmentStoreBuilder {
  private SegmentStoreBuilder() {}

  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args.length > 0 ? args[0] : "target/classes");
    SourceTree configs = BundledCorpus.folder("configs");
    Map<String, List<Decl>> entries = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (SourceTree kernel : states()) {
      for (String path : configs.paths()) {
        if (!path.endsWith(".config")) {
          continue;
        }
        Config config = Config.parse(path, path, configs.readString(path).orElse("")).config();
        for (String source : KernelBuild.sources(kernel, config, new ArrayList<>())) {
          for (Segment s : Preprocessor.run(kernel, config, source).segments()) {
            String digest = SegmentStore.digest(s);
            if (seen.add(digest)) {
              List<Decl> decls = CParser.parseClean(s);
              if (decls != null) {
                entries.put(digest, decls);
              }
            }
          }
        }
      }
    }
    SegmentStore.write(entries, classes);
    System.out.println("review: stored the parses of " + entries.size() + " segments of the bundled kernel and its "
        + "history in " + classes.resolve("parse-cache") + " (" + SegmentStore.PARTS + " parts)");
  }

  /** The bundled kernel and every distinct state of the bundled history (none when it has none or it is broken). */
  private static Set<SourceTree> states() {
    SourceTree kernel = BundledCorpus.kernel();
    Set<SourceTree> out = new LinkedHashSet<>();
    out.add(kernel);
    SourceTree folder = BundledCorpus.folder("history");
    if (folder.contains("chain.txt")) {
      History.ReadResult r = History.read(folder, kernel);
      if (!r.hasErrors()) {
        for (HistoryEntry e : r.history().entries()) {
          out.add(r.history().before(e));
          out.add(r.history().after(e));
        }
      }
    }
    return out;
  }
}
