package org.patchreview.hw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.patchreview.diag.Diagnostic;

/** A node of a board's device tree: name, unit address, labels, properties in source order and children. */
public final class DtNode {
  // The Devicetree Specification's values when a parent does not say (section 2.3.5).
  private static final int DEFAULT_ADDRESS_CELLS = 2;
  private static final int DEFAULT_SIZE_CELLS = 1;

  private final String name;
  private final String unitAddress;
  private final List<String> labels;
  private final DtNode parent;
  private final List<DtProperty> properties;
  private final List<DtNode> children = new ArrayList<>();
  private final long phandle;
  private final SourcePos pos;
  private final NodeIndex index;

  DtNode(NodeDraft draft, DtNode parent, List<DtProperty> properties, NodeIndex index) {
    this.name = draft.name;
    this.unitAddress = draft.unit;
    this.labels = List.copyOf(draft.labels);
    this.parent = parent;
    this.properties = List.copyOf(properties);
    this.phandle = draft.phandle;
    this.pos = draft.pos;
    this.index = index;
    if (parent != null) {
      parent.children.add(this);
    }
  }

  /** The node name without its unit address ({@code sata} for {@code sata@ee300000}); empty for the root. */
  public String name() {
    return name;
  }

  /** The unit address after {@code @}, or empty. */
  public String unitAddress() {
    return unitAddress;
  }

  /** The name with its unit address, as it appears in a path. */
  public String fullName() {
    return unitAddress.isEmpty() ? name : name + "@" + unitAddress;
  }

  public List<String> labels() {
    return labels;
  }

  /** The full path, {@code /} for the root. */
  public String path() {
    if (parent == null) {
      return "/";
    }
    return parent.parent == null ? "/" + fullName() : parent.path() + "/" + fullName();
  }

  public Optional<DtNode> parent() {
    return Optional.ofNullable(parent);
  }

  public List<DtNode> children() {
    return Collections.unmodifiableList(children);
  }

  public List<DtProperty> properties() {
    return properties;
  }

  /** The phandle, given by a {@code phandle} property or assigned because something references the node; 0 if none. */
  public long phandle() {
    return phandle;
  }

  /** Where the node was first defined. */
  public SourcePos pos() {
    return pos;
  }

  public Optional<DtProperty> property(String propertyName) {
    // A loop, not a stream: the selectors ask every node for a few properties after each step of every run.
    for (DtProperty p : properties) {
      if (p.name().equals(propertyName)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  public boolean hasProperty(String propertyName) {
    return property(propertyName).isPresent();
  }

  public List<String> compatible() {
    return property("compatible").map(DtProperty::asStrings).orElse(List.of());
  }

  public boolean isCompatible(String compatible) {
    return compatible().contains(compatible);
  }

  /** Whether the node is enabled: no {@code status}, or {@code "okay"} / {@code "ok"}. */
  public boolean isAvailable() {
    Optional<String> status = property("status").flatMap(DtProperty::asString);
    return status.isEmpty() || status.get().equals("okay") || status.get().equals("ok");
  }

  /** The {@code reg} entries, sized by the parent's {@code #address-cells} and {@code #size-cells}. */
  public List<RegRange> reg() {
    List<Long> cells = property("reg").map(DtProperty::asCells).orElse(List.of());
    int addressCells = parentCells("#address-cells", DEFAULT_ADDRESS_CELLS);
    int sizeCells = parentCells("#size-cells", DEFAULT_SIZE_CELLS);
    int stride = addressCells + sizeCells;
    List<RegRange> ranges = new ArrayList<>();
    for (int i = 0; stride > 0 && i + stride <= cells.size(); i += stride) {
      ranges.add(new RegRange(combine(cells, i, addressCells), combine(cells, i + addressCells, sizeCells)));
    }
    return ranges;
  }

  private int parentCells(String propertyName, int fallback) {
    return parent().flatMap(p -> p.property(propertyName)).flatMap(DtProperty::asU32).map(Long::intValue)
        .orElse(fallback);
  }

  private static long combine(List<Long> cells, int from, int count) {
    long value = 0;
    for (int i = from; i < from + count; i++) {
      value = (value << 32) | cells.get(i);
    }
    return value;
  }

  /**
   * Reads a phandle list such as {@code iommus} or {@code clocks}, each entry's argument count coming from the
   * target's {@code cellsProperty} ({@code #iommu-cells}, {@code #clock-cells}), as of_parse_phandle_with_args does.
   * A missing list gives no entries; an unknown phandle, a target without the cells property or a short list
   * stops the reading with a diagnostic.
   */
  public PhandleArgsResult phandleArgs(String listProperty, String cellsProperty) {
    Optional<DtProperty> list = property(listProperty);
    if (list.isEmpty()) {
      return new PhandleArgsResult(List.of(), List.of());
    }
    List<Long> cells = list.get().asCells();
    List<PhandleArgs> entries = new ArrayList<>();
    int i = 0;
    while (i < cells.size()) {
      long handle = cells.get(i);
      Optional<DtNode> target = index.byPhandle(handle);
      if (target.isEmpty()) {
        return failed(entries, list.get(), String.format("%s of %s: cell %d is phandle 0x%x, which no node has",
            listProperty, path(), i, handle));
      }
      Optional<Long> count = target.get().property(cellsProperty).flatMap(DtProperty::asU32);
      if (count.isEmpty()) {
        return failed(entries, list.get(), String.format("%s of %s names %s, which has no %s property",
            listProperty, path(), target.get().path(), cellsProperty));
      }
      long end = i + 1 + count.get();
      if (end > cells.size()) {
        return failed(entries, list.get(), String.format("%s of %s ends after %d cells, but its entry for %s needs "
            + "%d argument cells (%s)", listProperty, path(), cells.size(), target.get().path(), count.get(),
            cellsProperty));
      }
      entries.add(new PhandleArgs(target.get(), cells.subList(i + 1, (int) end)));
      i = (int) end;
    }
    return new PhandleArgsResult(entries, List.of());
  }

  private static PhandleArgsResult failed(List<PhandleArgs> entries, DtProperty where, String message) {
    SourcePos p = where.pos();
    return new PhandleArgsResult(entries, List.of(Diagnostic.error(p.file(), p.line(), p.column(), message)));
  }

  @Override
  public String toString() {
    return path();
  }
}
