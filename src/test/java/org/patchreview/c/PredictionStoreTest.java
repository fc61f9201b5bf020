package org.patchreview.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.atn.ATNSimulator;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchreview.grammar.KernelCParser;

/**
 * The shipped prediction cache ({@link PredictionStore}) holds the very DFA states parsing made, and parsing with it
 * gives the same trees and the same failures as parsing from an empty cache.
 */
class PredictionStoreTest {
  @Test
  void writesAndReadsBackTheStatesParsingMade(@TempDir Path dir) throws IOException, URISyntaxException {
    for (Path f : inputs()) {
      SourceParser.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8), null);
    }
    DFA[] made = PredictionStore.dfas();
    Path file = dir.resolve("predictions.bin");
    int written = PredictionStore.write(file);
    DFA[] read = fresh();
    assertEquals(written, PredictionStore.read(new PredictionStore.Reader(Files.readAllBytes(file)), read));
    assertTrue(written > 100, "states written: " + written);
    for (int d = 0; d < read.length; d++) {
      // States are matched by what they hold: ANTLR compares a conflict's alternatives by identity, so a state with
      // a conflict equals no other.
      Map<String, DFAState> originals = new HashMap<>();
      made[d].states.keySet().forEach(s -> originals.put(key(s), s));
      for (DFAState s : read[d].states.keySet()) {
        DFAState original = originals.get(key(s));
        assertNotNull(original, "a state read back that parsing did not make, decision " + d);
        assertEquals(original.isAcceptState, s.isAcceptState);
        assertEquals(original.prediction, s.prediction);
        assertEquals(original.requiresFullContext, s.requiresFullContext);
        for (int e = 0; original.edges != null && e < original.edges.length; e++) {
          DFAState to = original.edges[e];
          DFAState back = s.edges == null ? null : s.edges[e];
          if (to == ATNSimulator.ERROR) {
            assertTrue(back == ATNSimulator.ERROR, "an edge to ERROR lost, decision " + d);
          } else if (to != null) {
            assertNotNull(back, "edge " + e + " lost, decision " + d);
            assertEquals(key(to), key(back), "edge " + e + " of a state of decision " + d);
          }
        }
      }
      if (!read[d].states.isEmpty()) {
        assertEquals(made[d].states.size(), read[d].states.size(), "states of decision " + d);
        if (made[d].isPrecedenceDfa()) {
          for (int p = 0; p < made[d].s0.edges.length; p++) {
            DFAState start = made[d].getPrecedenceStartState(p);
            assertEquals(start == null ? null : key(start), read[d].getPrecedenceStartState(p) == null ? null
                : key(read[d].getPrecedenceStartState(p)), "start at precedence " + p + ", decision " + d);
          }
        } else {
          assertEquals(key(made[d].s0), key(read[d].s0), "start of decision " + d);
        }
      }
    }
  }

  private static String key(DFAState s) {
    return s.configs + (s.isAcceptState ? "=>" + s.prediction : "") + (s.requiresFullContext ? "^" : "");
  }

  @Test
  void theShippedStorePredictsWhatAnEmptyCacheDoes() throws IOException, URISyntaxException {
    byte[] shipped;
    try (InputStream in = PredictionStore.class.getResourceAsStream(PredictionStore.RESOURCE)) {
      assertNotNull(in, "the build ships " + PredictionStore.RESOURCE);
      shipped = in.readAllBytes();
    }
    DFA[] stored = fresh();
    assertTrue(PredictionStore.read(new PredictionStore.Reader(shipped), stored) > 100);
    DFA[] empty = fresh();
    int chunks = 0;
    for (Path f : inputs()) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      RawUnit unit = Preprocessor.runRaw(f.toString(), text, null, 0);
      if (unit.refusal() != null) {
        continue;
      }
      for (List<CToken> chunk : TopLevelSplitter.split(RawRetyper.retype(unit.tokens()))) {
        assertEquals(parse(chunk, empty), parse(chunk, stored), f + ":" + chunk.get(0).getLine());
        chunks++;
      }
    }
    assertTrue(chunks > 500, "declarations compared: " + chunks);
  }

  /** The tree of {@code tokens} as CParser parses them (SLL, then LL), or where parsing stopped. */
  private static String parse(List<CToken> tokens, DFA[] dfas) {
    for (PredictionMode mode : new PredictionMode[] {PredictionMode.SLL, PredictionMode.LL}) {
      KernelCParser parser = new KernelCParser(new CommonTokenStream(new ListTokenSource(tokens)));
      parser.setInterpreter(new ParserATNSimulator(parser, KernelCParser._ATN, dfas, new PredictionContextCache()));
      parser.removeErrorListeners();
      parser.getInterpreter().setPredictionMode(mode);
      parser.setErrorHandler(new BailErrorStrategy());
      try {
        return parser.compilationUnit().toStringTree(parser);
      } catch (ParseCancellationException e) {
        if (mode == PredictionMode.LL) {
          return "stopped at token " + parser.getCurrentToken().getTokenIndex();
        }
      }
    }
    throw new AssertionError("unreachable");
  }

  private static DFA[] fresh() {
    DFA[] out = new DFA[KernelCParser._ATN.getNumberOfDecisions()];
    for (int d = 0; d < out.length; d++) {
      out[d] = new DFA(KernelCParser._ATN.getDecisionState(d), d);
    }
    return out;
  }

  /** The raw-C fixtures and the bundled kernel's C files. */
  private static List<Path> inputs() throws IOException, URISyntaxException {
    List<Path> out = new ArrayList<>();
    for (Path dir : List.of(Path.of(PredictionStoreTest.class.getResource("/c/raw").toURI()),
        Path.of("corpus/kernel"))) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(p -> p.toString().endsWith(".c")).sorted().forEach(out::add);
      }
    }
    return out;
  }
}
