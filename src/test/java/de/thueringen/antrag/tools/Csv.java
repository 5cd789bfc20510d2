package de.thueringen.antrag.tools;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough RFC 4180 for the catalogue files: fields separated by a delimiter, quoted with {@code "} where they
 * contain the delimiter, a quote or a line break; {@code ""} inside quotes is one quote. Lines starting with
 * {@code #} outside a quoted field are comments (only in our own files; the source CSVs have none).
 */
final class Csv {

    private Csv() {
    }

    /** All records of {@code text}, comment lines and empty lines skipped. */
    static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atLineStart = true;
        int i = 0;
        if (text.startsWith("\uFEFF")) {
            i = 1;
        }
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
                continue;
            }
            if (atLineStart && c == '#') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
                continue;
            }
            atLineStart = false;
            if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                // ignored; \n ends the record
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                if (!(record.size() == 1 && record.get(0).isEmpty())) {
                    records.add(record);
                }
                record = new ArrayList<>();
                atLineStart = true;
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** One record as a line (without line break). */
    static String format(List<String> fields, char delimiter) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(delimiter);
            }
            String value = fields.get(i) == null ? "" : fields.get(i);
            boolean quote = value.indexOf(delimiter) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0 || value.startsWith("#");
            line.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
        }
        return line.toString();
    }
}
