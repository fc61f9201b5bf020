package org.patchreview.hw;

import java.util.List;

/** An item inside a node's braces, as written: a property, a child node or a deletion. */
sealed interface DtsEntry {

  SourcePos pos();

  <R> R accept(Visitor<R> v);

  /** {@code name;} or {@code name = chunk, chunk;} */
  record Property(SourcePos pos, String name, List<DtValue> values) implements DtsEntry {
    public Property {
      values = List.copyOf(values);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitProperty(this);
    }
  }

  /** {@code [/omit-if-no-ref/] label: name@unit { ... };} */
  record Child(SourcePos pos, List<String> labels, String name, String unit, boolean omitIfNoRef,
      List<DtsEntry> entries) implements DtsEntry {
    public Child {
      labels = List.copyOf(labels);
      entries = List.copyOf(entries);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitChild(this);
    }
  }

  /** {@code /delete-node/ name@unit;} */
  record DeleteNode(SourcePos pos, String fullName) implements DtsEntry {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitDeleteNode(this);
    }
  }

  /** {@code /delete-property/ name;} */
  record DeleteProperty(SourcePos pos, String name) implements DtsEntry {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitDeleteProperty(this);
    }
  }

  /** One method per kind of entry. */
  interface Visitor<R> {
    R visitProperty(Property e);

    R visitChild(Child e);

    R visitDeleteNode(DeleteNode e);

    R visitDeleteProperty(DeleteProperty e);
  }
}
