package dev.why403.bench.http;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one endpoint did under load: counts, throughput and latency percentiles. */
record LoadResult(String label, long requests, long errors, double seconds, long[] latenciesNanos) {

    double throughput() {
        return requests / seconds;
    }

    double percentileMicros(double percentile) {
        if (latenciesNanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("label", label);
        json.put("requests", requests);
        json.put("errors", errors);
        json.put("seconds", seconds);
        json.put("throughput", throughput());
        json.put("p50Micros", percentileMicros(50));
        json.put("p99Micros", percentileMicros(99));
        return json;
    }
}
