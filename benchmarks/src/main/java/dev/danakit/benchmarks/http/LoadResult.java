package dev.danakit.benchmarks.http;

import java.util.Arrays;

/**
 * What a load run saw.
 *
 * @param started requests sent
 * @param succeeded answers that were {@code 200} with the expected success code in the body
 * @param failures other answers, closed connections and send errors
 * @param firstFailure a description of the first failure, or {@code null}
 * @param elapsedNanos from the first request sent to the last answer received
 * @param latenciesNanos send-to-answer time of each request, by request index ({@code -1} if failed or never sent)
 */
public record LoadResult(int started, int succeeded, int failures, String firstFailure, long elapsedNanos,
        long[] latenciesNanos) {

    /** @return successful answers per second of the run */
    public double perSecond() {
        return succeeded * 1e9 / elapsedNanos;
    }

    /**
     * @param fraction e.g. 0.99
     * @return that quantile of the successful requests' latency, in milliseconds
     */
    public double latencyMillis(double fraction) {
        long[] ok = Arrays.stream(latenciesNanos).filter(l -> l >= 0).sorted().toArray();
        if (ok.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(ok.length - 1, Math.max(0, Math.ceil(fraction * ok.length) - 1));
        return ok[index] / 1e6;
    }
}
