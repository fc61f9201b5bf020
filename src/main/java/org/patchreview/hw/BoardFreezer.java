package org.patchreview.hw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.patchreview.diag.Diagnostic;

/**
 * Turns an assembled draft tree into an immutable {@link Board}: drops unreferenced {@code /omit-if-no-ref/}
 * nodes, resolves references and gives phandles to referenced nodes the way dtc numbers them.
 */
final class BoardFreezer {
  private final NodeDraft root;
  private final List<Diagnostic> diagnostics;
  private final Map<String, NodeDraft> labels = new HashMap<>();
  private final Set<Long> usedPhandles = new HashSet<>();
  // dtc's counter: the next candidate for a node that is referenced but has no phandle yet.
  private long nextPhandle = 1;

  private BoardFreezer(NodeDraft root, List<Diagnostic> diagnostics) {
    this.root = root;
    this.diagnostics = diagnostics;
  }

  static Board freeze(String name, NodeDraft root, List<RegRange> reservations, List<Diagnostic> diagnostics) {
    BoardFreezer freezer = new BoardFreezer(root, diagnostics);
    freezer.indexLabels(false);
    freezer.dropUnreferenced();
    freezer.indexLabels(true);
    freezer.takeExplicitPhandles();
    freezer.assignPhandles();
    NodeIndex index = new NodeIndex();
    DtNode frozenRoot = freezer.build(root, null, index);
    return new Board(name, frozenRoot, index, reservations);
  }

  private void indexLabels(boolean report) {
    labels.clear();
    for (NodeDraft node : root.subtree()) {
      for (String label : node.labels) {
        NodeDraft first = labels.putIfAbsent(label, node);
        if (report && first != null && first != node) {
          error(node.pos, "label '" + label + "' is already on " + first.path() + "; a label names one node");
        }
      }
    }
  }

  private Optional<NodeDraft> resolve(DtReference ref) {
    if (!ref.path().isEmpty()) {
      return ref.path().startsWith("/") ? root.descendant(ref.path()) : Optional.empty();
    }
    return Optional.ofNullable(labels.get(ref.label()));
  }

  /** Every reference of every property, with the property it is in, depth first. */
  private List<Map.Entry<DtProperty, DtReference>> references() {
    List<Map.Entry<DtProperty, DtReference>> refs = new ArrayList<>();
    for (NodeDraft node : root.subtree()) {
      for (DtProperty property : node.properties.values()) {
        for (DtValue value : property.values()) {
          value.accept(new ReferenceCollector(ref -> refs.add(Map.entry(property, ref)), false));
        }
      }
    }
    return refs;
  }

  private void dropUnreferenced() {
    Set<NodeDraft> referenced = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    references().forEach(e -> resolve(e.getValue()).ifPresent(referenced::add));
    for (NodeDraft node : root.subtree()) {
      if (node.omitIfNoRef && node.parent != null && !referenced.contains(node)) {
        node.parent.children.remove(node);
      }
    }
  }

  private void takeExplicitPhandles() {
    Map<Long, NodeDraft> owners = new HashMap<>();
    for (NodeDraft node : root.subtree()) {
      if (node.phandle == 0) {
        node.phandle = explicitPhandle(node);
      }
      if (node.phandle != 0) {
        NodeDraft first = owners.putIfAbsent(node.phandle, node);
        if (first != null) {
          error(node.pos, String.format("phandle 0x%x is already used by %s", node.phandle, first.path()));
        }
        usedPhandles.add(node.phandle);
      }
    }
  }

  private static long explicitPhandle(NodeDraft node) {
    DtProperty property = node.properties.get("phandle");
    if (property == null) {
      property = node.properties.get("linux,phandle");
    }
    List<Long> cells = property == null ? List.of() : property.asCells();
    return cells.size() == 1 && cells.get(0) != 0xffffffffL ? cells.get(0) : 0;
  }

  // Only references inside <...> need a phandle; a whole-value &label becomes a path string.
  private void assignPhandles() {
    for (NodeDraft node : root.subtree()) {
      for (DtProperty property : node.properties.values()) {
        for (DtValue value : property.values()) {
          value.accept(new ReferenceCollector(ref -> resolve(ref).ifPresent(this::ensurePhandle), true));
        }
      }
    }
  }

  private void ensurePhandle(NodeDraft node) {
    if (node.phandle != 0) {
      return;
    }
    while (usedPhandles.contains(nextPhandle)) {
      nextPhandle++;
    }
    node.phandle = nextPhandle;
    usedPhandles.add(nextPhandle);
  }

  private DtNode build(NodeDraft draft, DtNode parent, NodeIndex index) {
    List<DtProperty> properties = new ArrayList<>();
    for (DtProperty property : draft.properties.values()) {
      List<DtValue> values = new ArrayList<>();
      property.values().forEach(v -> values.add(v.accept(new Resolver(property))));
      properties.add(new DtProperty(property.name(), values, property.pos()));
    }
    DtNode node = new DtNode(draft, parent, properties, index);
    index.add(node);
    draft.children.forEach(child -> build(child, node, index));
    return node;
  }

  private void error(SourcePos pos, String message) {
    diagnostics.add(Diagnostic.error(pos.file(), pos.line(), pos.column(), message));
  }

  /** Rewrites one chunk with its references resolved to the target's path and, in cells, its phandle. */
  private final class Resolver implements DtValue.Visitor<DtValue> {
    private final DtProperty property;

    Resolver(DtProperty property) {
      this.property = property;
    }

    @Override
    public DtValue visitCells(DtValue.Cells cells) {
      List<DtCell> resolved = new ArrayList<>();
      for (DtCell cell : cells.cells()) {
        resolved.add(cell.reference().map(ref -> target(ref)
            .map(t -> new DtCell(t.phandle, Optional.of(ref.resolvedTo(t.path()))))
            .orElse(cell)).orElse(cell));
      }
      return new DtValue.Cells(cells.bits(), resolved);
    }

    @Override
    public DtValue visitText(DtValue.Text text) {
      return text;
    }

    @Override
    public DtValue visitBytes(DtValue.Bytes bytes) {
      return bytes;
    }

    @Override
    public DtValue visitPathRef(DtValue.PathRef ref) {
      return target(ref.reference()).map(t -> (DtValue) new DtValue.PathRef(ref.reference().resolvedTo(t.path())))
          .orElse(ref);
    }

    private Optional<NodeDraft> target(DtReference ref) {
      Optional<NodeDraft> target = resolve(ref);
      if (target.isEmpty()) {
        error(property.pos(), "property '" + property.name() + "' refers to " + ref.written() + ", but "
            + (ref.isByLabel() ? "no node has the label '" + ref.label() + "'" : "there is no such node"));
      }
      return target;
    }
  }
}
