package org.patchreview.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patchreview.diag.Diagnostic;
import org.patchreview.interp.FunctionSymbol;

/**
 * What runs observe, as the corpus declares it in {@code scenarios/observing.txt}, one declaration a line ({@code #}
 * starts a comment):
 *
 * <ul>
 *   <li>{@code trace PATH}: a file whose calls traces record (for the bundled model: the DMA-mapping API and its ARM
 *       implementation, DMA configuration, the IOMMU core and the IOMMU drivers). A call is recorded when it enters
 *       one of these files from outside it, or reaches a function the file exports; calls between a file's own
 *       static helpers are its business.
 *   <li>{@code iommu-ops SYMBOL...}: the DMA ops whose mappings go through an IOMMU. After each step, a bound master
 *       whose firmware names an IOMMU ({@code iommus}) must have one of them, with its IOMMU translating for it;
 *       otherwise its DMA goes around the IOMMU: isolation is lost.
 *   <li>{@code isolation-unchecked CONFIG REASON}: a config under which that is not checked, and why (a hypervisor
 *       that owns the IOMMUs).
 *   <li>{@code refcounted STRUCT MEMBER}: heap objects of {@code struct STRUCT} count their references in the
 *       {@code struct kref} {@code MEMBER}. After a step that leaves no master bound, each such object must hold as
 *       many references as there are pointers to it in live memory, and a freed one must have none left
 *       ({@link References}).
 *   <li>{@code probe FUNCTION}: the call a forced probe outcome ({@code probe-defers}, {@code probe-fails}) stands in
 *       for: the bus's probe, which the driver core calls after it has configured DMA.
 * </ul>
 */
public record Observing(Set<String> traced, Set<String> iommuOps, Map<String, String> isolationUnchecked,
    Map<String, String> refcounted, String probe) {
  /** Where the corpus declares it, under its scenarios folder. */
  public static final String FILE = "observing.txt";

  public Observing {
    traced = Set.copyOf(traced);
    iommuOps = Set.copyOf(iommuOps);
    isolationUnchecked = Map.copyOf(isolationUnchecked);
    refcounted = Map.copyOf(refcounted);
    probe = probe == null ? "" : probe;
  }

  /** What runs observe without checking references or forcing probe outcomes. */
  public Observing(Set<String> traced, Set<String> iommuOps, Map<String, String> isolationUnchecked) {
    this(traced, iommuOps, isolationUnchecked, Map.of(), "");
  }

  /** What {@code text} declares, read from {@code file}; a line that does not read is an error naming it. */
  static Result read(String file, String text) {
    Set<String> traced = new LinkedHashSet<>();
    Set<String> ops = new LinkedHashSet<>();
    Map<String, String> unchecked = new LinkedHashMap<>();
    Map<String, String> refcounted = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    String probe = "";
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] w = line.split("\\s+", 3);
      String error = switch (w[0]) {
        case "trace" -> w.length != 2 || w[1].startsWith("/") || w[1].contains("..")
            || !(w[1].endsWith(".c") || w[1].endsWith(".h")) ? "'trace' takes one C source path of the kernel"
            : traced.add(w[1]) ? null : w[1] + " is traced twice";
        case "iommu-ops" -> {
          if (w.length < 2) {
            yield "'iommu-ops' takes the names of DMA ops";
          }
          ops.addAll(List.of(line.substring("iommu-ops".length()).strip().split("\\s+")));
          yield null;
        }
        case "isolation-unchecked" -> w.length != 3 ? "'isolation-unchecked' takes a config and the reason"
            : unchecked.putIfAbsent(w[1], w[2]) == null ? null : w[1] + " is declared twice";
        case "refcounted" -> w.length != 3 || !w[1].matches("\\w+") || !w[2].matches("\\w+")
            ? "'refcounted' takes a struct tag and the name of its struct kref member"
            : refcounted.putIfAbsent(w[1], w[2]) == null ? null : "struct " + w[1] + " is declared twice";
        case "probe" -> {
          if (w.length != 2 || !probe.isEmpty()) {
            yield "'probe' takes one function name, once";
          }
          probe = w[1];
          yield null;
        }
        default -> "unknown declaration '" + w[0] + "' (trace, iommu-ops, isolation-unchecked, refcounted, probe)";
      };
      if (error != null) {
        problems.add(Diagnostic.error(file, i + 1, error));
      }
    }
    if (traced.isEmpty()) {
      problems.add(Diagnostic.error(file, 0, "traces no file: runs would record no call"));
    }
    return new Result(new Observing(traced, ops, unchecked, refcounted, probe), problems);
  }

  record Result(Observing observing, List<Diagnostic> diagnostics) {}

  boolean traced(FunctionSymbol f) {
    return f.isDefined() && traced.contains(f.file());
  }

  /** Whether the isolation invariant holds under the config named {@code config}. */
  boolean checksIsolation(String config) {
    return !iommuOps.isEmpty() && !isolationUnchecked.containsKey(config);
  }
}
