package org.patchreview.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a layout change means for a reviewer, beyond the numbers pahole would print. */
final class LayoutNotes {
  private LayoutNotes() {}

  static List<String> notes(StructLayoutView before, StructLayoutView after) {
    List<String> notes = new ArrayList<>();
    if (before == null) {
      notes.add("new struct, " + after.size() + " bytes");
      return notes;
    }
    if (after == null) {
      notes.add("struct removed");
      return notes;
    }
    int delta = after.size() - before.size();
    notes.add(delta == 0 ? "size unchanged (" + after.size() + " bytes)"
        : "size " + (delta > 0 ? "grows" : "shrinks") + " from " + before.size() + " to " + after.size() + " bytes");
    Map<String, StructLayoutView.Member> old = before.members().stream()
        .filter(m -> !m.name().isEmpty())
        .collect(Collectors.toMap(StructLayoutView.Member::name, Function.identity(), (a, b) -> a));
    for (StructLayoutView.Member m : after.members()) {
      StructLayoutView.Member o = old.get(m.name());
      if (o == null) {
        if (!m.name().isEmpty()) {
          notes.add("new member " + m.name() + (m.isBitfield() ? " (" + m.bitWidth() + "-bit field at byte "
              + m.offset() + ")" : " at offset " + m.offset()));
        }
        continue;
      }
      if (!o.isBitfield() && m.isBitfield()) {
        notes.add(m.name() + " becomes a " + m.bitWidth() + "-bit field: stores are truncated to the field's width"
            + (o.declaration().startsWith("bool ") || o.declaration().startsWith("_Bool ")
                ? " (a bool normalised any non-zero value to 1; the field keeps only the low bit)" : "")
            + ", &" + m.name() + " no longer compiles, and the fields sharing its storage unit are updated together"
            + " (read-modify-write)");
      } else if (o.offset() != m.offset() || o.bitOffset() != m.bitOffset()) {
        notes.add(m.name() + " moves from " + o.place() + " to " + m.place());
      }
    }
    for (StructLayoutView.Member o : before.members()) {
      if (!o.name().isEmpty() && after.members().stream().noneMatch(m -> m.name().equals(o.name()))) {
        notes.add("member " + o.name() + " removed");
      }
    }
    return notes;
  }
}
