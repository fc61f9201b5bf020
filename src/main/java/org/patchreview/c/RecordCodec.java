package org.patchreview.c;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact binary form of the syntax trees the parse store ships: records (by their components), lists, enums,
 * strings (each written once), numbers, booleans and byte arrays, with shared objects written once and referred to
 * after, so a tree reads back with the same sharing it was written with.
 *
 * <p>Java serialisation, which the store used before, reads a record through a chain of method handles built per
 * class and run through lambda forms; on a cold JVM reading the 2 MB store that way took about 0.3 s on two threads
 * and 0.5 s of CPU, much of it spinning and compiling those forms. Here each record is one reflective constructor
 * call.
 */
final class RecordCodec {
  private static final int NULL = 0;
  private static final int NEW_STRING = 1;
  private static final int STRING = 2;
  private static final int INT = 3;
  private static final int LONG = 4;
  private static final int FALSE = 5;
  private static final int TRUE = 6;
  private static final int DOUBLE = 7;
  private static final int BYTES = 8;
  private static final int ENUM = 9;
  private static final int LIST = 10;
  private static final int RECORD = 11;
  private static final int SHARED = 12;

  private RecordCodec() {}

  /** Writes values; one writer per stream. */
  static final class Writer {
    private final DataOutputStream out;
    private final Map<String, Integer> strings = new HashMap<>();
    private final Map<Class<?>, Integer> classes = new HashMap<>();
    private final Map<Object, Integer> shared = new IdentityHashMap<>();
    private final Map<Class<?>, Method[]> accessors = new HashMap<>();

    Writer(DataOutputStream out) {
      this.out = out;
    }

    void write(Object v) throws IOException {
      if (v == null) {
        out.writeByte(NULL);
      } else if (v instanceof String s) {
        Integer id = strings.get(s);
        if (id != null) {
          out.writeByte(STRING);
          varint(id);
        } else {
          strings.put(s, strings.size());
          out.writeByte(NEW_STRING);
          out.writeUTF(s);
        }
      } else if (v instanceof Integer i) {
        out.writeByte(INT);
        varint((i << 1) ^ (i >> 31));
      } else if (v instanceof Long l) {
        out.writeByte(LONG);
        out.writeLong(l);
      } else if (v instanceof Boolean b) {
        out.writeByte(b ? TRUE : FALSE);
      } else if (v instanceof Double d) {
        out.writeByte(DOUBLE);
        out.writeDouble(d);
      } else if (v instanceof byte[] bytes) {
        out.writeByte(BYTES);
        varint(bytes.length);
        out.write(bytes);
      } else if (v instanceof Enum<?> e) {
        out.writeByte(ENUM);
        type(e.getDeclaringClass());
        varint(e.ordinal());
      } else if (shared.containsKey(v)) {
        out.writeByte(SHARED);
        varint(shared.get(v));
      } else if (v instanceof List<?> list) {
        out.writeByte(LIST);
        varint(list.size());
        for (Object o : list) {
          write(o);
        }
        shared.put(v, shared.size());
      } else if (v.getClass().isRecord()) {
        out.writeByte(RECORD);
        type(v.getClass());
        for (Method m : accessors.computeIfAbsent(v.getClass(), RecordCodec::accessors)) {
          try {
            write(m.invoke(v));
          } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IOException("cannot read " + m + ": " + e, e);
          }
        }
        shared.put(v, shared.size());
      } else {
        throw new IOException("cannot write a " + v.getClass().getName() + " (not a record, list, enum or value)");
      }
    }

    private void type(Class<?> c) throws IOException {
      Integer id = classes.get(c);
      if (id != null) {
        varint(id);
      } else {
        varint(classes.size());
        classes.put(c, classes.size());
        out.writeUTF(c.getName());
      }
    }

    private void varint(int v) throws IOException {
      Varint.write(out, v);
    }
  }

  private static Method[] accessors(Class<?> c) {
    RecordComponent[] rc = c.getRecordComponents();
    Method[] out = new Method[rc.length];
    for (int i = 0; i < rc.length; i++) {
      out[i] = rc[i].getAccessor();
      out[i].setAccessible(true);
    }
    return out;
  }

  /** Reads what a {@link Writer} wrote, in the same order; one reader per stream. */
  static final class Reader {
    private final DataInputStream in;
    private final List<String> strings = new ArrayList<>();
    private final List<Class<?>> classes = new ArrayList<>();
    private final List<Constructor<?>> constructors = new ArrayList<>();
    /** Each enum type's constants, asked for once (the reflective call copies them every time). */
    private final List<Object[]> enumConstants = new ArrayList<>();
    private final List<Object> shared = new ArrayList<>();

    Reader(DataInputStream in) {
      this.in = in;
    }

    Object read() throws IOException {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case NULL:
          return null;
        case NEW_STRING: {
          String s = in.readUTF();
          strings.add(s);
          return s;
        }
        case STRING:
          return strings.get(varint());
        case INT: {
          int z = varint();
          return (z >>> 1) ^ -(z & 1);
        }
        case LONG:
          return in.readLong();
        case FALSE:
          return Boolean.FALSE;
        case TRUE:
          return Boolean.TRUE;
        case DOUBLE:
          return in.readDouble();
        case BYTES: {
          byte[] bytes = new byte[varint()];
          in.readFully(bytes);
          return bytes;
        }
        case ENUM: {
          int t = type();
          return enumConstants.get(t)[varint()];
        }
        case SHARED:
          return shared.get(varint());
        case LIST: {
          Object[] items = new Object[varint()];
          for (int i = 0; i < items.length; i++) {
            items[i] = read();
          }
          List<Object> list = Collections.unmodifiableList(Arrays.asList(items));
          shared.add(list);
          return list;
        }
        case RECORD: {
          int t = type();
          Constructor<?> c = constructors.get(t);
          Object[] args = arguments(c.getParameterCount());
          depth++;
          try {
            for (int i = 0; i < args.length; i++) {
              args[i] = read();
            }
          } finally {
            depth--;
          }
          try {
            Object r = c.newInstance(args);
            shared.add(r);
            return r;
          } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IOException("cannot make a " + c.getDeclaringClass().getName() + ": " + e, e);
          } finally {
            Arrays.fill(args, null);
          }
        }
        default:
          throw new IOException("unknown tag " + tag);
      }
    }

    /**
     * An array for a record's {@code n} arguments at the current nesting depth, reused by the next record of as many
     * arguments at that depth (a constructor call copies what it is given; a record read inside reads at the next
     * depth): units hold a few hundred thousand records, and an array each was a tenth of reading them.
     */
    private Object[] arguments(int n) {
      if (depth == pool.length) {
        pool = Arrays.copyOf(pool, depth * 2);
      }
      Object[][] byCount = pool[depth];
      if (byCount == null || byCount.length <= n) {
        byCount = byCount == null ? new Object[Math.max(n + 1, 8)][] : Arrays.copyOf(byCount, n + 1);
        pool[depth] = byCount;
      }
      Object[] a = byCount[n];
      if (a == null) {
        a = new Object[n];
        byCount[n] = a;
      }
      return a;
    }

    private Object[][][] pool = new Object[16][][];
    private int depth;

    private int type() throws IOException {
      int id = varint();
      if (id == classes.size()) {
        try {
          Class<?> c = Class.forName(in.readUTF(), false, RecordCodec.class.getClassLoader());
          classes.add(c);
          Constructor<?> k = null;
          if (c.isRecord()) {
            Class<?>[] types = Arrays.stream(c.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
            k = c.getDeclaredConstructor(types);
            k.setAccessible(true);
          }
          constructors.add(k);
          enumConstants.add(c.isEnum() ? c.getEnumConstants() : null);
        } catch (ReflectiveOperationException e) {
          throw new IOException("unknown class in the store: " + e.getMessage(), e);
        }
      }
      return id;
    }

    private int varint() throws IOException {
      return Varint.read(in);
    }
  }
}
