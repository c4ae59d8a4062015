package io.perfagent.core.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads the properties file with {@link Properties} (so {@code \} continuation lines and escapes work), as UTF-8,
 * falling back to ISO-8859-1 (the classic .properties encoding) when the bytes are not valid UTF-8.
 * A file that cannot be read gives one warning and an empty layer. Called once at start-up; never throws.
 */
final class PropertiesFileLayer {

    private PropertiesFileLayer() {
    }

    static Layer read(ConfigFileLocator.Located file, KeyCatalog catalog, List<String> warnings) {
        if (file.path() == null) {
            warnings.add(Warnings.unreadableFile(file.named(), "not a valid path"));
            return Layer.empty(Source.PROPERTIES_FILE);
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(decode(SmallFiles.readAllBytes(file.path()))));
        } catch (IOException | IllegalArgumentException e) {
            warnings.add(Warnings.unreadableFile(file.named(), why(e, file.path())));
            return Layer.empty(Source.PROPERTIES_FILE);
        }
        Map<String, String> written = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            written.put(name, properties.getProperty(name));
        }
        Path fileName = file.path().getFileName();
        String from = fileName == null ? file.named() : fileName.toString();
        if (written.containsKey(ConfigNames.CONFIG_KEY)) {
            warnings.add(Warnings.keyIgnoredInFile(from));
        }
        return Layer.ofNames(Source.PROPERTIES_FILE, from, written, catalog, warnings);
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static String why(Exception e, Path path) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (Files.isDirectory(path)) {
            return "it is a directory";
        }
        return e instanceof IllegalArgumentException ? "malformed \\u escape" : e.getClass().getSimpleName();
    }
}
