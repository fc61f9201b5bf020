package org.patchreview.c;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.patchreview.memo.Lazy;

/**
 * Parses of the bundled kernel's segments, made when review is built ({@link SegmentStoreBuilder}) and shipped in the
 * jar, so that a cold start does not parse the unchanged kernel again. Entries are keyed by a 128-bit digest of the
 * segment's tokens; a segment the store does not hold (a patched one) is parsed as usual.
 */
public final class SegmentStore {
  /** The store is written in parts, read side by side: reading it back is most of a cold build's start. */
  static final int PARTS = 2;
  private static final Lazy<Map<String, List<Decl>>> STORE = Lazy.of("shipped parse store", SegmentStore::load);

  private SegmentStore() {}

  /** The stored parse of this segment, or null. */
  static List<Decl> lookup(Segment s) {
    Map<String, List<Decl>> m = STORE.get();
    return m.isEmpty() ? null : m.get(digest(s));
  }

  /** The stored parse of the segment whose {@link #digest} is {@code digest}, or null ({@link UnitStore}). */
  static List<Decl> byDigest(String digest) {
    return STORE.get().get(digest);
  }

  /** Where part {@code i} of the store is, in the jar and under the build's classes folder. */
  static String resource(int part) {
    return "/parse-cache/segments-" + part + ".bin";
  }

  private static int partOf(String digest) {
    return Character.digit(digest.charAt(0), 16) % PARTS;
  }

  /** Every part, the first on this thread and the others on threads of their own; empty if any is missing. */
  private static Map<String, List<Decl>> load() {
    List<java.util.concurrent.FutureTask<Map<String, List<Decl>>>> others = new java.util.ArrayList<>();
    for (int i = 1; i < PARTS; i++) {
      int part = i;
      java.util.concurrent.FutureTask<Map<String, List<Decl>>> task = new java.util.concurrent.FutureTask<>(
          () -> loadPart(part));
      Thread t = new Thread(task, "review-parses-" + part);
      t.setDaemon(true);
      t.start();
      others.add(task);
    }
    Map<String, List<Decl>> all = new HashMap<>(loadPart(0));
    if (all.isEmpty()) {
      return Map.of();
    }
    for (java.util.concurrent.FutureTask<Map<String, List<Decl>>> task : others) {
      try {
        Map<String, List<Decl>> part = task.get();
        if (part.isEmpty()) {
          return Map.of();
        }
        all.putAll(part);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Map.of();
      } catch (java.util.concurrent.ExecutionException e) {
        return Map.of();
      }
    }
    return all;
  }

  /** What a part starts with: a store written otherwise (another build of review) is not read. */
  private static final int MAGIC = 0x52565331;   // "RVS1"

  @SuppressWarnings("unchecked")
  private static Map<String, List<Decl>> loadPart(int part) {
    try (InputStream raw = SegmentStore.class.getResourceAsStream(resource(part))) {
      if (raw == null) {
        return Map.of();
      }
      DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
      if (in.readInt() != MAGIC) {
        return Map.of();
      }
      RecordCodec.Reader reader = new RecordCodec.Reader(in);
      int n = in.readInt();
      Map<String, List<Decl>> out = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        out.put((String) reader.read(), (List<Decl>) reader.read());
      }
      return out;
    } catch (IOException | ClassCastException e) {
      // A store from another build of review: parse instead.
      return Map.of();
    }
  }

  /** Writes the entries as the parts {@link #load} reads, into the classes folder {@code classes}. */
  static void write(Map<String, List<Decl>> entries, java.nio.file.Path classes) throws IOException {
    List<Map<String, List<Decl>>> parts = new java.util.ArrayList<>();
    for (int i = 0; i < PARTS; i++) {
      parts.add(new java.util.TreeMap<>());
    }
    entries.forEach((digest, decls) -> parts.get(partOf(digest)).put(digest, decls));
    for (int i = 0; i < PARTS; i++) {
      java.nio.file.Path out = classes.resolve(resource(i).substring(1));
      java.nio.file.Files.createDirectories(out.getParent());
      try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(
          java.nio.file.Files.newOutputStream(out), 1 << 16))) {
        o.writeInt(MAGIC);
        RecordCodec.Writer writer = new RecordCodec.Writer(o);
        o.writeInt(parts.get(i).size());
        for (Map.Entry<String, List<Decl>> e : parts.get(i).entrySet()) {
          writer.write(e.getKey());
          writer.write(e.getValue());
        }
      }
    }
  }

  /** Two independent 64-bit hashes over every token's file, type, text and position, as 32 hex digits. */
  static String digest(Segment s) {
    long a = 0xcbf29ce484222325L;
    long b = 0x9e3779b97f4a7c15L;
    String lastFile = null;
    for (CToken t : s.tokens()) {
      if (!t.file().equals(lastFile)) {
        lastFile = t.file();
        for (int i = 0; i < lastFile.length(); i++) {
          a = (a ^ lastFile.charAt(i)) * 0x100000001b3L;
          b = Long.rotateLeft(b ^ lastFile.charAt(i), 27) * 0xc2b2ae3d27d4eb4fL;
        }
      }
      long pos = ((long) t.getType() << 48) ^ ((long) t.getLine() << 16) ^ t.getCharPositionInLine();
      a = (a ^ pos) * 0x100000001b3L;
      b = Long.rotateLeft(b ^ pos, 31) * 0x9ddfea08eb382d69L;
      String text = t.getText();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        a = (a ^ c) * 0x100000001b3L;
        b = Long.rotateLeft(b ^ c, 27) * 0xc2b2ae3d27d4eb4fL;
      }
      a = (a ^ 0xff) * 0x100000001b3L;
    }
    return String.format("%016x%016x%08x", a, b, s.tokens().size());
  }
}
