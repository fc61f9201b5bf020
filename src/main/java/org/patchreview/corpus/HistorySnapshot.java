package org.patchreview.corpus;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.patchreview.mail.MailReader;
import org.patchreview.mail.MailReadResult;
import org.patchreview.mail.PatchMail;
import org.patchreview.tree.SourceTree;

/**
 * The bundled history as the build read it: every state as the files it changes in the state it was made from, and
 * every entry's facts. Reading the history otherwise parses each entry's mail and applies it (a third of a cold
 * review's start); from here a state is a copy of its parent with a few files replaced, and an entry's mail is parsed
 * only when something asks for it (a replay of that entry, a report naming its subject).
 *
 * <p>The snapshot names the bytes it was made from (the kernel, {@code chain.txt} and every entry's mail, by digest):
 * a history that differs from them is read the long way. One with any problem is not kept.
 */
public final class HistorySnapshot {
  /** The resource among the classes. */
  public static final String RESOURCE = "history-snapshot.bin";
  private static final int VERSION = 1;

  private HistorySnapshot() {}

  /** The history from the snapshot among the classes, when there is one made from these very files. */
  static Optional<History> read(SourceTree historyFiles, SourceTree kernel) {
    InputStream raw = HistorySnapshot.class.getResourceAsStream("/" + RESOURCE);
    if (raw == null) {
      return Optional.empty();
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      if (in.readInt() != VERSION || !in.readUTF().equals(key(historyFiles, kernel))) {
        return Optional.empty();
      }
      List<SourceTree> states = new ArrayList<>();
      states.add(kernel);
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        SourceTree parent = states.get(in.readInt());
        String label = in.readUTF();
        Map<String, byte[]> changed = new LinkedHashMap<>();
        for (int c = in.readInt(); c > 0; c--) {
          String path = in.readUTF();
          byte[] bytes = new byte[in.readInt()];
          in.readFully(bytes);
          changed.put(path, bytes);
        }
        Set<String> deleted = new TreeSet<>();
        for (int d = in.readInt(); d > 0; d--) {
          deleted.add(in.readUTF());
        }
        states.add(parent.with(changed, deleted, label));
      }
      List<HistoryEntry> entries = new ArrayList<>();
      for (int e = in.readInt(); e > 0; e--) {
        String name = in.readUTF();
        HistoryEntry.Kind kind = HistoryEntry.Kind.valueOf(in.readUTF());
        String tag = optional(in);
        String after = optional(in);
        String upstream = in.readUTF();
        List<String> fixes = new ArrayList<>();
        for (int f = in.readInt(); f > 0; f--) {
          fixes.add(in.readUTF());
        }
        entries.add(new HistoryEntry(name, kind, tag, after, mail(historyFiles, name), upstream,
            List.copyOf(fixes)));
      }
      Map<String, SourceTree> before = names(in, states, new HashMap<>());
      Map<String, SourceTree> after = names(in, states, new HashMap<>());
      Map<String, SourceTree> tags = names(in, states, new LinkedHashMap<>());
      List<String> mainLine = new ArrayList<>();
      for (int m = in.readInt(); m > 0; m--) {
        mainLine.add(in.readUTF());
      }
      return Optional.of(new History(entries, before, after, tags, mainLine));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();   // a snapshot that does not read: the history is read the long way
    }
  }

  /** An entry's mail, parsed on first use (the build checked it reads and holds one patch). */
  private static Supplier<PatchMail> mail(SourceTree historyFiles, String name) {
    return new Supplier<>() {
      private volatile PatchMail mail;

      @Override
      public PatchMail get() {
        PatchMail m = mail;
        if (m == null) {
          String file = name + "/patch.mbox";
          MailReadResult r = MailReader.read(new ByteArrayInputStream(historyFiles.read(file).orElseThrow()),
              "history/" + file);
          m = r.patches().get(0);
          mail = m;
        }
        return m;
      }
    };
  }

  /** Writes the snapshot of {@code history}, read from these files without a problem, among {@code classes}. */
  public static void write(History history, SourceTree historyFiles, SourceTree kernel, Path classes) {
    // Each state once, after the state it was made from: a later or side entry's state after from its state before,
    // an earlier entry's state before from its state after (the history is read backwards from the kernel there).
    Map<SourceTree, Integer> ids = new IdentityHashMap<>();
    ids.put(kernel, 0);
    List<SourceTree[]> made = new ArrayList<>();   // {state, parent}
    for (HistoryEntry e : history.entries()) {
      SourceTree before = history.before(e);
      SourceTree after = history.after(e);
      made.add(e.kind() == HistoryEntry.Kind.EARLIER ? new SourceTree[] {before, after}
          : new SourceTree[] {after, before});
    }
    List<SourceTree[]> order = new ArrayList<>();
    for (boolean progress = true; progress; ) {
      progress = false;
      for (SourceTree[] m : made) {
        if (!ids.containsKey(m[0]) && ids.containsKey(m[1])) {
          ids.put(m[0], ids.size());
          order.add(m);
          progress = true;
        }
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(VERSION);
      out.writeUTF(key(historyFiles, kernel));
      out.writeInt(order.size());
      for (SourceTree[] m : order) {
        SourceTree state = m[0];
        SourceTree parent = m[1];
        out.writeInt(ids.get(parent));
        out.writeUTF(state.label());
        List<String> changed = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        for (String path : state.changedPaths(parent)) {
          (state.contains(path) ? changed : deleted).add(path);
        }
        out.writeInt(changed.size());
        for (String path : changed) {
          byte[] b = state.read(path).orElseThrow();
          out.writeUTF(path);
          out.writeInt(b.length);
          out.write(b);
        }
        out.writeInt(deleted.size());
        for (String path : deleted) {
          out.writeUTF(path);
        }
      }
      out.writeInt(history.entries().size());
      for (HistoryEntry e : history.entries()) {
        out.writeUTF(e.name());
        out.writeUTF(e.kind().name());
        optional(out, e.tag());
        optional(out, e.after());
        out.writeUTF(e.upstream());
        out.writeInt(e.fixes().size());
        for (String f : e.fixes()) {
          out.writeUTF(f);
        }
      }
      names(out, history.beforeStates(), ids);
      names(out, history.afterStates(), ids);
      names(out, history.tagStates(), ids);
      out.writeInt(history.mainLine().size());
      for (String m : history.mainLine()) {
        out.writeUTF(m);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Files.write(classes.resolve(RESOURCE), bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What a snapshot was made from: the kernel (its files and symbolic links), and {@code chain.txt} with every mail
   * (the history folder's golden reports do not count).
   */
  private static String key(SourceTree historyFiles, SourceTree kernel) {
    TreeMap<String, byte[]> read = new TreeMap<>();
    for (String path : historyFiles.paths()) {
      if (path.equals("chain.txt") || path.endsWith("/patch.mbox")) {
        read.put(path, historyFiles.read(path).orElseThrow());
      }
    }
    // The kernel's symbolic links too: applying refuses to write through one.
    return kernel.digest() + " " + SourceTree.of("links", Map.of("links", kernel.links().toString()
        .getBytes(java.nio.charset.StandardCharsets.UTF_8))).digest() + " " + SourceTree.of("history", read).digest();
  }

  private static void names(DataOutputStream out, Map<String, SourceTree> states, Map<SourceTree, Integer> ids)
      throws IOException {
    out.writeInt(states.size());
    for (Map.Entry<String, SourceTree> e : states.entrySet()) {
      Integer id = ids.get(e.getValue());
      if (id == null) {
        throw new IOException("state " + e.getKey() + " is made by no entry");
      }
      out.writeUTF(e.getKey());
      out.writeInt(id);
    }
  }

  private static <M extends Map<String, SourceTree>> M names(DataInputStream in, List<SourceTree> states, M out)
      throws IOException {
    for (int n = in.readInt(); n > 0; n--) {
      out.put(in.readUTF(), states.get(in.readInt()));
    }
    return out;
  }

  private static void optional(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s);
    }
  }

  private static String optional(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}
