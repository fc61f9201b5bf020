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
  private volatile String digest;

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

  /**
   * A digest of everything a run can read of the board: the name, every node's path, labels and phandle, every
   * property's name and values, and the memory reservations (not where in the source they were written). Two boards
   * with the same digest run the same; caches of runs key on it rather than on the name.
   */
  public String digest() {
    String d = digest;
    if (d == null) {
      StringBuilder text = new StringBuilder(name).append('\n');
      for (DtNode n : nodes()) {
        text.append(n.path()).append(' ').append(n.labels()).append(' ').append(n.phandle()).append('\n');
        for (DtProperty p : n.properties()) {
          text.append("  ").append(p.name()).append(" = ").append(p.values()).append('\n');
        }
      }
      text.append(memoryReservations);
      try {
        byte[] sha = java.security.MessageDigest.getInstance("SHA-256")
            .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        d = java.util.HexFormat.of().formatHex(sha);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java has SHA-256", e);
      }
      digest = d;
    }
    return d;
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
