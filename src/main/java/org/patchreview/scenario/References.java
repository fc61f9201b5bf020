package org.patchreview.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patchreview.c.Type;
import org.patchreview.interp.Machine;
import org.patchreview.interp.Region;
import org.patchreview.observe.Observation;

/**
 * The references invariant, checked after a step that leaves no master bound, for objects of a reference-counted type
 * ({@link Observing#refcounted}):
 *
 * <ul>
 *   <li>a freed object has no pointer left to it in live memory (a teardown that drops a reference it never took,
 *       such as a master's unbind releasing its IOMMU driver's shared mapping, leaves the driver's pointer dangling);
 *   <li>a live object holds at least one reference per pointer to it (a holder without a reference is a free
 *       waiting to happen);
 *   <li>binding and unbinding masters returns every reference it took: an object that was live at the previous check
 *       holds the same count at this one.
 * </ul>
 *
 * A live object may hold more references than pointers: an owner can hold two through one pointer (a mapping that
 * {@code arch_setup_dma_ops()} created holds its creation reference and its device's attach reference, both through
 * {@code archdata.mapping}). Whether such an object is reachable at all is the leak check's business.
 *
 * <p>Pointers are counted the way the leak check finds them: any aligned 32-bit word of a live global or heap object
 * that holds the object's address. With no master bound there is no call in progress, so no pointer lives only in a
 * stack frame. Addresses are never reused, so a word that holds a freed object's address is a dangling pointer.
 */
final class References {
  /** The count of each live object at the previous check, by address. */
  private Map<Long, Long> previous = Map.of();

  /** Remembers what {@code from} does (the counts are never changed in place, so they are shared). */
  void copy(References from) {
    previous = from.previous;
  }

  /** The broken counts after {@code step}, each naming the object, who holds pointers to it and the count. */
  List<Observation> check(Machine m, Namer namer, Map<String, String> refcounted, String step) {
    Map<Long, Region> counted = new LinkedHashMap<>();
    Map<Long, Integer> krefAt = new LinkedHashMap<>();
    m.memory().forEachRegion(r -> {
      if (r.kind() == Region.Kind.HEAP && r.type() instanceof Type.Struct s && refcounted.containsKey(s.tag())) {
        String member = refcounted.get(s.tag());
        Integer offset = m.program().struct(s.tag()).flatMap(t -> t.complete() ? t.layout().find(member)
            : java.util.Optional.empty()).map(f -> f.offset()).orElse(null);
        if (offset != null) {
          counted.put(r.base(), r);
          krefAt.put(r.base(), offset);
        }
      }
    });
    if (counted.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Long>> holders = new LinkedHashMap<>();
    // Every word of live memory is tested: against the sorted addresses first, so that a word is boxed only when it
    // holds one of them (page tables alone are thousands of words).
    long[] bases = counted.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    m.memory().forEachRegion(r -> {
      boolean scanned = r.kind() == Region.Kind.GLOBAL || r.kind() == Region.Kind.HEAP
          || r.kind() == Region.Kind.PAGES;
      if (!scanned || r.freed() || counted.containsKey(r.base())) {
        return;
      }
      for (int off = 0; off + 4 <= r.size(); off += 4) {
        long v = r.read(off, 4);
        if (v != 0 && v >= bases[0] && v <= bases[bases.length - 1]
            && java.util.Arrays.binarySearch(bases, v) >= 0) {
          holders.computeIfAbsent(v, k -> new ArrayList<>()).add(r.base() + off);
        }
      }
    });
    List<Observation> out = new ArrayList<>();
    Map<Long, Long> now = new LinkedHashMap<>();
    for (Map.Entry<Long, Region> e : counted.entrySet()) {
      Region r = e.getValue();
      List<Long> held = holders.getOrDefault(e.getKey(), List.of());
      if (r.freed()) {
        if (!held.isEmpty()) {
          out.add(violation(namer, step, r, "was freed while " + pointers(held.size()) + " to it "
              + (held.size() == 1 ? "remains" : "remain"), held));
        }
        continue;
      }
      long refs = r.read(krefAt.get(e.getKey()), 4);
      now.put(e.getKey(), refs);
      Long before = previous.get(e.getKey());
      if (refs < held.size()) {
        out.add(violation(namer, step, r, "holds " + references(refs) + " but " + pointers(held.size())
            + " to it " + (held.size() == 1 ? "remains" : "remain"), held));
      } else if (before != null && before != refs) {
        out.add(violation(namer, step, r, "holds " + references(refs) + " where it held " + before
            + " before masters were bound", held));
      }
    }
    previous = now;
    return out;
  }

  private static String references(long n) {
    return n == 1 ? "1 reference" : n + " references";
  }

  private static String pointers(int n) {
    return n == 1 ? "1 pointer" : n + " pointers";
  }

  private static Observation violation(Namer namer, String step, Region r, String reason, List<Long> held) {
    List<String> names = new ArrayList<>();
    for (long h : held) {
      // A devres entry is the driver's managed data: name the device whose list holds it.
      String device = namer.managedBy(h);
      names.add((device == null ? "" : device + "'s managed ") + namer.pointer(h));
    }
    String holders = names.isEmpty() ? "nothing" : String.join(", ", names);
    return new Observation.Violation(step, Observation.Violation.REFERENCES_NOT_RETURNED, r.label(), holders, reason,
        "pointers held by " + holders);
  }
}
