package org.patchreview.hw;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A random device tree for round-trip tests: the expected nodes and values, and a Device Tree source text for them
 * printed with the grammar's variety (labels, references, expressions, bit widths, escapes, comments, extensions).
 */
final class RandomDts {
  /** A node as generated: what reading the printed text must give back. */
  static final class Node {
    final String name;
    final String unit;
    final String path;
    final List<String> labels = new ArrayList<>();
    final Map<String, List<DtValue>> properties = new LinkedHashMap<>();
    final List<Node> children = new ArrayList<>();

    Node(String name, String unit, String parentPath) {
      this.name = name;
      this.unit = unit;
      String full = unit.isEmpty() ? name : name + "@" + unit;
      this.path = parentPath == null ? "/" : parentPath.equals("/") ? "/" + full : parentPath + "/" + full;
    }

    String fullName() {
      return unit.isEmpty() ? name : name + "@" + unit;
    }

    void collect(List<Node> all) {
      all.add(this);
      children.forEach(c -> c.collect(all));
    }
  }

  private final Random random;
  private final Node root = new Node("", "", null);
  private final List<Node> labelled = new ArrayList<>();
  private final Set<String> labelsUsed = new HashSet<>();
  private final StringBuilder extensions = new StringBuilder();

  RandomDts(long seed) {
    this.random = new Random(seed);
    grow(root, 0);
    fillProperties();
  }

  Node root() {
    return root;
  }

  List<Node> nodes() {
    List<Node> all = new ArrayList<>();
    root.collect(all);
    return all;
  }

  // ---------------------------------------------------------------- the tree

  private void grow(Node node, int depth) {
    if (depth > 0 && random.nextInt(10) < 4) {
      String label = unique(word("abcdefghijklmnopqrstuvwxyz_", "abcdefghijklmnopqrstuvwxyz_0123456789"));
      node.labels.add(label);
      if (random.nextInt(5) == 0) {
        node.labels.add(unique(label + "_alias"));
      }
      labelled.add(node);
    }
    int children = depth >= 3 ? 0 : random.nextInt(depth == 0 ? 5 : 4);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < children; i++) {
      String name = word("abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyz0123456789,._+-");
      String unit = random.nextBoolean() ? "" : Long.toHexString(random.nextInt(1 << 20))
          + (random.nextInt(6) == 0 ? "," + random.nextInt(4) : "");
      Node child = new Node(name, unit, node.path);
      if (names.add(child.fullName())) {
        node.children.add(child);
        grow(child, depth + 1);
      }
    }
  }

  private String unique(String label) {
    String candidate = label;
    for (int i = 1; !labelsUsed.add(candidate); i++) {
      candidate = label + i;
    }
    return candidate;
  }

  private String word(String first, String rest) {
    StringBuilder sb = new StringBuilder().append(first.charAt(random.nextInt(first.length())));
    int length = random.nextInt(9);
    for (int i = 0; i < length; i++) {
      sb.append(rest.charAt(random.nextInt(rest.length())));
    }
    return sb.toString();
  }

  // References need every label to exist, so values are chosen once the whole tree stands.
  private void fillProperties() {
    for (Node node : nodes()) {
      int count = random.nextInt(6);
      for (int i = 0; i < count; i++) {
        String name = word("abcdefghijklmnopqrstuvwxyz#", "abcdefghijklmnopqrstuvwxyz0123456789,._+-");
        if (!name.contains("phandle")) {
          node.properties.put(name, values());
        }
      }
    }
  }

  private List<DtValue> values() {
    List<DtValue> values = new ArrayList<>();
    int chunks = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(3);
    for (int i = 0; i < chunks; i++) {
      switch (random.nextInt(labelled.isEmpty() ? 3 : 4)) {
        case 0 -> values.add(new DtValue.Text(text()));
        case 1 -> values.add(cells());
        case 2 -> values.add(new DtValue.Bytes(bytes()));
        default -> values.add(new DtValue.PathRef(reference()));
      }
    }
    return values;
  }

  private String text() {
    String alphabet = "abcXYZ019 _-,.;:{}<>[]&/\"\\\n\t'é";
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(10);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private DtValue.Cells cells() {
    int bits = random.nextInt(3) == 0 ? new int[] {8, 16, 32, 64}[random.nextInt(4)] : 32;
    List<DtCell> cells = new ArrayList<>();
    int count = random.nextInt(5);
    for (int i = 0; i < count; i++) {
      if (bits == 32 && !labelled.isEmpty() && random.nextInt(4) == 0) {
        cells.add(DtCell.ref(reference()));
      } else {
        long value = random.nextLong();
        cells.add(DtCell.of(bits == 64 ? value : value & ((1L << bits) - 1)));
      }
    }
    return new DtValue.Cells(bits, cells);
  }

  private byte[] bytes() {
    byte[] bytes = new byte[random.nextInt(6)];
    random.nextBytes(bytes);
    return bytes;
  }

  private DtReference reference() {
    Node target = labelled.get(random.nextInt(labelled.size()));
    String label = target.labels.get(random.nextInt(target.labels.size()));
    return random.nextBoolean() ? new DtReference(label, target.path) : new DtReference("", target.path);
  }

  // ---------------------------------------------------------------- printing

  /** The source text; labelled nodes may have a tail of their properties and children in a later {@code &label} block. */
  String print() {
    StringBuilder out = new StringBuilder("/dts-v1/;\n");
    if (random.nextBoolean()) {
      out.append("/memreserve/ 0x1000 (4 * 1024);\n");
    }
    out.append("/ {\n");
    printBody(root, out, 1);
    out.append("};\n");
    return out.append(extensions).toString();
  }

  private void printBody(Node node, StringBuilder out, int depth) {
    List<String> names = new ArrayList<>(node.properties.keySet());
    int keepProps = names.size();
    int keepChildren = node.children.size();
    boolean extend = !node.labels.isEmpty() && random.nextInt(3) == 0;
    if (extend) {
      keepProps = random.nextInt(names.size() + 1);
      keepChildren = random.nextInt(node.children.size() + 1);
    }
    printItems(node, names.subList(0, keepProps), node.children.subList(0, keepChildren), out, depth);
    if (extend) {
      // The tail's own children may add extensions while it is printed; this block must come before them.
      int at = extensions.length();
      StringBuilder tail = new StringBuilder();
      tail.append(random.nextBoolean() ? "&" + node.labels.get(0) : "&{" + node.path + "}").append(" {\n");
      printItems(node, names.subList(keepProps, names.size()), node.children.subList(keepChildren,
          node.children.size()), tail, 1);
      extensions.insert(at, tail.append("};\n"));
    }
  }

  private void printItems(Node node, List<String> properties, List<Node> children, StringBuilder out, int depth) {
    String indent = "\t".repeat(depth);
    for (String name : properties) {
      out.append(indent).append(comment());
      List<DtValue> values = node.properties.get(name);
      out.append(name);
      if (!values.isEmpty()) {
        out.append(" = ");
        for (int i = 0; i < values.size(); i++) {
          out.append(i == 0 ? "" : random.nextBoolean() ? ", " : ",\n" + indent + "\t");
          out.append(values.get(i).accept(new ChunkPrinter(random)));
        }
      }
      out.append(";\n");
    }
    for (Node child : children) {
      out.append(indent).append(comment());
      child.labels.forEach(l -> out.append(l).append(random.nextBoolean() ? ": " : ":"));
      out.append(child.fullName()).append(" {\n");
      printBody(child, out, depth + 1);
      out.append(indent).append("};\n");
    }
  }

  private String comment() {
    switch (random.nextInt(8)) {
      case 0: return "/* note */ ";
      case 1: return "// note\n" + "\t";
      default: return "";
    }
  }
}
