package org.patchreview.tree;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.concurrent.FutureTask;
import org.patchreview.memo.Memo;

/**
 * The {@code corpus/} folder bundled on the class path (a directory in development, entries in the jar when
 * installed): the modelled kernel, boards, scenarios and history, each read as a {@link SourceTree}.
 */
public final class BundledCorpus {
  private static final String ROOT = "corpus";
  /**
   * Folders read, by name (the jar's content cannot change under a running JVM). Each is read once even when two
   * threads ask at once: the first runs the read, the other waits for it.
   */
  private static final Memo<String, FutureTask<SourceTree>> CACHE = Memo.lru("bundled corpus folders", 16);

  private BundledCorpus() {}

  /** The files under {@code corpus/<folder>}, with paths relative to that folder. */
  public static SourceTree folder(String folder) {
    FutureTask<SourceTree> read = CACHE.shared(folder, f -> new FutureTask<>(() -> load(f)));
    read.run();
    try {
      return read.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading corpus/" + folder, e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  /**
   * The folder's paths, each read on first use: a review reads the kernel's files and the history's mails, not the
   * history's golden reports (most of the folder's bytes).
   */
  private static SourceTree load(String folder) {
    String prefix = ROOT + "/" + folder + "/";
    URL marker = BundledCorpus.class.getClassLoader().getResource(ROOT + "/" + folder);
    TreeMap<String, Supplier<byte[]>> files = new TreeMap<>();
    try {
      if (marker == null) {
        return SourceTree.empty("bundled " + folder);
      }
      if ("file".equals(marker.getProtocol())) {
        Path dir = Path.of(marker.toURI());
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
            files.put(dir.relativize(p).toString().replace('\\', '/'), () -> {
              try {
                return Files.readAllBytes(p);
              } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled corpus file " + p, e);
              }
            });
          }
        }
      } else {
        String jarPath = marker.getPath().substring("file:".length(), marker.getPath().indexOf('!'));
        JarFile jar = jar(java.net.URLDecoder.decode(jarPath, java.nio.charset.StandardCharsets.UTF_8));
        for (JarEntry e : corpusEntries.getOrDefault(folder, List.of())) {
          files.put(e.getName().substring(prefix.length()), () -> entry(jar, e));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled corpus folder " + folder, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad class-path location for corpus/" + folder, e);
    }
    return SourceTree.lazy("bundled " + folder, files, Map.of());
  }

  /**
   * The jar the corpus is in, opened once and kept open: its files are read as they are asked for. Its entries are
   * listed once, the corpus's by folder (the jar holds some 6,000, the corpus a fifth of them).
   */
  private static synchronized JarFile jar(String path) throws IOException {
    if (jar == null || !jar.getName().equals(path)) {
      jar = new JarFile(path);
      Map<String, List<JarEntry>> byFolder = new HashMap<>();
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry e = entries.nextElement();
        String name = e.getName();
        int slash = name.indexOf('/', ROOT.length() + 1);
        if (!e.isDirectory() && name.startsWith(ROOT + "/") && slash > 0) {
          byFolder.computeIfAbsent(name.substring(ROOT.length() + 1, slash), f -> new ArrayList<>()).add(e);
        }
      }
      corpusEntries = byFolder;
    }
    return jar;
  }

  private static JarFile jar;
  private static volatile Map<String, List<JarEntry>> corpusEntries = Map.of();

  /** An entry of the jar, whole (the jar cannot change under a running JVM). */
  private static byte[] entry(JarFile jar, JarEntry e) {
    try (InputStream in = jar.getInputStream(e)) {
      return in.readAllBytes();
    } catch (IOException x) {
      throw new UncheckedIOException("cannot read the bundled corpus file " + e.getName(), x);
    }
  }
}
