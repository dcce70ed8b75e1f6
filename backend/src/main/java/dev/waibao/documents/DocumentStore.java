package dev.waibao.documents;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of documents live, by an opaque key. The file system implements it for a single
 * machine; an object store (S3, OSS, MinIO) can implement it for several instances.
 */
public interface DocumentStore {

  /** Stores {@code content} under {@code key}; the key is new, never overwritten. */
  void put(String key, byte[] content) throws IOException;

  /** Opens the content stored under {@code key}. */
  InputStream open(String key) throws IOException;

  /** Removes the content under {@code key}, if any. */
  void delete(String key) throws IOException;
}
