package org.patchreview.scenario;

import java.util.HashMap;
import java.util.Map;
import org.patchreview.c.Type;
import org.patchreview.interp.AddressSpace;
import org.patchreview.interp.Machine;
import org.patchreview.interp.Region;
import org.patchreview.interp.Site;
import org.patchreview.observe.TraceRecorder;

/**
 * Names values for reports so that two runs compare: devices by their Device Tree label, globals and functions by
 * symbol, heap objects by type and allocation order ({@code dma_iommu_mapping#1}), error pointers as
 * {@code ERR_PTR(-517)}; addresses (DMA, physical) in hex, other integers in decimal.
 */
final class Namer implements TraceRecorder.ValueNamer {
  private final Map<Long, String> devices = new HashMap<>();
  private final Map<Long, String> nodeLabels = new HashMap<>();
  private Machine machine;

  void attach(Machine m) {
    this.machine = m;
  }

  /** Names what {@code from} names (for a copy of a run), before a machine is attached. */
  void copyNames(Namer from) {
    devices.putAll(from.devices);
    nodeLabels.putAll(from.nodeLabels);
  }

  void device(long address, String name) {
    devices.put(address, name);
  }

  @Override
  public String name(Type type, long value) {
    if (type instanceof Type.Pointer) {
      return pointer(value & 0xFFFFFFFFL);
    }
    if (type instanceof Type.Int i) {
      String n = i.name() == null ? "" : i.name();
      if (n.contains("addr") || n.equals("phys_addr_t") || n.equals("resource_size_t")
          || !i.signed() && value >= 0x10000) {
        return "0x" + Long.toHexString(value);
      }
      return Long.toString(value);
    }
    return Long.toString(value);
  }

  /**
   * A platform device, or the {@code struct device} inside it, is named by the label of its Device Tree node, read from
   * {@code dev.of_node}: so calls made while the device is being created already name it.
   */
  private String deviceOf(Region r, long off) {
    if (r.freed() || !isStruct(r, "platform_device")) {
      return null;
    }
    Site site = Site.at(org.patchreview.c.Span.NONE, "pdev->dev.of_node");
    long devOffset = machine.program().struct("platform_device").flatMap(s -> s.layout().find("dev"))
        .map(f -> (long) f.offset()).orElse(-1L);
    if (devOffset < 0 || !machine.hasField("device", "of_node")) {
      return null;
    }
    long np = machine.readField(r.base() + devOffset, "device", "of_node", site);
    String label = nodeLabels.get(np);
    if (label == null) {
      return null;
    }
    if (off == 0 || off == devOffset) {
      return off == 0 ? label + " (pdev)" : label;
    }
    var device = machine.program().struct("device");
    String member = off > devOffset && device.isPresent()
        ? org.patchreview.c.StructLayout.memberAt(device.get(), off - devOffset) : null;
    return member == null ? null : "&" + label + "." + member;
  }

  /** Whether the object is a {@code struct tag} (asked of every pointer named: no type is spelt for it). */
  private static boolean isStruct(Region r, String tag) {
    return r.type() instanceof Type.Struct s && !s.union() && s.tag().equals(tag);
  }

  /** A device (or a member of one) by its Device Tree label, for fault messages; null for other objects. */
  String deviceName(long p) {
    String device = devices.get(p);
    if (device != null) {
      return device;
    }
    Region r = machine == null ? null : machine.memory().find(p);
    return r == null ? null : deviceOf(r, p - r.base());
  }

  /**
   * The device whose managed resources (its devres list) hold the object at {@code p}: a {@code struct devres}
   * region some live platform device points into. Null for any other object, or when no device does.
   */
  String managedBy(long p) {
    Region r = machine == null ? null : machine.memory().find(p);
    if (r == null || r.freed() || !isStruct(r, "devres")) {
      return null;
    }
    for (Region d : machine.memory().regions()) {
      if (d.freed() || !isStruct(d, "platform_device")) {
        continue;
      }
      for (int off = 0; off + 4 <= d.size(); off += 4) {
        long v = d.read(off, 4);
        if (v >= r.base() && v < r.base() + r.size()) {
          String label = deviceOf(d, 0);
          return label == null ? null : label.replace(" (pdev)", "");
        }
      }
    }
    return null;
  }

  void node(long np, String label) {
    nodeLabels.put(np, label);
  }

  String pointer(long p) {
    if (p == 0) {
      return "NULL";
    }
    if (AddressSpace.isErrPtr(p)) {
      return AddressSpace.errPtr(p);
    }
    String device = devices.get(p);
    if (device != null) {
      return device;
    }
    if (machine == null) {
      return "0x" + Long.toHexString(p);
    }
    if (machine.environment().deviceTree().isNode(p)) {
      return "node " + machine.environment().deviceTree().path(p);
    }
    Region r = machine.memory().find(p);
    if (r == null) {
      return "0x" + Long.toHexString(p);
    }
    long off = p - r.base();
    if (r.kind() == Region.Kind.STRING && off == 0) {
      return "\"" + machine.memory().readString(p, 40, Site.at(org.patchreview.c.Span.NONE, "name")) + "\"";
    }
    if (r.kind() == Region.Kind.STACK) {
      return "&(" + r.label() + ")";
    }
    String owner = deviceOf(r, off);
    if (owner != null) {
      return owner;
    }
    String name = machine.memory().describe(p);
    return r.freed() ? name + " (freed)" : name;
  }
}
