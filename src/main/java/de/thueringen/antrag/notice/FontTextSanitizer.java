package de.thueringen.antrag.notice;

import java.io.IOException;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes arbitrary user text safe to draw with one embedded font.
 *
 * <ul>
 *   <li>Text is normalised to NFC, so decomposed letters (e + combining marks) use the
 *       precomposed glyph where the font has one.</li>
 *   <li>Control and format characters (C0/C1 controls, bidi overrides, zero-width characters,
 *       soft hyphen) and variation selectors are removed; tabs and line breaks become spaces
 *       (or separate lines in {@link #lines(String)}).</li>
 *   <li>Every user-perceived character (grapheme cluster) the font cannot fully encode is
 *       replaced by a single visible "?". An emoji family or a flag thus becomes one "?".</li>
 * </ul>
 *
 * <p>Not thread-safe: one instance belongs to one font of one document being rendered.
 */
final class FontTextSanitizer {

    static final String REPLACEMENT = "?";

    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final Pattern LINE_BREAK =
            Pattern.compile("\\r\\n|[\\n\\r\\u000B\\u000C\\u0085\\u2028\\u2029]");

    private final PDFont font;
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    FontTextSanitizer(PDFont font) {
        this.font = font;
    }

    /** Sanitises text into one line; line breaks in the input become spaces. */
    String line(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = Normalizer.normalize(LINE_BREAK.matcher(raw).replaceAll(" "), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        Matcher cluster = GRAPHEME.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (cluster.find()) {
            kept.setLength(0);
            boolean unrenderable = false;
            String group = cluster.group();
            for (int i = 0; i < group.length(); ) {
                int cp = group.codePointAt(i);
                i += Character.charCount(cp);
                int mapped = mapCodePoint(cp);
                if (mapped < 0) {
                    continue;
                }
                if (canEncode(mapped)) {
                    kept.appendCodePoint(mapped);
                } else {
                    unrenderable = true;
                }
            }
            if (unrenderable) {
                out.append(REPLACEMENT);
            } else {
                out.append(kept);
            }
        }
        return out.toString();
    }

    /** Splits text at its line breaks and sanitises each line. */
    List<String> lines(String raw) {
        List<String> result = new ArrayList<>();
        if (raw == null) {
            return result;
        }
        for (String part : LINE_BREAK.split(raw, -1)) {
            result.add(line(part));
        }
        return result;
    }

    /**
     * Maps a code point before the font check: returns -1 for characters to drop, a space for
     * breaking white space, otherwise the code point itself.
     */
    private static int mapCodePoint(int cp) {
        if (cp == '\t') {
            return ' ';
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT) {
            return -1;
        }
        if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
            return -1; // variation selectors
        }
        if (type == Character.SPACE_SEPARATOR && cp != 0x00A0 && cp != 0x2007 && cp != 0x202F) {
            return ' ';
        }
        return cp;
    }

    private boolean canEncode(int cp) {
        if (Character.getType(cp) == Character.SURROGATE) {
            return false; // a lone surrogate is not a character
        }
        return encodable.computeIfAbsent(cp, this::tryEncode);
    }

    private boolean tryEncode(int cp) {
        try {
            byte[] bytes = font.encode(new String(Character.toChars(cp)));
            return bytes.length > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Converts one already sanitised, logically ordered line into visual order so that
     * right-to-left runs (e.g. Hebrew, which the font covers) are not drawn backwards.
     * The paragraph direction is left-to-right, as for any German letter.
     */
    static String toVisualOrder(String line) {
        char[] chars = line.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return line;
        }
        int runCount = bidi.getRunCount();
        byte[] levels = new byte[runCount];
        String[] runs = new String[runCount];
        for (int i = 0; i < runCount; i++) {
            int level = bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            levels[i] = (byte) level;
            runs[i] = (level & 1) == 1 ? reverseMirrored(run) : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, runCount);
        return String.join("", runs);
    }

    /** Reverses a right-to-left run by grapheme cluster and mirrors paired brackets. */
    private static String reverseMirrored(String run) {
        List<String> clusters = new ArrayList<>();
        Matcher m = GRAPHEME.matcher(run);
        while (m.find()) {
            clusters.add(mirror(m.group()));
        }
        StringBuilder out = new StringBuilder(run.length());
        for (int i = clusters.size() - 1; i >= 0; i--) {
            out.append(clusters.get(i));
        }
        return out.toString();
    }

    private static String mirror(String cluster) {
        if (cluster.length() != 1) {
            return cluster;
        }
        return switch (cluster.charAt(0)) {
            case '(' -> ")";
            case ')' -> "(";
            case '[' -> "]";
            case ']' -> "[";
            case '{' -> "}";
            case '}' -> "{";
            case '<' -> ">";
            case '>' -> "<";
            case '«' -> "»";
            case '»' -> "«";
            case '‹' -> "›";
            case '›' -> "‹";
            default -> cluster;
        };
    }
}
