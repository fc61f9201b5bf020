package org.patchreview.interp;

import java.util.List;
import java.util.Optional;

/** What the interpreted kernel asks of the world outside its C: the device tree and the devices' registers. */
public interface Environment {
  DeviceTreeView deviceTree();

  /** The register window of the device that decodes physical address {@code phys}, if any. */
  Optional<MmioWindow> mmio(long phys);

  /** A device's register model and the physical address its window starts at. */
  record MmioWindow(long base, long size, MmioHandler handler) {}

  /** No devices, no device tree: what a program image is initialised in. */
  Environment NONE = new Environment() {
    @Override
    public DeviceTreeView deviceTree() {
      return DeviceTreeView.EMPTY;
    }

    @Override
    public Optional<MmioWindow> mmio(long phys) {
      return Optional.empty();
    }
  };

  /**
   * The device tree as the {@code of_*} primitives see it. Nodes are named by the address of the
   * {@code struct device_node} the runner made for them.
   */
  interface DeviceTreeView {
    boolean isNode(long np);

    boolean hasProperty(long np, String name);

    Optional<List<Long>> cells(long np, String name);

    Optional<List<String>> strings(long np, String name);

    boolean available(long np);

    boolean compatible(long np, String compatible);

    /** Entry {@code index} of a phandle list: the target node and its argument cells. */
    Optional<PhandleArgs> phandleArgs(long np, String list, String cellsName, int index);

    int countPhandleArgs(long np, String list, String cellsName);

    /** The next node after {@code from} (0 = from the start) in depth-first order with that compatible; 0 if none. */
    long findCompatible(long from, String compatible);

    /** The {@code index}th {@code reg} window as (address, size). */
    Optional<long[]> reg(long np, int index);

    String path(long np);

    /** A phandle reference resolved: the node and its argument cells. */
    record PhandleArgs(long node, List<Long> args) {}

    DeviceTreeView EMPTY = new DeviceTreeView() {
      public boolean isNode(long np) {
        return false;
      }

      public boolean hasProperty(long np, String name) {
        return false;
      }

      public Optional<List<Long>> cells(long np, String name) {
        return Optional.empty();
      }

      public Optional<List<String>> strings(long np, String name) {
        return Optional.empty();
      }

      public boolean available(long np) {
        return false;
      }

      public boolean compatible(long np, String compatible) {
        return false;
      }

      public Optional<PhandleArgs> phandleArgs(long np, String list, String cellsName, int index) {
        return Optional.empty();
      }

      public int countPhandleArgs(long np, String list, String cellsName) {
        return 0;
      }

      public long findCompatible(long from, String compatible) {
        return 0;
      }

      public Optional<long[]> reg(long np, int index) {
        return Optional.empty();
      }

      public String path(long np) {
        return "?";
      }
    };
  }
}
