package org.patchreview.interp;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The device-tree accessors ({@code of_*}) and MMIO ({@code ioremap}, {@code readl}, {@code writel}). */
final class DevicePrimitives {
  private static final long IORESOURCE_MEM = 0x00000200L;

  private DevicePrimitives() {}

  static void register(Map<String, Primitive> p) {
    p.put("of_property_read_bool", (m, a, s) -> dt(m).hasProperty(ptr(a[0]), str(m, a[1], s)) ? 1 : 0);
    p.put("of_device_is_available", (m, a, s) -> dt(m).available(ptr(a[0])) ? 1 : 0);
    p.put("of_device_is_compatible", (m, a, s) -> dt(m).compatible(ptr(a[0]), str(m, a[1], s)) ? 1 : 0);
    p.put("of_property_read_u32", DevicePrimitives::readU32);
    p.put("of_property_read_string", DevicePrimitives::readString);
    p.put("of_parse_phandle_with_args", DevicePrimitives::phandleArgs);
    p.put("of_count_phandle_with_args", (m, a, s) ->
        dt(m).countPhandleArgs(ptr(a[0]), str(m, a[1], s), a[2] == 0 ? "" : str(m, a[2], s)));
    p.put("of_find_compatible_node", (m, a, s) -> dt(m).findCompatible(ptr(a[0]), str(m, a[2], s)));
    p.put("of_address_to_resource", DevicePrimitives::addressToResource);
    p.put("of_dma_get_range", (m, a, s) -> -Primitives.ENODEV);
    p.put("ioremap", DevicePrimitives::ioremap);
    p.put("iounmap", (m, a, s) -> {
      Region r = m.memory().find(ptr(a[0]));
      if (r != null && r.kind == Region.Kind.MMIO && r.base == ptr(a[0]) && !r.freed) {
        m.memory().release(r, s.span(), "iounmap");
      } else {
        m.fault(FaultKind.INVALID_FREE, "iounmap of " + m.memory().describe(ptr(a[0]))
            + ", which is not a live ioremap window", s, r);
      }
      return 0;
    });
    p.put("readl", (m, a, s) -> m.memory().load(ptr(a[0]), 4, s));
    p.put("writel", (m, a, s) -> {
      m.memory().store(ptr(a[1]), 4, a[0], s);
      return 0;
    });
  }

  private static Environment.DeviceTreeView dt(Machine m) {
    return m.environment().deviceTree();
  }

  private static long ptr(long v) {
    return Primitives.pointer(v);
  }

  private static String str(Machine m, long p, Site s) {
    return m.memory().readString(ptr(p), 1024, s);
  }

  private static long readU32(Machine m, long[] a, Site s) {
    Optional<List<Long>> cells = dt(m).cells(ptr(a[0]), str(m, a[1], s));
    if (cells.isEmpty()) {
      return -Primitives.EINVAL;
    }
    if (cells.get().isEmpty()) {
      return -Primitives.ENODATA;
    }
    m.memory().store(ptr(a[2]), 4, cells.get().get(0), s);
    return 0;
  }

  private static long readString(Machine m, long[] a, Site s) {
    Optional<List<String>> strings = dt(m).strings(ptr(a[0]), str(m, a[1], s));
    if (strings.isEmpty() || strings.get().isEmpty()) {
      return -Primitives.EINVAL;
    }
    byte[] b = strings.get().get(0).getBytes(StandardCharsets.UTF_8);
    Region r = m.memory().allocate(Region.Kind.STRING, b.length + 1, 1, null, s.span(), "devicetree");
    System.arraycopy(b, 0, r.data, 0, b.length);
    m.memory().store(ptr(a[2]), 4, r.base, s);
    return 0;
  }

  private static long phandleArgs(Machine m, long[] a, Site s) {
    String list = str(m, a[1], s);
    String cells = a[2] == 0 ? "" : str(m, a[2], s);
    Optional<Environment.DeviceTreeView.PhandleArgs> r = dt(m).phandleArgs(ptr(a[0]), list, cells, (int) a[3]);
    if (r.isEmpty()) {
      return -Primitives.ENOENT;
    }
    long out = ptr(a[4]);
    m.writeField(out, "of_phandle_args", "np", r.get().node(), s);
    m.writeField(out, "of_phandle_args", "args_count", r.get().args().size(), s);
    long argsAddress = out + fieldOffset(m, "of_phandle_args", "args");
    for (int i = 0; i < r.get().args().size(); i++) {
      m.memory().store(argsAddress + 4L * i, 4, r.get().args().get(i), s);
    }
    return 0;
  }

  private static long fieldOffset(Machine m, String struct, String member) {
    return m.program().struct(struct).flatMap(t -> t.layout().find(member)).map(f -> (long) f.offset()).orElse(0L);
  }

  private static long addressToResource(Machine m, long[] a, Site s) {
    Optional<long[]> reg = dt(m).reg(ptr(a[0]), (int) a[1]);
    if (reg.isEmpty()) {
      return -Primitives.EINVAL;
    }
    long r = ptr(a[2]);
    m.writeField(r, "resource", "start", reg.get()[0], s);
    m.writeField(r, "resource", "end", reg.get()[0] + reg.get()[1] - 1, s);
    m.writeField(r, "resource", "flags", IORESOURCE_MEM, s);
    return 0;
  }

  /** Maps a device's registers into the vmalloc area; the window reaches the device's register model. */
  private static long ioremap(Machine m, long[] a, Site s) {
    long phys = a[0] & 0xFFFFFFFFL;
    long size = a[1];
    Optional<Environment.MmioWindow> w = m.environment().mmio(phys);
    if (w.isEmpty() || size <= 0) {
      return 0;
    }
    Region r = m.memory().allocate(Region.Kind.MMIO, (int) size, 4096, null, s.span(),
        m.currentFunction() == null ? "ioremap" : m.currentFunction().name());
    r.label = "mmio@" + Long.toHexString(phys);
    r.mmio = new Window(phys, phys - w.get().base(), w.get().handler());
    return r.base;
  }

  /** An ioremap window: {@code delta} into the registers of the device that decodes {@code phys}. */
  private record Window(long phys, long delta, MmioHandler device) implements MmioHandler {
    @Override
    public int read32(long offset) {
      return device.read32(offset + delta);
    }

    @Override
    public void write32(long offset, int value) {
      device.write32(offset + delta, value);
    }

    @Override
    public MmioHandler on(Environment environment) {
      Environment.MmioWindow w = environment.mmio(phys).orElseThrow(() -> new IllegalStateException(
          "no device decodes 0x" + Long.toHexString(phys) + " in the copy's environment"));
      return new Window(phys, phys - w.base(), w.handler());
    }
  }
}
