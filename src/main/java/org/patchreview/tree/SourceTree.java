package org.patchreview.tree;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * An immutable snapshot of a source tree: slash-separated relative paths mapped to file contents, and the symbolic
 * links the tree holds (path to target), which are never followed.
 *
 * <p>Patching a tree yields a new tree; nothing ever writes back to where a tree was read from. A tree read from a
 * user's directory or repository loads each file's bytes on first read, because a kernel tree is large and a patch
 * reads a handful of its files.
 */
public final class SourceTree {
  private final String label;
  private final TreeMap<String, Content> files;
  private final TreeMap<String, String> links;
  private volatile String digest;

  /**
   * A file's bytes, given or loaded once on first use, and their UTF-8 text, decoded once: trees made from one
   * another ({@link #with}) share the contents they did not change, so a header every unit includes is decoded once,
   * and the one string's cached hash serves every lookup keyed by the text.
   */
  private static final class Content {
    private final Supplier<byte[]> loader;
    private volatile byte[] bytes;
    private volatile String text;

    String text() {
      String t = text;
      if (t == null) {
        t = new String(get(), StandardCharsets.UTF_8);
        text = t;
      }
      return t;
    }

    Content(byte[] bytes) {
      this.loader = null;
      this.bytes = bytes;
    }

    Content(Supplier<byte[]> loader) {
      this.loader = loader;
    }

    byte[] get() {
      byte[] b = bytes;
      if (b == null) {
        synchronized (this) {
          if (bytes == null) {
            bytes = loader.get();
          }
          b = bytes;
        }
      }
      return b;
    }

    private volatile byte[] digest;

    /** A SHA-256 of the bytes, made once: trees made from one another share it for every file they did not change. */
    byte[] digest() {
      byte[] d = digest;
      if (d == null) {
        d = sha256().digest(get());
        digest = d;
      }
      return d;
    }
  }

  private static java.security.MessageDigest sha256() {
    try {
      return java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  private SourceTree(String label, TreeMap<String, Content> files, TreeMap<String, String> links) {
    this.label = label;
    this.files = files;
    this.links = links;
  }

  /** A tree holding copies of the given files. */
  public static SourceTree of(String label, Map<String, byte[]> files) {
    TreeMap<String, Content> copy = new TreeMap<>();
    files.forEach((path, bytes) -> copy.put(checkPath(path), new Content(bytes.clone())));
    return new SourceTree(label, copy, new TreeMap<>());
  }

  /**
   * A tree whose files are read on first use through their loaders (which must return the same bytes every time),
   * and which holds the given symbolic links (path to target).
   */
  public static SourceTree lazy(String label, SortedMap<String, Supplier<byte[]>> loaders, Map<String, String> links) {
    TreeMap<String, Content> contents = new TreeMap<>();
    loaders.forEach((path, loader) -> contents.put(checkPath(path), new Content(loader)));
    TreeMap<String, String> linkCopy = new TreeMap<>();
    links.forEach((path, target) -> linkCopy.put(checkPath(path), target));
    return new SourceTree(label, contents, linkCopy);
  }

  public static SourceTree empty(String label) {
    return new SourceTree(label, new TreeMap<>(), new TreeMap<>());
  }

  private static String checkPath(String path) {
    if (!isTreePath(path)) {
      throw new IllegalArgumentException("not a relative tree path: " + path);
    }
    return path;
  }

  /**
   * Whether a tree may hold {@code path}: relative, '/'-separated, no empty, '.' or '..' component, no backslash or
   * control character. What a user's directory holds beyond that is left out, as no patch can name it.
   */
  public static boolean isTreePath(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.chars().anyMatch(c -> c < 0x20)) {
      return false;
    }
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** A path with control characters spelled {@code \xNN}, for a one-line message. */
  public static String printable(String path) {
    StringBuilder out = new StringBuilder();
    for (char c : path.toCharArray()) {
      out.append(c < 0x20 ? String.format(java.util.Locale.ROOT, "\\x%02x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }

  /** A file of a user's tree that cannot be read (too large, unreadable): an input error naming it. */
  public static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  /** What this tree is, for reports (never an absolute path). */
  public String label() {
    return label;
  }

  public boolean contains(String path) {
    return files.containsKey(path);
  }

  /** The file's bytes, copied so that the tree stays immutable. */
  public Optional<byte[]> read(String path) {
    Content c = files.get(path);
    return c == null ? Optional.empty() : Optional.of(c.get().clone());
  }

  /** Whether the file exists and holds exactly {@code bytes}. */
  public boolean holds(String path, byte[] bytes) {
    Content c = files.get(path);
    byte[] mine = c == null ? null : c.get();
    return mine != null && (mine == bytes || Arrays.equals(mine, bytes));
  }

  /** The file decoded as UTF-8 (once per content: the same string each time). */
  public Optional<String> readString(String path) {
    Content c = files.get(path);
    return c == null ? Optional.empty() : Optional.of(c.text());
  }

  /** Whether {@code path} holds the same bytes here as in {@code other} (absent from both counts as the same). */
  public boolean sameFile(String path, SourceTree other) {
    Content mine = files.get(path);
    Content theirs = other.files.get(path);
    if (mine == theirs) {
      return true;
    }
    return mine != null && theirs != null && Arrays.equals(mine.get(), theirs.get());
  }

  /**
   * Whether what was read from {@code other} reads the same here: each of {@code read} with the same bytes, none of
   * {@code absent} present (a file an include looked for in vain would now be found).
   */
  public boolean readsAs(SourceTree other, Iterable<String> read, Iterable<String> absent) {
    if (other == this) {
      return true;
    }
    for (String f : read) {
      if (!sameFile(f, other)) {
        return false;
      }
    }
    for (String a : absent) {
      if (contains(a)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The symbolic link that {@code path} is or passes through (the link's own path), if any: writing there would
   * write wherever the link points, maybe outside the tree.
   */
  public Optional<String> linkOn(String path) {
    if (links.isEmpty()) {
      return Optional.empty();
    }
    for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
      String prefix = path.substring(0, slash);
      if (links.containsKey(prefix)) {
        return Optional.of(prefix);
      }
    }
    return links.containsKey(path) ? Optional.of(path) : Optional.empty();
  }

  /** The symbolic links of the tree, path to target. */
  public SortedMap<String, String> links() {
    return Collections.unmodifiableSortedMap(links);
  }

  public SortedSet<String> paths() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(files.keySet()));
  }

  /** Paths under a folder prefix (without trailing slash), in order. */
  public SortedSet<String> pathsUnder(String folder) {
    String prefix = folder.isEmpty() ? "" : folder + "/";
    TreeSet<String> out = new TreeSet<>();
    for (String p : files.subMap(prefix, prefix + Character.MAX_VALUE).keySet()) {
      out.add(p);
    }
    return out;
  }

  public int size() {
    return files.size();
  }

  /** A new tree with the given files replaced or added and the deleted paths removed. */
  public SourceTree with(Map<String, byte[]> changed, Set<String> deleted, String newLabel) {
    TreeMap<String, Content> copy = new TreeMap<>(files);
    for (String d : deleted) {
      copy.remove(d);
    }
    changed.forEach((path, bytes) -> copy.put(checkPath(path), new Content(bytes.clone())));
    return new SourceTree(newLabel, copy, links);
  }

  /** The files whose contents differ between two trees (added, removed or changed). */
  public SortedSet<String> changedPaths(SourceTree other) {
    TreeSet<String> out = new TreeSet<>();
    for (var e : files.entrySet()) {
      Content o = other.files.get(e.getKey());
      if (o == null || (o != e.getValue() && !Arrays.equals(o.get(), e.getValue().get()))) {
        out.add(e.getKey());
      }
    }
    for (String p : other.files.keySet()) {
      if (!files.containsKey(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * A SHA-256 of every path and the SHA-256 of its bytes (a lazy tree reads every file for it): two trees with the
   * same digest hold the same files, so what was built or run for one holds for the other. A tree made from another
   * hashes again only the files it changed.
   */
  public String digest() {
    String d = digest;
    if (d == null) {
      java.security.MessageDigest md = sha256();
      for (var e : files.entrySet()) {
        md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(e.getValue().digest());
      }
      d = java.util.HexFormat.of().formatHex(md.digest());
      digest = d;
    }
    return d;
  }

  @Override
  public String toString() {
    return "SourceTree[" + label + ", " + files.size() + " files]";
  }
}
