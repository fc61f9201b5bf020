package org.patchreview.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.patchreview.c.Span;
import org.patchreview.hw.DtNode;
import org.patchreview.hw.Hardware;
import org.patchreview.hw.IommuModel;
import org.patchreview.hw.MmioDevice;
import org.patchreview.hw.PhandleArgs;
import org.patchreview.interp.Machine;
import org.patchreview.interp.Site;
import org.patchreview.observe.Observation;

/**
 * The isolation invariant, checked after every step: a master whose firmware names an IOMMU ({@code iommus}) and
 * that is bound to a driver does DMA (drivers map buffers from probe on), so its DMA must go through that IOMMU: DMA
 * ops that the corpus declares as the IOMMU's ({@link Observing#iommuOps}), and the IOMMU hardware translating for
 * it. Otherwise the device reaches memory around the IOMMU, which no fault shows: the worst kind of silent
 * regression in this area, counted as a problem like a fault.
 */
final class Isolation {
  private static final Site SITE = Site.at(new Span("(runner)", 0, 0), "isolation check");

  private Isolation() {}

  static List<Observation> check(Machine m, Namer namer, Hardware hardware, Observing observing, String step,
      String device, DtNode node, long dev) {
    List<PhandleArgs> iommus = node.phandleArgs("iommus", "#iommu-cells").entries();
    if (iommus.isEmpty() || m.readField(dev, "device", "driver", SITE) == 0) {
      return List.of();
    }
    String ops = m.hasField("device", "dma_ops") ? namer.pointer(m.readField(dev, "device", "dma_ops", SITE)) : "none";
    List<Observation> out = new ArrayList<>();
    for (PhandleArgs iommu : iommus) {
      MmioDevice model = hardware.mmioFor(iommu.target()).orElse(null);
      String reason = !observing.iommuOps().contains(ops) ? "its DMA ops " + ops + " are not the IOMMU's"
          : model instanceof IommuModel m2 && !m2.translates(iommu.args())
              ? "the IOMMU does not translate for it" + (iommu.args().isEmpty() ? "" : " (" + iommu.args().stream()
                  .map(String::valueOf).collect(Collectors.joining(" ")) + ")")
              : null;
      if (reason != null) {
        // What was seen, read only for a violation: this check runs after every step of every run.
        String name = Selectors.name(iommu.target());
        String hw = model == null ? "no register model" : state(model);
        out.add(new Observation.Violation(step, Observation.Violation.ISOLATION_LOST, device, name, reason,
            "dma_ops = " + ops + "; " + name + ": " + hw));
      }
    }
    return out;
  }

  private static String state(MmioDevice d) {
    return d.state().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
