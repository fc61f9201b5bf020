package org.patchreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.patchreview.mail.MailReader;
import org.patchreview.memo.Memos;

/** `review apply` readies the build after a patch to a header beside the review, and not one to sources alone. */
class ReadyingTest {
  private static int keptIncludes() {
    return Memos.sizes().stream().filter(s -> s.startsWith("replayed includes "))
        .mapToInt(s -> Integer.parseInt(s.substring("replayed includes ".length()))).sum();
  }

  @Test
  void aHeaderPatchIsReadiedAndASourcePatchIsNot() throws Exception {
    ReviewOptions options = ReviewOptions.bundled(new Timings());
    Memos.forgetAll();
    Review.warm(options, MailReader.read(Path.of("bench/patches/dev-dbg-text.mbox"))).get();
    assertEquals(0, keptIncludes(), "a patch to one source is not readied");
    Review.warm(options, MailReader.read(Path.of(
        "patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox"))).get();
    assertTrue(keptIncludes() > 10, "the headers of the readied unit are kept: " + keptIncludes());
  }
}
