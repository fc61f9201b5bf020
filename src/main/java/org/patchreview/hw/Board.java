package org.patchreview.hw;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A modelled board: the device tree read from its {@code .dts}, with lookups by path, label and phandle. */
public final class Board {
  private final String name;
  private final DtNode root;
  private final NodeIndex index;
  private final List<RegRange> memoryReservations;

  Board(String name, DtNode root, NodeIndex index, List<RegRange> memoryReservations) {
    this.name = name;
    this.root = root;
    this.index = index;
    this.memoryReservations = List.copyOf(memoryReservations);
  }

  /** The board's name: its file name without the extension ({@code lager}). */
  public String name() {
    return name;
  }

  /** The root's {@code model}, or empty. */
  public String model() {
    return root.property("model").flatMap(DtProperty::asString).orElse("");
  }

  /** The root's {@code compatible} list. */
  public List<String> compatible() {
    return root.compatible();
  }

  public DtNode root() {
    return root;
  }

  /** Every node, the root first, depth first in source order. */
  public List<DtNode> nodes() {
    return index.nodes();
  }

  public Optional<DtNode> byPath(String path) {
    return index.byPath(path);
  }

  public Optional<DtNode> byLabel(String label) {
    return index.byLabel(label);
  }

  public Optional<DtNode> byPhandle(long phandle) {
    return index.byPhandle(phandle);
  }

  /** The {@code /memreserve/} entries. */
  public List<RegRange> memoryReservations() {
    return memoryReservations;
  }

  /**
   * This board with a fragment's nodes merged in by path (a config's {@code /hypervisor} node): the fragment's
   * properties replace or add to existing ones, its new nodes are appended. Phandles of this board stay as they
   * are; a fragment node whose phandle is taken here gets a fresh one.
   */
  public Board merge(Board fragment) {
    NodeDraft merged = NodeDraft.copyOf(root, null);
    Set<Long> taken = new HashSet<>();
    nodes().forEach(n -> taken.add(n.phandle()));
    mergeInto(merged, fragment.root(), taken);
    List<RegRange> reservations = new ArrayList<>(memoryReservations);
    reservations.addAll(fragment.memoryReservations());
    // Both trees were valid on their own and references are kept by path, so freezing again finds nothing new.
    return BoardFreezer.freeze(name, merged, reservations, new ArrayList<>());
  }

  private static void mergeInto(NodeDraft target, DtNode source, Set<Long> taken) {
    target.addLabels(source.labels());
    source.properties().forEach(p -> target.properties.put(p.name(), p));
    for (DtNode child : source.children()) {
      Optional<NodeDraft> existing = target.children.stream()
          .filter(c -> c.fullName().equals(child.fullName())).findFirst();
      if (existing.isPresent()) {
        mergeInto(existing.get(), child, taken);
      } else {
        NodeDraft copy = NodeDraft.copyOf(child, target);
        copy.subtree().stream().filter(d -> taken.contains(d.phandle)).forEach(d -> d.phandle = 0);
        target.children.add(copy);
      }
    }
  }

  @Override
  public String toString() {
    return "Board[" + name + "]";
  }
}
