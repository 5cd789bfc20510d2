package de.thueringen.antrag.notice;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Removes tables from a TrueType font program, in memory.
 *
 * <p>Used to drop {@code GSUB} before PDFBox sees the font: for a font with glyph substitution data PDFBox 3.0
 * runs every {@code showText} through its GSUB worker, which compiles regular expressions on each call and took
 * about half the time of rendering a notice. A letter in a sans-serif face needs no ligatures or contextual
 * forms (and text is composed to NFC before drawing). The subset PDFBox embeds never contains GSUB anyway.
 *
 * <p>Table data is copied unchanged; the table directory and {@code head.checkSumAdjustment} are rebuilt as
 * the OpenType specification describes.
 */
final class TrueTypeTables {

    private static final int HEADER = 12;
    private static final int RECORD = 16;
    private static final long CHECKSUM_MAGIC = 0xB1B0AFBAL;

    private TrueTypeTables() {
    }

    private record Table(String tag, long checksum, int offset, int length) {
    }

    /**
     * The font without the tables with the given tags.
     *
     * @throws IllegalArgumentException if the bytes are no TrueType/OpenType font with a table directory
     */
    static byte[] withoutTables(byte[] font, Set<String> tags) {
        ByteBuffer in = ByteBuffer.wrap(font);
        if (font.length < HEADER) {
            throw new IllegalArgumentException("Not a font program: " + font.length + " bytes");
        }
        int sfntVersion = in.getInt(0);
        int count = Short.toUnsignedInt(in.getShort(4));
        if (font.length < HEADER + count * RECORD) {
            throw new IllegalArgumentException("Truncated table directory");
        }
        List<Table> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = HEADER + i * RECORD;
            byte[] tag = new byte[4];
            in.get(at, tag);
            Table table = new Table(new String(tag, StandardCharsets.ISO_8859_1),
                    Integer.toUnsignedLong(in.getInt(at + 4)), in.getInt(at + 8), in.getInt(at + 12));
            if (table.offset < 0 || table.length < 0 || (long) table.offset + table.length > font.length) {
                throw new IllegalArgumentException("Table " + table.tag + " lies outside the font");
            }
            if (!tags.contains(table.tag)) {
                kept.add(table);
            }
        }
        if (kept.size() == count) {
            return font;
        }
        int n = kept.size();
        int dataStart = HEADER + n * RECORD;
        int size = dataStart;
        for (Table table : kept) {
            size += padded(table.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(Math.max(n, 1));
        out.putInt(sfntVersion)
                .putShort((short) n)
                .putShort((short) (power * RECORD))
                .putShort((short) Integer.numberOfTrailingZeros(power))
                .putShort((short) (n * RECORD - power * RECORD));
        // directory sorted by tag (as the format requires), data in the original order
        List<Table> byTag = new ArrayList<>(kept);
        byTag.sort(Comparator.comparing(Table::tag));
        List<Table> byOffset = new ArrayList<>(kept);
        byOffset.sort(Comparator.comparingInt(Table::offset));
        int[] newOffsets = new int[n];
        int position = dataStart;
        int headOffset = -1;
        for (Table table : byOffset) {
            newOffsets[byTag.indexOf(table)] = position;
            out.put(position, font, table.offset, table.length);
            if (table.tag.equals("head")) {
                headOffset = position;
            }
            position += padded(table.length);
        }
        for (int i = 0; i < n; i++) {
            Table table = byTag.get(i);
            int at = HEADER + i * RECORD;
            out.put(at, table.tag.getBytes(StandardCharsets.ISO_8859_1));
            out.putInt(at + 4, (int) table.checksum);
            out.putInt(at + 8, newOffsets[i]);
            out.putInt(at + 12, table.length);
        }
        if (headOffset >= 0) {
            out.putInt(headOffset + 8, 0);
            out.putInt(headOffset + 8, (int) ((CHECKSUM_MAGIC - checksum(out.array())) & 0xFFFFFFFFL));
        }
        return out.array();
    }

    /** Sum of all big-endian 32-bit words, modulo 2^32 (the data is padded to whole words). */
    static long checksum(byte[] data) {
        long sum = 0;
        ByteBuffer buffer = ByteBuffer.wrap(data);
        int words = data.length / 4;
        for (int i = 0; i < words; i++) {
            sum = (sum + Integer.toUnsignedLong(buffer.getInt(i * 4))) & 0xFFFFFFFFL;
        }
        int rest = data.length % 4;
        if (rest > 0) {
            long last = 0;
            for (int i = 0; i < 4; i++) {
                last = (last << 8) | (i < rest ? data[words * 4 + i] & 0xFF : 0);
            }
            sum = (sum + last) & 0xFFFFFFFFL;
        }
        return sum;
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
