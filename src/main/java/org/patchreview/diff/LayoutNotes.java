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
            + ", and &" + m.name() + " no longer compiles");
      } else if (o.offset() != m.offset() || o.bitOffset() != m.bitOffset()) {
        notes.add(m.name() + " moves from " + o.place() + " to " + m.place());
      }
    }
    for (StructLayoutView.Member o : before.members()) {
      if (!o.name().isEmpty() && after.members().stream().noneMatch(m -> m.name().equals(o.name()))) {
        notes.add("member " + o.name() + " removed");
      }
    }
    sharing(notes, before, after);
    holes(notes, before, after);
    return notes;
  }

  /**
   * Bitfields that now share a storage unit with another field: the compiler updates a bitfield by reading and
   * writing its whole unit, so two CPUs storing to the two fields without a common lock lose one of the stores.
   */
  private static void sharing(List<String> notes, StructLayoutView before, StructLayoutView after) {
    List<StructLayoutView.Member> fields = after.members().stream()
        .filter(m -> m.isBitfield() && !m.name().isEmpty()).toList();
    for (int i = 0; i < fields.size(); i++) {
      for (int j = i + 1; j < fields.size(); j++) {
        StructLayoutView.Member m = fields.get(i);
        StructLayoutView.Member n = fields.get(j);
        if (sameUnit(m, n) && !Boolean.TRUE.equals(sharedBefore(before, m.name(), n.name()))) {
          notes.add(m.name() + " and " + n.name() + " now share a " + m.size() + "-byte storage unit at byte "
              + unitStart(m) + ": a store to either rewrites both, so updates from two contexts race unless one"
              + " lock covers both");
        }
      }
    }
  }

  /** Whether the two fields shared a unit before: null when either did not exist as a bitfield then. */
  private static Boolean sharedBefore(StructLayoutView before, String a, String b) {
    StructLayoutView.Member x = find(before, a);
    StructLayoutView.Member y = find(before, b);
    if (x == null || y == null || !x.isBitfield() || !y.isBitfield()) {
      return x == null || y == null ? null : Boolean.FALSE;
    }
    return sameUnit(x, y);
  }

  private static StructLayoutView.Member find(StructLayoutView v, String name) {
    return v.members().stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
  }

  private static boolean sameUnit(StructLayoutView.Member a, StructLayoutView.Member b) {
    int aStart = unitStart(a);
    int bStart = unitStart(b);
    return aStart < bStart + b.size() && bStart < aStart + a.size();
  }

  /** The byte where the field's storage unit (its declared type, aligned) starts. */
  private static int unitStart(StructLayoutView.Member m) {
    int unitBits = Math.max(8, m.size() * 8);
    return m.bitOffset() / unitBits * unitBits / 8;
  }

  /** Holes and tail padding that appear or go, as pahole would show them. */
  private static void holes(List<String> notes, StructLayoutView before, StructLayoutView after) {
    List<StructLayoutView.Hole> was = before.holes();
    List<StructLayoutView.Hole> is = after.holes();
    for (StructLayoutView.Hole h : is) {
      if (was.stream().noneMatch(w -> w.after().equals(h.after()) && w.bits() == h.bits())) {
        notes.add("new " + h.describe() + " hole after " + label(h) + " (pahole: try to pack)");
      }
    }
    for (StructLayoutView.Hole w : was) {
      if (is.stream().noneMatch(h -> h.after().equals(w.after()) && h.bits() == w.bits())) {
        notes.add("the " + w.describe() + " hole after " + label(w) + " is gone");
      }
    }
    if (before.padding() != after.padding()) {
      notes.add("padding at the end: " + before.padding() + " -> " + after.padding() + " bytes");
    }
  }

  private static String label(StructLayoutView.Hole h) {
    return h.after().isEmpty() ? "the start" : h.after();
  }
}
