package de.thueringen.antrag.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The designers' files as they lie in the repository. */
final class DesignerFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DesignerFiles() {
    }

    static List<Path> list(String folder, String extension) {
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every Camunda Form by its id. */
    static Map<String, JsonNode> formsById() {
        Map<String, JsonNode> forms = new TreeMap<>();
        for (Path file : list("forms", ".form")) {
            JsonNode form = readJson(file);
            forms.put(form.path("id").asText(file.toString()), form);
        }
        return forms;
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError(file + " is not valid JSON: " + e.getMessage(), e);
        }
    }
}
