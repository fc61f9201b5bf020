package org.patchreview.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.patchreview.diag.Diagnostic;
import org.patchreview.interp.FunctionSymbol;

/**
 * The layers whose calls a trace records, as the corpus declares them in {@code scenarios/layers.txt} (one source
 * path a line, {@code #} comments): for the bundled model, the DMA-mapping API and its ARM implementation, DMA
 * configuration, the IOMMU core and the IOMMU drivers. A call is recorded when it enters one of these files from
 * outside it, or reaches a function the file exports; calls inside a file between its own static helpers are its
 * business.
 */
public record Layers(Set<String> files) {
  /** Where the corpus declares its layers, under its scenarios folder. */
  public static final String FILE = "layers.txt";

  public Layers {
    files = Set.copyOf(files);
  }

  /** The layers {@code text} lists, read from {@code file}; a line that is not a source path is an error. */
  static Result read(String file, String text) {
    Set<String> files = new LinkedHashSet<>();
    List<Diagnostic> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.contains(" ") || line.startsWith("/") || line.contains("..")
          || !(line.endsWith(".c") || line.endsWith(".h"))) {
        problems.add(Diagnostic.error(file, i + 1, "not a C source path of the kernel: '" + line + "'"));
      } else if (!files.add(line)) {
        problems.add(Diagnostic.warning(file, i + 1, line + " is listed twice"));
      }
    }
    if (files.isEmpty() && problems.isEmpty()) {
      problems.add(Diagnostic.error(file, 0, "lists no file: traces would record no call"));
    }
    return new Result(new Layers(files), problems);
  }

  record Result(Layers layers, List<Diagnostic> diagnostics) {}

  boolean traced(FunctionSymbol f) {
    return f.isDefined() && files.contains(f.file());
  }
}
