package dev.danakit.benchmarks.http;

import java.util.List;

/**
 * A closed-loop load over keep-alive HTTP/1.1 connections: each connection sends the next request as soon as
 * the answer to its previous one has arrived, so at most one request per connection is in flight.
 */
public interface HttpLoad extends AutoCloseable {

    /**
     * Sends requests in order until all are answered or the deadline has passed (no request is started after
     * it; those in flight are awaited).
     *
     * @param requests the requests, each sent once
     * @param deadlineNanos {@link System#nanoTime()} after which no request is started
     * @return what was answered and how fast
     * @throws Exception if the load could not run (connection refused, no answer in time)
     */
    LoadResult run(List<LoadRequest> requests, long deadlineNanos) throws Exception;

    /**
     * @param threadName a live thread's name
     * @return whether the thread does this load's work, so that its CPU time is the load side's
     */
    boolean isLoadThread(String threadName);

    @Override
    void close();
}
