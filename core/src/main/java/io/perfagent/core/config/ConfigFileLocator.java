package io.perfagent.core.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which properties file to read: the agent argument's {@code config=}, else the system property
 * {@code perfagent.config}, else the environment variable {@code PERFAGENT_CONFIG}, else {@code agent.properties}
 * in the working directory when it exists. No file at all is fine. Relative names resolve against the working
 * directory. The agent argument comes first here (unlike for other keys) because it is the most specific place:
 * it belongs to this one {@code -javaagent} flag. Stateless; never throws.
 */
final class ConfigFileLocator {

    static final String DEFAULT_FILE_NAME = "agent.properties";

    /** The file to read: how it was named, its path ({@code null} when the name is not a valid path), by whom. */
    record Located(String named, Path path, Source source) {
    }

    private ConfigFileLocator() {
    }

    static Optional<Located> locate(Map<Source, String> namedBy, Path workingDir, List<String> warnings) {
        for (Source source : List.of(Source.AGENT_ARGUMENT, Source.SYSTEM_PROPERTY, Source.ENVIRONMENT)) {
            String raw = namedBy.get(source);
            if (raw == null || raw.isBlank()) {
                continue;
            }
            ParseResult<String> name = ValueParsers.string(raw);
            if (!name.isOk()) {
                warnings.add(Warnings.usingDefault(ConfigNames.CONFIG_KEY, raw, name.problem(), ""));
                continue;
            }
            return Optional.of(new Located(name.value(), resolve(name.value(), workingDir), source));
        }
        if (workingDir != null && Files.isRegularFile(workingDir.resolve(DEFAULT_FILE_NAME))) {
            Path found = workingDir.resolve(DEFAULT_FILE_NAME);
            return Optional.of(new Located(found.toString(), found, Source.DEFAULT));
        }
        return Optional.empty();
    }

    private static Path resolve(String name, Path workingDir) {
        try {
            Path path = Path.of(name);
            return path.isAbsolute() || workingDir == null ? path : workingDir.resolve(path);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
