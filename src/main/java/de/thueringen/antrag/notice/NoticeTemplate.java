package de.thueringen.antrag.notice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One parsed notice template: a subject line and paragraphs with placeholders, as a designer wrote it in
 * {@code processes/notices/<KIND>.txt}.
 *
 * <p>Format (see {@code processes/notices/LIESMICH.md}):
 * <pre>
 * # a line starting with # is a comment
 * Betreff: Bescheid über Ihren Antrag auf {{leistung}}
 *
 * First paragraph. A line break stays a line break;
 * a blank line starts a new paragraph.
 *
 * [falls gueltig_bis] Printed only if the case has a value for gueltig_bis: bis {{gueltig_bis}}.
 *
 * [falls nicht begruendung] Printed only if there is no value for begruendung.
 * </pre>
 * Every placeholder and condition is checked against {@link NoticePlaceholder} when the template is parsed, so a
 * typo fails at load time, not when a notice is due. Values are inserted in a single pass as plain text: a value
 * that contains "{{…}}" is printed as it is.
 *
 * <p>Immutable and thread-safe.
 */
public final class NoticeTemplate {

    private static final Pattern SUBJECT = Pattern.compile("(?i)betreff\\s*:\\s*(.*)");
    private static final Pattern CONDITION =
            Pattern.compile("(?i)\\[\\s*falls(\\s+nicht)?\\s+([^\\]\\s]+)\\s*\\]\\s*");
    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";

    private final String source;
    private final Text subject;
    private final List<Paragraph> paragraphs;

    private NoticeTemplate(String source, Text subject, List<Paragraph> paragraphs) {
        this.source = source;
        this.subject = subject;
        this.paragraphs = paragraphs;
    }

    /** The subject and paragraphs with all placeholders replaced. */
    public record Filled(String subject, List<String> paragraphs) {
    }

    /** Where the template came from, e.g. "processes/notices/APPROVAL.txt". */
    public String source() {
        return source;
    }

    /**
     * Parses a template.
     *
     * @param source name of the file for error messages
     * @param text   the file's content
     * @throws NoticeTemplateException with file and line if the text is not a valid template
     */
    public static NoticeTemplate parse(String source, String text) {
        if (text == null) {
            throw new NoticeTemplateException(source + ": empty file");
        }
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = content.split("\\R", -1);
        Text subject = null;
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentStart = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            int lineNumber = i + 1;
            if (line.startsWith("#")) {
                continue;
            }
            if (subject == null) {
                if (line.isEmpty()) {
                    continue;
                }
                Matcher m = SUBJECT.matcher(line);
                if (!m.matches()) {
                    throw new NoticeTemplateException(source + ", line " + lineNumber
                            + ": the first line must start with \"Betreff:\", found \"" + abbreviate(line) + "\"");
                }
                if (m.group(1).isBlank()) {
                    throw new NoticeTemplateException(source + ", line " + lineNumber + ": the Betreff is empty");
                }
                subject = Text.parse(source, lineNumber, m.group(1).strip());
                continue;
            }
            if (line.isEmpty()) {
                if (current.length() > 0) {
                    paragraphs.add(Paragraph.parse(source, currentStart, current.toString()));
                    current.setLength(0);
                }
                continue;
            }
            if (current.length() == 0) {
                currentStart = lineNumber;
            } else {
                current.append('\n');
            }
            current.append(line);
        }
        if (subject == null) {
            throw new NoticeTemplateException(source + ": no line \"Betreff: …\" found");
        }
        if (paragraphs.isEmpty()) {
            throw new NoticeTemplateException(source + ": the template has a Betreff but no text");
        }
        return new NoticeTemplate(source, subject, Collections.unmodifiableList(paragraphs));
    }

    /**
     * Fills the template. Blank values count as missing: a paragraph "[falls x]" is then left out, "[falls nicht
     * x]" printed.
     *
     * @throws NoticeTemplateException if a printed part uses a placeholder that has no value
     */
    public Filled fill(Map<NoticePlaceholder, String> values) {
        String filledSubject = subject.fill(values, source).replaceAll("\\R", " ");
        List<String> filled = new ArrayList<>(paragraphs.size());
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.applies(values)) {
                filled.add(paragraph.text.fill(values, source));
            }
        }
        return new Filled(filledSubject, List.copyOf(filled));
    }

    /** Placeholders used anywhere in the template, including conditions. */
    public List<NoticePlaceholder> placeholders() {
        List<NoticePlaceholder> used = new ArrayList<>(subject.placeholders());
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.condition != null && !used.contains(paragraph.condition)) {
                used.add(paragraph.condition);
            }
            for (NoticePlaceholder placeholder : paragraph.text.placeholders()) {
                if (!used.contains(placeholder)) {
                    used.add(placeholder);
                }
            }
        }
        return used;
    }

    static boolean hasValue(Map<NoticePlaceholder, String> values, NoticePlaceholder placeholder) {
        String value = values.get(placeholder);
        return value != null && !value.isBlank();
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    /** A paragraph, optionally printed only if a placeholder has (or has no) value. */
    private static final class Paragraph {
        final NoticePlaceholder condition;
        final boolean negated;
        final Text text;

        private Paragraph(NoticePlaceholder condition, boolean negated, Text text) {
            this.condition = condition;
            this.negated = negated;
            this.text = text;
        }

        static Paragraph parse(String source, int line, String raw) {
            if (!raw.startsWith("[")) {
                return new Paragraph(null, false, Text.parse(source, line, raw));
            }
            Matcher m = CONDITION.matcher(raw);
            if (!m.lookingAt()) {
                throw new NoticeTemplateException(source + ", line " + line + ": a paragraph starting with \"[\" must "
                        + "start with a condition like [falls name] or [falls nicht name], found \""
                        + abbreviate(raw.lines().findFirst().orElse(raw)) + "\"");
            }
            String name = m.group(2).toLowerCase(Locale.ROOT);
            NoticePlaceholder condition = NoticePlaceholder.byName(name).orElseThrow(() -> new NoticeTemplateException(
                    source + ", line " + line + ": unknown placeholder \"" + m.group(2) + "\" in the condition "
                            + m.group().strip() + "; known placeholders: " + NoticePlaceholder.allNames()));
            String rest = raw.substring(m.end());
            if (rest.isBlank()) {
                throw new NoticeTemplateException(source + ", line " + line + ": the condition " + m.group().strip()
                        + " is followed by no text");
            }
            return new Paragraph(condition, m.group(1) != null, Text.parse(source, line, rest));
        }

        boolean applies(Map<NoticePlaceholder, String> values) {
            return condition == null || hasValue(values, condition) != negated;
        }
    }

    /** Literal text and placeholders, in order. */
    private static final class Text {
        private final List<Object> parts;
        private final List<Integer> lines;

        private Text(List<Object> parts, List<Integer> lines) {
            this.parts = parts;
            this.lines = lines;
        }

        static Text parse(String source, int firstLine, String raw) {
            List<Object> parts = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            int position = 0;
            while (position < raw.length()) {
                int open = raw.indexOf(OPEN, position);
                int strayClose = raw.indexOf(CLOSE, position);
                if (strayClose >= 0 && (open < 0 || strayClose < open)) {
                    throw new NoticeTemplateException(source + ", line " + lineOf(raw, strayClose, firstLine)
                            + ": \"}}\" without a preceding \"{{\"");
                }
                if (open < 0) {
                    parts.add(raw.substring(position));
                    lines.add(lineOf(raw, position, firstLine));
                    break;
                }
                if (open > position) {
                    parts.add(raw.substring(position, open));
                    lines.add(lineOf(raw, position, firstLine));
                }
                int close = raw.indexOf(CLOSE, open + OPEN.length());
                int line = lineOf(raw, open, firstLine);
                if (close < 0) {
                    throw new NoticeTemplateException(source + ", line " + line
                            + ": placeholder \"{{\" is not closed with \"}}\"");
                }
                String name = raw.substring(open + OPEN.length(), close).strip();
                if (name.contains("{") || name.contains("\n")) {
                    throw new NoticeTemplateException(source + ", line " + line
                            + ": placeholder \"{{\" is not closed with \"}}\" on the same line");
                }
                NoticePlaceholder placeholder = NoticePlaceholder.byName(name.toLowerCase(Locale.ROOT))
                        .orElseThrow(() -> new NoticeTemplateException(source + ", line " + line
                                + ": unknown placeholder {{" + name + "}}; known placeholders: "
                                + NoticePlaceholder.allNames()));
                parts.add(placeholder);
                lines.add(line);
                position = close + CLOSE.length();
            }
            return new Text(List.copyOf(parts), List.copyOf(lines));
        }

        private static int lineOf(String raw, int index, int firstLine) {
            int line = firstLine;
            for (int i = 0; i < index; i++) {
                if (raw.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        String fill(Map<NoticePlaceholder, String> values, String source) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                Object part = parts.get(i);
                if (part instanceof NoticePlaceholder placeholder) {
                    if (!hasValue(values, placeholder)) {
                        throw new NoticeTemplateException(source + ", line " + lines.get(i) + " uses {{"
                                + placeholder.placeholderName() + "}}, but there is no value for it in this case "
                                + "(put the paragraph under [falls " + placeholder.placeholderName()
                                + "] if it is optional)");
                    }
                    out.append(values.get(placeholder).strip());
                } else {
                    out.append((String) part);
                }
            }
            return out.toString();
        }

        List<NoticePlaceholder> placeholders() {
            List<NoticePlaceholder> used = new ArrayList<>();
            for (Object part : parts) {
                if (part instanceof NoticePlaceholder placeholder && !used.contains(placeholder)) {
                    used.add(placeholder);
                }
            }
            return used;
        }
    }
}
