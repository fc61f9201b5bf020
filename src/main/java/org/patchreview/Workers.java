package org.patchreview;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs the tasks {@code 0..n-1} on the calling thread and on helper threads of review's own, one per further core:
 * each thread claims the next task until none is left. It replaces parallel streams, whose caller, on Java 17, spun
 * in {@code ForkJoinPool$WorkQueue.helpComplete} while the one worker of a two-core machine's common pool ran the
 * last task (8-10% of {@code review corpus}'s samples). A task may block on another thread's work (a chain another
 * review is running): work is only claimed by a thread that runs it at once, so no task waits behind a blocked one.
 */
public final class Workers {
  private static final ExecutorService HELPERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "review-worker");
    t.setDaemon(true);
    return t;
  });

  private Workers() {}

  /** Runs {@code task} for each of {@code 0..n-1} and returns when all are done; the first failure is rethrown. */
  public static void forEach(int n, IntConsumer task) {
    int helpers = Math.min(n, Runtime.getRuntime().availableProcessors()) - 1;
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Runnable work = () -> {
      for (int i = next.getAndIncrement(); i < n && failed.get() == null; i = next.getAndIncrement()) {
        try {
          task.accept(i);
        } catch (RuntimeException | Error e) {
          failed.compareAndSet(null, e);
        }
      }
    };
    CountDownLatch finished = new CountDownLatch(Math.max(helpers, 0));
    for (int h = 0; h < helpers; h++) {
      HELPERS.execute(() -> {
        try {
          work.run();
        } finally {
          finished.countDown();
        }
      });
    }
    work.run();
    boolean interrupted = false;
    while (true) {
      try {
        finished.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable t = failed.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
  }
}
