package org.patchreview.hw;

import java.util.List;

/** A top-level statement of a Device Tree source file, as written (references not yet resolved). */
sealed interface DtsStatement {

  SourcePos pos();

  <R> R accept(Visitor<R> v);

  /** {@code /dts-v1/;} */
  record Version(SourcePos pos) implements DtsStatement {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitVersion(this);
    }
  }

  /** {@code /plugin/;}: accepted and recorded; overlays are not applied. */
  record Plugin(SourcePos pos) implements DtsStatement {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitPlugin(this);
    }
  }

  /** {@code /memreserve/ address size;} */
  record MemReserve(SourcePos pos, long address, long size) implements DtsStatement {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitMemReserve(this);
    }
  }

  /** {@code /include/ "file"}. */
  record Include(SourcePos pos, String file) implements DtsStatement {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitInclude(this);
    }
  }

  /** {@code / { ... };}: merged into the root node. */
  record Root(SourcePos pos, List<String> labels, List<DtsEntry> entries) implements DtsStatement {
    public Root {
      labels = List.copyOf(labels);
      entries = List.copyOf(entries);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitRoot(this);
    }
  }

  /** {@code [newlabel:] &label { ... };}: merged into an already defined node, which gains the new labels. */
  record Extend(SourcePos pos, List<String> labels, DtReference target, List<DtsEntry> entries)
      implements DtsStatement {
    public Extend {
      labels = List.copyOf(labels);
      entries = List.copyOf(entries);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitExtend(this);
    }
  }

  /** {@code /delete-node/ &label;} */
  record DeleteNodeRef(SourcePos pos, DtReference target) implements DtsStatement {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitDeleteNodeRef(this);
    }
  }

  /** {@code /omit-if-no-ref/ &label;} */
  record OmitIfNoRef(SourcePos pos, DtReference target) implements DtsStatement {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitOmitIfNoRef(this);
    }
  }

  /** One method per kind of statement. */
  interface Visitor<R> {
    R visitVersion(Version s);

    R visitPlugin(Plugin s);

    R visitMemReserve(MemReserve s);

    R visitInclude(Include s);

    R visitRoot(Root s);

    R visitExtend(Extend s);

    R visitDeleteNodeRef(DeleteNodeRef s);

    R visitOmitIfNoRef(OmitIfNoRef s);
  }
}
