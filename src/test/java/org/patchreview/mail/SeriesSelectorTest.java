package org.patchreview.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the versions a thread holds are named in notes: runs of three or more as ranges. */
class SeriesSelectorTest {
  @Test
  void versionsAreNamedAsRuns() {
    assertEquals(List.of("v1 to v500"), SeriesSelector.ranges(java.util.stream.IntStream.rangeClosed(1, 500)
        .boxed().toList()));
    assertEquals(List.of("v1", "v2", "v4 to v6", "v9"), SeriesSelector.ranges(List.of(1, 2, 4, 5, 6, 9)));
    assertEquals("v1, v2, v4 to v6 and v9", SeriesSelector.joined(SeriesSelector.ranges(List.of(1, 2, 4, 5, 6, 9))));
    assertEquals(List.of(), SeriesSelector.ranges(List.of()));
  }
}
