package org.patchreview.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a message can be read again once the input has been indexed: at a byte offset of a file, or (for standard
 * input, which cannot be read twice) its own bytes, kept only for the messages that may be needed.
 */
sealed interface MessageLocation {

  /** The message's undecoded bytes, split exactly as the first reading split them. */
  RawMessage read() throws IOException;

  /** A message of a file that starts {@code offset} bytes in, after {@code linesBefore} lines. */
  record InFile(Path file, long offset, int linesBefore) implements MessageLocation {
    @Override
    public RawMessage read() throws IOException {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        channel.position(offset);
        InputStream in = Channels.newInputStream(channel);
        RawMessage raw = new MboxSplitter(in, linesBefore, offset).next();
        if (raw == null) {
          throw new IOException("the message at byte " + offset + " is gone (was the file changed while read?)");
        }
        return raw;
      }
    }
  }

  /** A message kept in memory. */
  record Held(RawMessage raw) implements MessageLocation {
    @Override
    public RawMessage read() {
      return raw;
    }
  }
}
