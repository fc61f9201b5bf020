package org.patchreview.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.patchreview.c.Span;
import org.patchreview.c.StructLayout;
import org.patchreview.c.Type;
import org.patchreview.interp.Machine;
import org.patchreview.interp.Region;
import org.patchreview.interp.Site;
import org.patchreview.observe.Observation;

/**
 * Reads back what matters about each device after a step: the bound driver, the DMA ops (by symbol) and every member
 * of {@code dev->archdata}; a member pointing to an object shows that object and, when it holds a {@code struct kref},
 * its reference count.
 */
final class DeviceStates {
  private static final Site SITE = Site.at(new Span("(runner)", 0, 0), "device state");

  private DeviceStates() {}

  static List<Observation> read(Machine m, Namer namer, String step, String device, long dev) {
    List<Observation> out = new ArrayList<>();
    out.add(new Observation.State(step, device, "driver", driver(m, dev)));
    if (m.hasField("device", "dma_ops")) {
      out.add(new Observation.State(step, device, "dma_ops",
          namer.pointer(m.readField(dev, "device", "dma_ops", SITE))));
    }
    Optional<Type.Struct> deviceType = m.program().struct("device");
    Optional<StructLayout.Field> archdata = deviceType.flatMap(d -> d.layout().find("archdata"));
    if (archdata.isPresent() && archdata.get().type() instanceof Type.Struct a && a.complete()) {
      long base = dev + archdata.get().offset();
      for (StructLayout.Field f : a.layout().fields()) {
        if (!f.name().isEmpty()) {
          out.add(new Observation.State(step, device, "archdata." + f.name(), value(m, namer, base, f)));
        }
      }
    }
    return out;
  }

  private static String driver(Machine m, long dev) {
    long drv = m.readField(dev, "device", "driver", SITE);
    if (drv == 0) {
      return "none";
    }
    long name = m.hasField("device_driver", "name") ? m.readField(drv, "device_driver", "name", SITE) : 0;
    return name == 0 ? namer(m, drv) : m.memory().readString(name, 64, SITE);
  }

  private static String namer(Machine m, long p) {
    return m.memory().describe(p);
  }

  private static String value(Machine m, Namer namer, long base, StructLayout.Field f) {
    long v = m.read(base, f, SITE);
    if (!(f.type() instanceof Type.Pointer p)) {
      return namer.name(f.type(), v);
    }
    String name = namer.pointer(v);
    if (v == 0 || !(p.target() instanceof Type.Struct s) || !s.complete()) {
      return name;
    }
    Region r = m.memory().find(v);
    Optional<StructLayout.Field> kref = s.layout().find("kref");
    if (r == null || r.freed() || kref.isEmpty()) {
      return name;
    }
    long count = m.memory().load(v + kref.get().offset(), 4, SITE);
    return name + " (kref " + (int) count + ")";
  }
}
