package org.patchreview.interp;

import java.util.HashMap;
import java.util.Map;
import org.patchreview.c.TranslationUnit;
import org.patchreview.c.TypeResolver;

/** A translation unit inside a program: its types and its file-scope (static) symbols. */
final class Unit {
  final String path;
  final TranslationUnit tu;
  final TypeResolver types;
  final Map<String, FunctionSymbol> functions = new HashMap<>();
  final Map<String, GlobalSymbol> globals = new HashMap<>();

  Unit(TranslationUnit tu) {
    this.path = tu.path();
    this.tu = tu;
    this.types = new TypeResolver(tu);
  }
}
