package org.patchreview.c;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patchreview.diag.Diagnostic;
import org.patchreview.tree.SourceTree;

/**
 * Parses trees (the build gives the bundled kernel and every state of the bundled history) under every config and
 * writes the parse of each segment into {@code parse-cache/segments-N.bin} beside the classes, for
 * {@link SegmentStore}. Segments are keyed by content, so the states share most entries and a cold
 * {@code review corpus} parses only what a patch under review changes.
 */
public final class SegmentStoreBuilder {
  private SegmentStoreBuilder() {}

  /** Writes the parses of every segment of {@code states} under {@code configs} below {@code classes}; returns how many. */
  public static int write(Collection<SourceTree> states, List<Config> configs, Path classes) throws IOException {
    Map<String, List<Decl>> entries = new HashMap<>();
    Set<String> seen = new HashSet<>();
    Map<String, List<UnitStore.Stored>> builds = new HashMap<>();
    for (SourceTree kernel : states) {
      for (Config config : configs) {
        List<Diagnostic> problems = new ArrayList<>();
        List<UnitStore.Unit> units = new ArrayList<>();
        boolean clean = true;
        for (String source : KernelBuild.sources(kernel, config, problems)) {
          PreprocessResult pp = Preprocessor.run(kernel, config, source);
          clean &= pp.diagnostics().isEmpty();
          List<String> segments = new ArrayList<>();
          for (Segment s : pp.segments()) {
            String digest = SegmentStore.digest(s);
            if (seen.add(digest)) {
              List<Decl> decls = CParser.parseClean(s);
              if (decls != null) {
                entries.put(digest, decls);
              }
            }
            clean &= entries.containsKey(digest);
            segments.add(digest);
          }
          Set<String> reads = new HashSet<>(pp.files());
          reads.add(source);
          units.add(UnitStore.unit(source, reads, pp.absent(), List.copyOf(segments)));
        }
        // A build with any problem is built at run time, where its diagnostics are made and reported.
        if (clean && problems.isEmpty() && !units.isEmpty()) {
          builds.computeIfAbsent(kernel.digest(), k -> new ArrayList<>())
              .add(new UnitStore.Stored(config.name(), config.symbols(), List.copyOf(units)));
        }
      }
    }
    SegmentStore.write(entries, classes);
    UnitStore.write(builds, classes);
    return entries.size();
  }

  /** How many parts the store is written in. */
  public static int parts() {
    return SegmentStore.PARTS;
  }
}
