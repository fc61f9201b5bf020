package org.patchreview.hw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A node while a tree is being assembled or merged: mutable, frozen into a {@link DtNode} at the end. */
final class NodeDraft {
  final String name;
  final String unit;
  final List<String> labels = new ArrayList<>();
  // Redefining a property keeps its place, as dtc's merge does; LinkedHashMap.put does exactly that.
  final Map<String, DtProperty> properties = new LinkedHashMap<>();
  final List<NodeDraft> children = new ArrayList<>();
  final NodeDraft parent;
  final SourcePos pos;
  boolean omitIfNoRef;
  long phandle;

  NodeDraft(NodeDraft parent, String name, String unit, SourcePos pos) {
    this.parent = parent;
    this.name = name;
    this.unit = unit;
    this.pos = pos;
  }

  static NodeDraft root(SourcePos pos) {
    return new NodeDraft(null, "", "", pos);
  }

  String fullName() {
    return unit.isEmpty() ? name : name + "@" + unit;
  }

  String path() {
    if (parent == null) {
      return "/";
    }
    return parent.parent == null ? "/" + fullName() : parent.path() + "/" + fullName();
  }

  void addLabels(List<String> more) {
    for (String label : more) {
      if (!labels.contains(label)) {
        labels.add(label);
      }
    }
  }

  /** The child with this full name, or (as dtc's path lookup allows) the first one with this name and any unit. */
  Optional<NodeDraft> child(String fullName) {
    Optional<NodeDraft> exact = children.stream().filter(c -> c.fullName().equals(fullName)).findFirst();
    if (exact.isPresent() || fullName.contains("@")) {
      return exact;
    }
    return children.stream().filter(c -> c.name.equals(fullName)).findFirst();
  }

  /** The existing child with this name and unit, or a new one appended after the others. */
  NodeDraft childFor(String childName, String childUnit, SourcePos childPos) {
    String full = childUnit.isEmpty() ? childName : childName + "@" + childUnit;
    for (NodeDraft c : children) {
      if (c.fullName().equals(full)) {
        return c;
      }
    }
    NodeDraft created = new NodeDraft(this, childName, childUnit, childPos);
    children.add(created);
    return created;
  }

  /** The node at a path below this one ({@code /a/b@1}), if there is one. */
  Optional<NodeDraft> descendant(String path) {
    Optional<NodeDraft> node = Optional.of(this);
    for (String part : path.split("/")) {
      if (!part.isEmpty()) {
        node = node.flatMap(n -> n.child(part));
      }
    }
    return node;
  }

  /** This node and all below it, depth first. */
  List<NodeDraft> subtree() {
    List<NodeDraft> all = new ArrayList<>();
    collect(all);
    return all;
  }

  private void collect(List<NodeDraft> all) {
    all.add(this);
    children.forEach(c -> c.collect(all));
  }

  /** The first node of this subtree carrying the label. */
  Optional<NodeDraft> labelled(String label) {
    return subtree().stream().filter(n -> n.labels.contains(label)).findFirst();
  }

  /** A draft copy of a frozen subtree, keeping phandles so that merging does not renumber them. */
  static NodeDraft copyOf(DtNode node, NodeDraft parent) {
    NodeDraft draft = new NodeDraft(parent, node.name(), node.unitAddress(), node.pos());
    draft.labels.addAll(node.labels());
    node.properties().forEach(p -> draft.properties.put(p.name(), p));
    draft.phandle = node.phandle();
    node.children().forEach(c -> draft.children.add(copyOf(c, draft)));
    return draft;
  }
}
