package org.patchreview.hw;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.patchreview.diag.Diagnostic;

/** Reads a board from Device Tree source: parse, assemble the statements, resolve references, number phandles. */
public final class DtsReader {

  private DtsReader() {}

  /**
   * Reads {@code text} as the file {@code fileName}; {@code includes} gives the text of a file named by
   * {@code /include/}, or nothing when there is no such file.
   */
  public static DtsReadResult read(String fileName, String text, Function<String, Optional<String>> includes) {
    Map<String, String> texts = new HashMap<>();
    texts.put(fileName, text);
    Function<String, Optional<String>> recording = name -> {
      Optional<String> found = includes.apply(name);
      found.ifPresent(t -> texts.put(name, t));
      return found;
    };
    List<Diagnostic> diagnostics = new ArrayList<>();
    DtsAssembler assembler = new DtsAssembler(fileName, recording, diagnostics);
    assembler.apply(DtsTreeBuilder.parse(fileName, text));
    Board board = BoardFreezer.freeze(boardName(fileName), assembler.root(), assembler.reservations(), diagnostics);
    return new DtsReadResult(board, quoted(diagnostics, texts));
  }

  /** Reads a file; {@code /include/} names are looked up beside it. */
  public static DtsReadResult readFile(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      Board empty = BoardFreezer.freeze(boardName(file.toString()), NodeDraft.root(SourcePos.NONE), List.of(),
          new ArrayList<>());
      return new DtsReadResult(empty, List.of(Diagnostic.error(file.toString(), 0, "cannot read the file: " + e)));
    }
    Path folder = file.toAbsolutePath().getParent();
    return read(file.toString(), text, name -> readBeside(folder, name));
  }

  private static Optional<String> readBeside(Path folder, String name) {
    try {
      Path path = folder.resolve(name);
      return Files.isRegularFile(path) ? Optional.of(Files.readString(path, StandardCharsets.UTF_8)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** {@code boards/lager.dts} is the board {@code lager}. */
  static String boardName(String fileName) {
    String base = fileName.substring(fileName.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  // Diagnostics found after parsing know only a position; give them the line they point at.
  private static List<Diagnostic> quoted(List<Diagnostic> diagnostics, Map<String, String> texts) {
    List<Diagnostic> quoted = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      String text = texts.get(d.file());
      if (d.quotedLine().isEmpty() && text != null && d.line() > 0) {
        String[] lines = text.split("\r?\n", -1);
        quoted.add(d.line() <= lines.length ? d.quoting(lines[d.line() - 1]) : d);
      } else {
        quoted.add(d);
      }
    }
    return quoted;
  }
}
