package org.patchreview.hw;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.patchreview.diag.Diagnostic;

/**
 * Applies statements to a tree in source order, as dtc does while it parses: root and {@code &label} blocks merge
 * into existing nodes, deletions remove, {@code /include/} reads another file in place.
 */
final class DtsAssembler implements DtsStatement.Visitor<Void> {
  private final Function<String, Optional<String>> includes;
  private final List<Diagnostic> diagnostics;
  private final Deque<String> files = new ArrayDeque<>();
  private final List<RegRange> reservations = new ArrayList<>();
  private final NodeDraft root;

  DtsAssembler(String file, Function<String, Optional<String>> includes, List<Diagnostic> diagnostics) {
    this.includes = includes;
    this.diagnostics = diagnostics;
    this.root = NodeDraft.root(new SourcePos(file, 1, 1));
  }

  NodeDraft root() {
    return root;
  }

  List<RegRange> reservations() {
    return reservations;
  }

  void apply(DtsSource source) {
    diagnostics.addAll(source.diagnostics());
    files.push(source.file());
    source.statements().forEach(s -> s.accept(this));
    files.pop();
  }

  @Override
  public Void visitVersion(DtsStatement.Version s) {
    return null;
  }

  @Override
  public Void visitPlugin(DtsStatement.Plugin s) {
    return null;
  }

  @Override
  public Void visitMemReserve(DtsStatement.MemReserve s) {
    reservations.add(new RegRange(s.address(), s.size()));
    return null;
  }

  @Override
  public Void visitInclude(DtsStatement.Include s) {
    if (files.contains(s.file())) {
      error(s.pos(), "/include/ \"" + s.file() + "\" includes itself (through " + String.join(" <- ", files) + ")");
      return null;
    }
    Optional<String> text = includes.apply(s.file());
    if (text.isEmpty()) {
      error(s.pos(), "cannot find the included file \"" + s.file() + "\"");
    } else {
      apply(DtsTreeBuilder.parse(s.file(), text.get()));
    }
    return null;
  }

  @Override
  public Void visitRoot(DtsStatement.Root s) {
    root.addLabels(s.labels());
    applyEntries(root, s.entries());
    return null;
  }

  @Override
  public Void visitExtend(DtsStatement.Extend s) {
    find(s.target(), s.pos(), "extend").ifPresent(node -> {
      node.addLabels(s.labels());
      applyEntries(node, s.entries());
    });
    return null;
  }

  @Override
  public Void visitDeleteNodeRef(DtsStatement.DeleteNodeRef s) {
    find(s.target(), s.pos(), "delete").ifPresent(node -> {
      if (node.parent == null) {
        error(s.pos(), "the root node cannot be deleted");
      } else {
        node.parent.children.remove(node);
      }
    });
    return null;
  }

  @Override
  public Void visitOmitIfNoRef(DtsStatement.OmitIfNoRef s) {
    find(s.target(), s.pos(), "mark /omit-if-no-ref/").ifPresent(node -> node.omitIfNoRef = true);
    return null;
  }

  // Labels used as block targets must already be defined: dtc looks them up while it parses.
  private Optional<NodeDraft> find(DtReference ref, SourcePos pos, String verb) {
    Optional<NodeDraft> node = ref.isByLabel() ? root.labelled(ref.label()) : root.descendant(ref.path());
    if (node.isEmpty()) {
      error(pos, "cannot " + verb + " " + ref.written() + ": "
          + (ref.isByLabel() ? "no node defined so far has the label '" + ref.label() + "'" : "there is no such node"));
    }
    return node;
  }

  private void applyEntries(NodeDraft node, List<DtsEntry> entries) {
    EntryApplier applier = new EntryApplier(node);
    entries.forEach(e -> e.accept(applier));
  }

  private void error(SourcePos pos, String message) {
    diagnostics.add(Diagnostic.error(pos.file(), pos.line(), pos.column(), message));
  }

  /** Applies one node body's entries to one node. */
  private final class EntryApplier implements DtsEntry.Visitor<Void> {
    private final NodeDraft node;

    EntryApplier(NodeDraft node) {
      this.node = node;
    }

    @Override
    public Void visitProperty(DtsEntry.Property e) {
      node.properties.put(e.name(), new DtProperty(e.name(), e.values(), e.pos()));
      return null;
    }

    @Override
    public Void visitChild(DtsEntry.Child e) {
      NodeDraft child = node.childFor(e.name(), e.unit(), e.pos());
      child.addLabels(e.labels());
      child.omitIfNoRef |= e.omitIfNoRef();
      applyEntries(child, e.entries());
      return null;
    }

    // Deleting what is not there is not an error for dtc either: a board may delete defensively.
    @Override
    public Void visitDeleteNode(DtsEntry.DeleteNode e) {
      node.children.removeIf(c -> c.fullName().equals(e.fullName()));
      return null;
    }

    @Override
    public Void visitDeleteProperty(DtsEntry.DeleteProperty e) {
      node.properties.remove(e.name());
      return null;
    }
  }
}
