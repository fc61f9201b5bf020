package org.patchreview.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.patchreview.corpus.History;
import org.patchreview.corpus.HistoryEntry;
import org.patchreview.tree.SourceTree;

/** The modelled states {@code --base} takes: found by tag, entry or a unique prefix of one, and listed. */
final class BaseList {
  private BaseList() {}

  /** A state and the name the report gives it. */
  record Chosen(SourceTree tree, String name) {}

  /**
   * The state {@code ref} names: a tag, a history entry (the state after it), {@code before:ENTRY}, a unique prefix
   * of an entry's name in either form (as {@code review corpus --only} takes), or a revision of the history's
   * repository. A usage error when it names none or more than one.
   */
  static Chosen resolve(History history, String ref) {
    if (history == null) {
      throw new Cli.UsageError("--base " + ref + ": there is no modelled history to choose a state from");
    }
    boolean before = ref.startsWith("before:");
    String name = before ? ref.substring("before:".length()) : ref;
    boolean exact = history.tags().contains(ref) || history.entries().stream().anyMatch(e -> e.name().equals(name));
    if (!exact && !name.isEmpty()) {
      List<HistoryEntry> matches = history.entries().stream().filter(e -> e.name().startsWith(name)).toList();
      if (matches.size() > 1) {
        throw new Cli.UsageError("--base " + ref + " is ambiguous: it begins " + matches.size() + " history entries ("
            + String.join(", ", matches.stream().map(HistoryEntry::name).toList()) + ")");
      }
      if (matches.size() == 1) {
        HistoryEntry e = matches.get(0);
        return new Chosen(before ? history.before(e) : history.after(e), (before ? "before:" : "") + e.name());
      }
    }
    Optional<SourceTree> tree = history.resolve(ref);
    if (tree.isEmpty()) {
      String entry = history.entries().isEmpty() ? ""
          : "; or a history entry such as " + history.entries().get(history.entries().size() - 1).name();
      throw new Cli.UsageError("--base " + ref + ": no such modelled state (tags: " + String.join(", ", history.tags())
          + entry + ", or a unique prefix of one; 'review apply --list-bases' lists them all)");
    }
    return new Chosen(tree.get(), ref);
  }

  /** Every state, oldest first: its tag, the entry it follows (what --base takes), and that entry's upstream commit. */
  static String render(History history) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"TAG", "--base ENTRY", "UPSTREAM", ""});
    List<HistoryEntry> entries = history.entries();
    if (!entries.isEmpty()) {
      HistoryEntry first = entries.get(0);
      rows.add(new String[] {tag(history, history.before(first)), "before:" + first.name(), "-", "the oldest state"});
    }
    SourceTree base = history.resolve("base").orElse(null);
    for (HistoryEntry e : entries) {
      SourceTree after = history.after(e);
      String note = after == base ? "base: the bundled kernel"
          : e.kind() == HistoryEntry.Kind.SIDE ? "side branch, after " + e.after() : "";
      rows.add(new String[] {tag(history, after), e.name(), e.upstream().isEmpty() ? "-" : e.upstream(), note});
    }
    int[] widths = new int[3];
    for (String[] r : rows) {
      for (int i = 0; i < 3; i++) {
        widths[i] = Math.max(widths[i], r[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] r : rows) {
      String line = pad(r[0], widths[0]) + "  " + pad(r[1], widths[1]) + "  "
          + pad(r[2], widths[2]) + "  " + r[3];
      out.append(line.stripTrailing()).append('\n');
    }
    out.append("\n--base takes a tag, an entry (the state after it) or before:ENTRY, each by a unique prefix too "
        + "(0003, before:0001), or base.\nA mail's base-commit: naming an UPSTREAM commit chooses that state.\n");
    return out.toString();
  }

  private static String tag(History history, SourceTree state) {
    return history.tags().stream().filter(t -> history.resolve(t).orElse(null) == state).findFirst().orElse("-");
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
