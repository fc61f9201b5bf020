package org.patchreview.hw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lookups over one frozen tree, shared by its board and its nodes (a node resolves phandles through it). */
final class NodeIndex {
  private final List<DtNode> nodes = new ArrayList<>();
  private final Map<String, DtNode> byPath = new HashMap<>();
  private final Map<String, DtNode> byLabel = new HashMap<>();
  private final Map<Long, DtNode> byPhandle = new HashMap<>();

  /** Called once per node, depth first, while the tree is frozen. */
  void add(DtNode node) {
    nodes.add(node);
    byPath.put(node.path(), node);
    node.labels().forEach(label -> byLabel.putIfAbsent(label, node));
    if (node.phandle() != 0) {
      byPhandle.putIfAbsent(node.phandle(), node);
    }
  }

  List<DtNode> nodes() {
    return List.copyOf(nodes);
  }

  Optional<DtNode> byPath(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  Optional<DtNode> byLabel(String label) {
    return Optional.ofNullable(byLabel.get(label));
  }

  Optional<DtNode> byPhandle(long phandle) {
    return Optional.ofNullable(byPhandle.get(phandle));
  }
}
