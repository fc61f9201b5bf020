package org.patchreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A struct a patch makes larger than review lays out (a 300 MiB array in {@code struct dev_archdata}) is C review
 * cannot run: one error at the member, exit 3, before any run, rather than runs that fault on every allocation of a
 * device and a layout that says the struct was removed.
 */
class HugeStructTest {
  @Test
  void aStructTooLargeToLayOutIsABadInputAtItsMember() {
    CommandLineRun r = CommandLineRun.of("apply", "src/test/resources/scenario/huge-archdata.mbox");
    assertEquals(3, r.exitCode(), r.out() + r.err());
    assertEquals("review: arch/arm/include/asm/device.h:10:12: error: size of array is too large (314572800 elements"
        + " of 1 bytes; review takes objects up to 256 MiB)\n", r.err());
    assertEquals("", r.out());
  }
}
