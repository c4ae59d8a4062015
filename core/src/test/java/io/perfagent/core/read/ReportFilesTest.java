package io.perfagent.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @Test
    void rolledPartsByNumberThenLiveFileEvenWhenTheAppNameEndsInDigits(@TempDir Path dir) throws IOException {
        for (String n : List.of("perfagent-svc-2-1234.jsonl", "perfagent-svc-2-1234-10.jsonl",
                "perfagent-svc-2-1234-2.jsonl", "perfagent-svc-2-1234-1.jsonl", "perfagent-a-7.jsonl",
                "other.jsonl", "perfagent-a-7.txt")) {
            Files.writeString(dir.resolve(n), "");
        }
        List<String> names = ReportFiles.inRotationOrder(dir).stream()
                .map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("perfagent-a-7.jsonl", "perfagent-svc-2-1234-1.jsonl", "perfagent-svc-2-1234-2.jsonl",
                "perfagent-svc-2-1234-10.jsonl", "perfagent-svc-2-1234.jsonl"), names);
    }
}
