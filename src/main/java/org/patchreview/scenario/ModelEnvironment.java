package org.patchreview.scenario;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patchreview.c.Span;
import org.patchreview.hw.Board;
import org.patchreview.hw.DtNode;
import org.patchreview.hw.DtProperty;
import org.patchreview.hw.Hardware;
import org.patchreview.hw.PhandleArgsResult;
import org.patchreview.interp.Environment;
import org.patchreview.interp.Machine;
import org.patchreview.interp.MmioHandler;
import org.patchreview.interp.Region;
import org.patchreview.interp.Site;

/**
 * The board as the interpreted kernel sees it: a {@code struct device_node} per node (as the kernel's unflattening
 * makes them), properties read from the Device Tree through the {@code of_*} primitives, and MMIO windows reaching
 * the register models.
 */
final class ModelEnvironment implements Environment, Environment.DeviceTreeView {

  private static final Span SITE = new Span("(device tree)", 0, 0);

  private final Board board;
  private final Hardware hardware;
  private final Map<Long, DtNode> byAddress = new HashMap<>();
  private final Map<DtNode, Long> addressOf = new IdentityHashMap<>();

  ModelEnvironment(Board board, Hardware hardware) {
    this.board = board;
    this.hardware = hardware;
  }

  /** The same nodes (made once, at the same addresses) over {@code hardware}: for a copy of a run. */
  ModelEnvironment with(Hardware hardware) {
    ModelEnvironment copy = new ModelEnvironment(board, hardware);
    copy.byAddress.putAll(byAddress);
    copy.addressOf.putAll(addressOf);
    return copy;
  }

  /** Allocates and fills a {@code struct device_node} for every node, parents first. */
  void createNodes(Machine m) {
    int size = m.program().struct("device_node").filter(s -> s.complete()).map(s -> s.size()).orElse(64);
    Site site = Site.at(SITE, "unflatten_device_tree");
    for (DtNode node : board.nodes()) {
      Region r = m.allocate(Region.Kind.HEAP, size, site);
      r.setLabel("node " + node.path());
      byAddress.put(r.base(), node);
      addressOf.put(node, r.base());
      set(m, r.base(), "name", string(m, node.name()), site);
      set(m, r.base(), "full_name", string(m, node.path()), site);
      set(m, r.base(), "phandle", node.phandle(), site);
      node.parent().ifPresent(p -> set(m, r.base(), "parent", addressOf.get(p), site));
    }
  }

  private static void set(Machine m, long node, String member, long value, Site site) {
    if (m.hasField("device_node", member)) {
      m.writeField(node, "device_node", member, value, site);
    }
  }

  private static long string(Machine m, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    Region r = m.memory().allocate(Region.Kind.STRING, b.length + 1, 1, null, SITE, "unflatten_device_tree");
    m.memory().writeBytesUnchecked(r, b);
    return r.base();
  }

  long address(DtNode node) {
    return addressOf.getOrDefault(node, 0L);
  }

  List<Long> nodeAddresses() {
    return new ArrayList<>(byAddress.keySet());
  }

  Board board() {
    return board;
  }

  @Override
  public DeviceTreeView deviceTree() {
    return this;
  }

  @Override
  public Optional<MmioWindow> mmio(long phys) {
    return hardware.at(phys).map(w -> new MmioWindow(w.base(), w.device().size(), new MmioHandler() {
      public int read32(long offset) {
        return w.device().read32(offset);
      }

      public void write32(long offset, int value) {
        w.device().write32(offset, value);
      }
    }));
  }

  // ------------------------------------------------------------------ DeviceTreeView

  private Optional<DtNode> node(long np) {
    return Optional.ofNullable(byAddress.get(np));
  }

  @Override
  public boolean isNode(long np) {
    return byAddress.containsKey(np);
  }

  @Override
  public boolean hasProperty(long np, String name) {
    return node(np).map(n -> n.hasProperty(name)).orElse(false);
  }

  @Override
  public Optional<List<Long>> cells(long np, String name) {
    return node(np).flatMap(n -> n.property(name)).map(DtProperty::asCells);
  }

  @Override
  public Optional<List<String>> strings(long np, String name) {
    return node(np).flatMap(n -> n.property(name)).map(DtProperty::asStrings);
  }

  @Override
  public boolean available(long np) {
    return node(np).map(DtNode::isAvailable).orElse(false);
  }

  @Override
  public boolean compatible(long np, String compatible) {
    return node(np).map(n -> n.isCompatible(compatible)).orElse(false);
  }

  @Override
  public Optional<PhandleArgs> phandleArgs(long np, String list, String cellsName, int index) {
    List<org.patchreview.hw.PhandleArgs> entries = entriesRaw(np, list, cellsName);
    if (index < 0 || index >= entries.size()) {
      return Optional.empty();
    }
    org.patchreview.hw.PhandleArgs e = entries.get(index);
    return Optional.of(new PhandleArgs(address(e.target()), e.args()));
  }

  private List<org.patchreview.hw.PhandleArgs> entriesRaw(long np, String list, String cellsName) {
    Optional<DtNode> n = node(np);
    if (n.isEmpty() || !n.get().hasProperty(list)) {
      return List.of();
    }
    if (cellsName.isEmpty()) {
      List<org.patchreview.hw.PhandleArgs> out = new ArrayList<>();
      for (long ph : n.get().property(list).get().asCells()) {
        board.byPhandle(ph).ifPresent(t -> out.add(new org.patchreview.hw.PhandleArgs(t, List.of())));
      }
      return out;
    }
    PhandleArgsResult r = n.get().phandleArgs(list, cellsName);
    return r.entries();
  }

  @Override
  public int countPhandleArgs(long np, String list, String cellsName) {
    return entriesRaw(np, list, cellsName).size();
  }

  @Override
  public long findCompatible(long from, String compatible) {
    boolean started = from == 0;
    for (DtNode n : board.nodes()) {
      if (started && n.isCompatible(compatible)) {
        return address(n);
      }
      if (!started && address(n) == from) {
        started = true;
      }
    }
    return 0;
  }

  @Override
  public Optional<long[]> reg(long np, int index) {
    return node(np).map(DtNode::reg).filter(r -> index >= 0 && index < r.size())
        .map(r -> new long[] {r.get(index).address(), r.get(index).size()});
  }

  @Override
  public String path(long np) {
    return node(np).map(DtNode::path).orElse("(not a node)");
  }
}
