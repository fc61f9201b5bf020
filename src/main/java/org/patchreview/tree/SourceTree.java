package org.patchreview.tree;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An immutable snapshot of a source tree: slash-separated relative paths mapped to file contents.
 *
 * <p>Patching a tree yields a new tree; nothing ever writes back to where a tree was read from.
 */
public final class SourceTree {
  private final String label;
  private final TreeMap<String, byte[]> files;
  private volatile String digest;

  private SourceTree(String label, TreeMap<String, byte[]> files) {
    this.label = label;
    this.files = files;
  }

  /** A tree holding copies of the given files. */
  public static SourceTree of(String label, Map<String, byte[]> files) {
    TreeMap<String, byte[]> copy = new TreeMap<>();
    files.forEach((path, bytes) -> copy.put(checkPath(path), bytes.clone()));
    return new SourceTree(label, copy);
  }

  public static SourceTree empty(String label) {
    return new SourceTree(label, new TreeMap<>());
  }

  private static String checkPath(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || Arrays.asList(path.split("/")).contains("..")) {
      throw new IllegalArgumentException("not a relative tree path: " + path);
    }
    return path;
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
    byte[] bytes = files.get(path);
    return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
  }

  /** Whether the file exists and holds exactly {@code bytes}. */
  public boolean holds(String path, byte[] bytes) {
    byte[] mine = files.get(path);
    return mine != null && (mine == bytes || java.util.Arrays.equals(mine, bytes));
  }

  /** The file decoded as UTF-8. */
  public Optional<String> readString(String path) {
    byte[] bytes = files.get(path);
    return bytes == null ? Optional.empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8));
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
    TreeMap<String, byte[]> copy = new TreeMap<>(files);
    for (String d : deleted) {
      copy.remove(d);
    }
    changed.forEach((path, bytes) -> copy.put(checkPath(path), bytes.clone()));
    return new SourceTree(newLabel, copy);
  }

  /** The files whose contents differ between two trees (added, removed or changed). */
  public SortedSet<String> changedPaths(SourceTree other) {
    TreeSet<String> out = new TreeSet<>();
    for (var e : files.entrySet()) {
      byte[] o = other.files.get(e.getKey());
      if (o == null || !Arrays.equals(o, e.getValue())) {
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
   * A SHA-256 of every path and its bytes: two trees with the same digest hold the same files, so what was built or
   * run for one holds for the other.
   */
  public String digest() {
    String d = digest;
    if (d == null) {
      try {
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        for (var e : files.entrySet()) {
          md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
          md.update((byte) 0);
          md.update(Integer.toString(e.getValue().length).getBytes(StandardCharsets.UTF_8));
          md.update((byte) 0);
          md.update(e.getValue());
        }
        d = java.util.HexFormat.of().formatHex(md.digest());
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is part of every JRE", e);
      }
      digest = d;
    }
    return d;
  }

  @Override
  public String toString() {
    return "SourceTree[" + label + ", " + files.size() + " files]";
  }
}
