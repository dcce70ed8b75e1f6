package dev.waibao.searchindex.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Spreads the work of one large batch over the cores: encoding documents and inverting them inside
 * the {@code IndexWriter}, which takes documents from several threads at once (one in-memory
 * segment per thread). Small batches — the outbox relay's usual size — run on the caller's thread
 * alone.
 */
final class BatchWorkers implements AutoCloseable {

  /** Below this many items per worker, handing work to another thread costs more than it saves. */
  private static final int MIN_CHUNK = 250;

  private final ExecutorService pool;
  private final int parallelism;

  BatchWorkers(int parallelism) {
    this.parallelism = Math.max(1, parallelism);
    this.pool =
        Executors.newFixedThreadPool(
            this.parallelism,
            task -> {
              Thread thread = new Thread(task, "lucene-indexing");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Work on the items from (inclusive) to (exclusive). */
  interface Chunk {
    void run(int from, int to) throws IOException;
  }

  /**
   * Runs the chunk over {@code [0, size)} split among the workers and the calling thread, and
   * returns when all parts are done; the first failure is rethrown as it was thrown.
   */
  void forEachChunk(int size, Chunk chunk) throws IOException {
    int parts = Math.min(parallelism, Math.max(1, size / MIN_CHUNK));
    if (parts == 1) {
      chunk.run(0, size);
      return;
    }
    int step = (size + parts - 1) / parts;
    var futures = new ArrayList<Future<?>>();
    for (int from = step; from < size; from += step) {
      int start = from;
      int end = Math.min(size, from + step);
      futures.add(
          pool.submit(
              () -> {
                try {
                  chunk.run(start, end);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }));
    }
    Throwable failure = null;
    try {
      chunk.run(0, Math.min(size, step));
    } catch (IOException | RuntimeException e) {
      failure = e;
    }
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (ExecutionException e) {
        Throwable cause =
            e.getCause() instanceof UncheckedIOException unchecked
                ? unchecked.getCause()
                : e.getCause();
        failure = failure == null ? cause : failure;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = failure == null ? e : failure;
      }
    }
    switch (failure) {
      case null -> {}
      case IOException io -> throw io;
      case RuntimeException runtime -> throw runtime;
      case Error error -> throw error;
      default -> throw new IOException("indexing was interrupted", failure);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
