package org.patchreview.scenario;

import org.patchreview.observe.Observation;

/**
 * A problem as exploration counts it: its kind, where in the C, and the object, the same however many sequences
 * reach it. {@code id} is what two problems are the same problem on: it leaves out line numbers (a patch shifts them
 * without changing behaviour) and the numbers objects get in allocation order (another order of events renumbers
 * them). {@code text} is the report's line for the first one seen.
 */
public record ProblemClass(String kind, String location, String object, String id, String text) {

  public static ProblemClass of(Observation.Problem p) {
    if (p instanceof Observation.FaultSeen f) {
      String object = unnumbered(f.fault().object());
      return new ProblemClass(f.fault().kind().words, f.fault().function() + " at " + f.fault().span().fileLine(),
          object, "fault " + f.fault().kind().words + " in " + f.fault().function() + " (" + f.fault().expression()
          + ")" + (object.isEmpty() ? "" : " on " + object), "fault " + f.text());
    }
    if (p instanceof Observation.Warning w) {
      return new ProblemClass("warning", w.fault().function() + " at " + w.fault().span().fileLine(), w.condition(),
          "warning " + w.fault().function() + " " + w.fault().expression(), "warning " + w.text());
    }
    if (p instanceof Observation.Leak l) {
      return new ProblemClass("leak", l.allocatedBy() + " at " + l.location(), l.type(), "leak " + l.signature(),
          "leak of " + l.type() + " allocated by " + l.allocatedBy() + " at " + l.location());
    }
    Observation.Violation v = (Observation.Violation) p;
    return new ProblemClass(v.invariant(), "", v.device() + " behind " + v.iommu(), v.key(),
        v.invariant() + ": " + v.text());
  }

  /** {@code dma_iommu_mapping#2.kref} as {@code dma_iommu_mapping.kref}. */
  static String unnumbered(String label) {
    return label == null ? "" : label.replaceAll("#\\d+", "");
  }

  /** The one-line heading a report gives the class: kind, C location, object. */
  public String heading() {
    return kind + (location.isEmpty() ? "" : " in " + location) + (object.isEmpty() ? "" : " (" + object + ")");
  }
}
