package io.perfagent.core.health;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One interval's host and process figures. A null component means "this source cannot tell" and is written as
 * JSON null, so that readers can tell unknown from zero. Both sources build this record, which fixes the field
 * names and their order in one place. Immutable.
 */
record SystemFigures(Double cpuPercent, Double loadAverage1m, Double memoryUsedPercent, Long memoryAvailableBytes,
                     Long swapUsedBytes, Long diskReadBytesPerS, Long diskWriteBytesPerS, Long netRxBytesPerS,
                     Long netTxBytesPerS, Long openFileDescriptors, Double processCpuPercent, Long processRssBytes,
                     String source) {

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpu_percent", Numbers.round2(cpuPercent));
        m.put("load_average_1m", Numbers.round2(loadAverage1m));
        m.put("memory_used_percent", Numbers.round2(memoryUsedPercent));
        m.put("memory_available_bytes", memoryAvailableBytes);
        m.put("swap_used_bytes", swapUsedBytes);
        m.put("disk_read_bytes_per_s", diskReadBytesPerS);
        m.put("disk_write_bytes_per_s", diskWriteBytesPerS);
        m.put("net_rx_bytes_per_s", netRxBytesPerS);
        m.put("net_tx_bytes_per_s", netTxBytesPerS);
        m.put("open_file_descriptors", openFileDescriptors);
        m.put("process_cpu_percent", Numbers.round2(processCpuPercent));
        m.put("process_rss_bytes", processRssBytes);
        m.put("source", source);
        return m;
    }
}
