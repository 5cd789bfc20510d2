package de.thueringen.antrag.tools;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Marks a generated file so that the generator can tell it from a designer's file.
 * <ul>
 * <li><b>BPMN</b>: the process property {@code generator.checksum} = SHA-256 (hex) of the file as generated without
 * that property line. To check, the line is removed again and the rest hashed.</li>
 * <li><b>Form</b>: a top-level entry {@code "generator": {"checksum": "…"}} = SHA-256 of the form as generated
 * without that entry, in the generator's JSON layout. To check, the file is parsed, the entry removed and the rest
 * written in that layout again, so only a change of content (not of white space) counts. form-js ignores unknown
 * top-level keys (its importer reads only {@code components}, {@code type}, {@code id} of the root, like the
 * Modeler's own {@code "exporter"} entry), Camunda reads only {@code id}, and the server's form check reads
 * {@code components}.</li>
 * </ul>
 * A file without a checksum, or whose checksum no longer matches, is a designer's file: never overwritten.
 */
final class GeneratorChecksum {

    enum State {
        /** Carries a checksum that matches: the generator's file, unchanged, may be regenerated. */
        GENERATED,
        /** Carries a checksum that does not match: edited by hand after generation. */
        MODIFIED,
        /** Carries no checksum: written by hand (or saved by a tool that dropped it). */
        FOREIGN
    }

    static final String BPMN_PROPERTY = "generator.checksum";
    private static final Pattern BPMN_LINE = Pattern.compile(
            "^[ \\t]*<camunda:property name=\"generator\\.checksum\" value=\"([0-9a-f]{64})\"\\s*/>\\r?\\n",
            Pattern.MULTILINE);
    static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter FORM_WRITER = JSON.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private GeneratorChecksum() {
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // -------------------------------------------------------------------------------------------------------- BPMN

    /** Adds the checksum property as the last {@code camunda:property} of the first property list (the process's). */
    static String signBpmn(String xml) {
        if (BPMN_LINE.matcher(xml).find()) {
            throw new IllegalArgumentException("already signed");
        }
        int first = xml.indexOf("<camunda:property ");
        int end = xml.indexOf("</camunda:properties>");
        if (first < 0 || end < first) {
            throw new IllegalArgumentException("no camunda:properties to sign");
        }
        int firstLineStart = xml.lastIndexOf('\n', first) + 1;
        String indent = xml.substring(firstLineStart, first);
        int lineStart = xml.lastIndexOf('\n', end) + 1;
        String line = indent + "<camunda:property name=\"" + BPMN_PROPERTY + "\" value=\"" + sha256(xml) + "\"/>\n";
        return xml.substring(0, lineStart) + line + xml.substring(lineStart);
    }

    static State checkBpmn(String xml) {
        Matcher line = BPMN_LINE.matcher(xml);
        if (!line.find()) {
            return State.FOREIGN;
        }
        String unsigned = xml.substring(0, line.start()) + xml.substring(line.end());
        return sha256(unsigned).equals(line.group(1)) ? State.GENERATED : State.MODIFIED;
    }

    // -------------------------------------------------------------------------------------------------------- forms

    /** The form in the generator's layout (2 spaces, {@code "key": value}, one entry per line, final line break). */
    static String formText(JsonNode form) {
        try {
            return FORM_WRITER.writeValueAsString(form) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String signForm(ObjectNode form) {
        if (form.has("generator")) {
            throw new IllegalArgumentException("already signed");
        }
        ObjectNode signed = form.deepCopy();
        signed.putObject("generator").put("checksum", sha256(formText(form)));
        return formText(signed);
    }

    static State checkForm(String text) {
        JsonNode parsed;
        try {
            parsed = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return State.FOREIGN;
        }
        if (!(parsed instanceof ObjectNode form) || !form.path("generator").path("checksum").isTextual()) {
            return State.FOREIGN;
        }
        String checksum = form.get("generator").get("checksum").asText();
        ObjectNode unsigned = form.deepCopy();
        unsigned.remove("generator");
        return sha256(formText(unsigned)).equals(checksum) ? State.GENERATED : State.MODIFIED;
    }
}
