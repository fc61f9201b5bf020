package org.patchreview.tree;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.TreeMap;
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

  private static SourceTree load(String folder) {
    String prefix = ROOT + "/" + folder + "/";
    URL marker = BundledCorpus.class.getClassLoader().getResource(ROOT + "/" + folder);
    TreeMap<String, byte[]> files = new TreeMap<>();
    try {
      if (marker == null) {
        return SourceTree.empty("bundled " + folder);
      }
      if ("file".equals(marker.getProtocol())) {
        Path dir = Path.of(marker.toURI());
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
            files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
          }
        }
      } else {
        String jarPath = marker.getPath().substring("file:".length(), marker.getPath().indexOf('!'));
        try (JarFile jar = new JarFile(java.net.URLDecoder.decode(jarPath, java.nio.charset.StandardCharsets.UTF_8))) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            JarEntry e = entries.nextElement();
            if (!e.isDirectory() && e.getName().startsWith(prefix)) {
              try (InputStream in = jar.getInputStream(e)) {
                files.put(e.getName().substring(prefix.length()), in.readAllBytes());
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled corpus folder " + folder, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad class-path location for corpus/" + folder, e);
    }
    return SourceTree.of("bundled " + folder, files);
  }
}
