package org.patchreview.c;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.patchreview.tree.BundledCorpus;
import org.patchreview.tree.SourceTree;

/**
 * Run by the build (Maven's process-classes phase): parses the bundled kernel under every bundled config and writes
 * the parse of each segment into {@code parse-cache/segments.bin} beside the classes, for {@link SegmentStore}.
 */
public final class SegmentStoreBuilder {
  private SegmentStoreBuilder() {}

  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args.length > 0 ? args[0] : "target/classes");
    SourceTree kernel = BundledCorpus.kernel();
    SourceTree configs = BundledCorpus.folder("configs");
    Map<String, List<Decl>> entries = new HashMap<>();
    for (String path : configs.paths()) {
      if (!path.endsWith(".config")) {
        continue;
      }
      Config config = Config.parse(path, path, configs.readString(path).orElse("")).config();
      for (String source : KernelBuild.sources(kernel, config, new java.util.ArrayList<>())) {
        PreprocessResult pp = Preprocessor.run(kernel, config, source);
        for (Segment s : pp.segments()) {
          List<Decl> decls = CParser.parseClean(s);
          if (decls != null) {
            entries.put(SegmentStore.digest(s), decls);
          }
        }
      }
    }
    Path out = classes.resolve(SegmentStore.RESOURCE.substring(1));
    Files.createDirectories(out.getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      SegmentStore.write(entries, o);
    }
    System.out.println("review: stored the parses of " + entries.size() + " segments of the bundled kernel in " + out);
  }
}
