package de.thueringen.antrag.notice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * Flowing layout on A4 pages for one document: a vertical cursor, line wrapping, page breaks,
 * frames that continue across pages and a hook to repeat table headers on a new page. Text is set in
 * a regular and a bold face of the same family.
 *
 * <p>All text passed in is raw user text; it is sanitised here before measuring or drawing, so
 * drawing never fails because of unsupported characters. Coordinates are PDF points with the
 * origin at the bottom left. Not thread-safe; one instance per rendering.
 */
final class LetterCanvas implements AutoCloseable {

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = mm(25);
    static final float RIGHT = PAGE_WIDTH - mm(20);
    static final float CONTENT_WIDTH = RIGHT - LEFT;
    /** Lowest position body content may reach; the footer lives below. */
    static final float BOTTOM = mm(22);
    /** Top of the content area on follow-up pages (below the running header). */
    static final float FOLLOW_PAGE_TOP = fromTop(22);

    /** Ascent of Liberation Sans relative to the font size (905/1000 em). */
    private static final float ASCENT = 0.905f;
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final Pattern LINKABLE = Pattern.compile("https?://[\\x21-\\x7E]+");

    private final PDDocument document;
    private final Face regular;
    private final Face bold;
    private final String runningHeader;

    private PDPage page;
    private PDPageContentStream stream;
    /** Font and size last set in the current stream: Tf persists across text objects, so it is set on change only. */
    private PDType0Font streamFont;
    private float streamFontSize;
    private float y;
    private Frame frame;
    private Runnable pageStartHook;

    LetterCanvas(PDDocument document, PDType0Font regular, PDType0Font bold, String runningHeader) {
        this.document = document;
        this.regular = new Face(regular);
        this.bold = new Face(bold);
        this.runningHeader = runningHeader;
    }

    /** A font with its own sanitiser: the faces may cover slightly different characters. */
    private static final class Face {
        final PDType0Font font;
        final FontTextSanitizer sanitizer;

        Face(PDType0Font font) {
            this.font = font;
            this.sanitizer = new FontTextSanitizer(font);
        }
    }

    private Face face(boolean isBold) {
        return isBold ? bold : regular;
    }

    static float mm(double millimetres) {
        return (float) (millimetres * 72.0 / 25.4);
    }

    /** Y coordinate of a position given in millimetres from the top edge of the page. */
    static float fromTop(double millimetres) {
        return PAGE_HEIGHT - mm(millimetres);
    }

    /** Sanitiser of the regular face. */
    FontTextSanitizer sanitizer() {
        return regular.sanitizer;
    }

    /** The page being drawn on. */
    PDPage page() {
        return page;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    // ------------------------------------------------------------------ pages

    /** Starts the first page; the caller draws the letterhead and positions the cursor. */
    void startFirstPage() throws IOException {
        openPage();
        y = FOLLOW_PAGE_TOP;
    }

    /** Ends the current page and continues on a new one with the running header. */
    void newPage() throws IOException {
        if (frame != null) {
            strokeFrame(Math.max(y, BOTTOM) - frame.padding);
        }
        openPage();
        drawLogical(runningHeader, LEFT, fromTop(12), 8f);
        rule(LEFT, RIGHT, fromTop(14), 0.4f, 0.6f);
        y = FOLLOW_PAGE_TOP;
        if (frame != null) {
            frame.top = y;
            y -= frame.padding;
        }
        if (pageStartHook != null) {
            pageStartHook.run();
        }
    }

    private void openPage() throws IOException {
        closeStream();
        page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        streamFont = null;
        stream.setNonStrokingColor(0f, 0f, 0f);
        stream.setStrokingColor(0f, 0f, 0f);
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    /**
     * Temporarily draws into another stream (used to add footers once all pages exist);
     * {@code null} ends that. The flowing content stream must be closed before.
     */
    void useStream(PDPageContentStream other) {
        this.stream = other;
        this.streamFont = null;
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }

    /** Moves to a new page if less than {@code height} is left on the current one. */
    void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    /** Like {@link #ensure} but only if the block would fit on an empty page at all. */
    void keepTogether(float height) throws IOException {
        if (height <= FOLLOW_PAGE_TOP - BOTTOM) {
            ensure(height);
        }
    }

    /** Vertical space; never carried over to the top of a new page. */
    void gap(float height) {
        y = Math.max(y - height, BOTTOM);
    }

    void setPageStartHook(Runnable hook) {
        this.pageStartHook = hook;
    }

    // ------------------------------------------------------------------ text

    /** Width of sanitised text in points, regular face. */
    float width(String sanitized, float size) {
        return width(sanitized, size, false);
    }

    /** Width of text sanitised for the given face, in points. */
    float width(String sanitized, float size, boolean isBold) {
        try {
            return face(isBold).font.getStringWidth(sanitized) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            // cannot happen for sanitised text; estimate instead of failing
            return sanitized.length() * size * 0.6f;
        }
    }

    /** Sanitises and wraps raw text (honouring its line breaks) to lines of at most maxWidth. */
    List<String> wrap(String raw, float size, float maxWidth) {
        return wrap(raw, size, maxWidth, false);
    }

    List<String> wrap(String raw, float size, float maxWidth, boolean isBold) {
        List<String> result = new ArrayList<>();
        for (String line : face(isBold).sanitizer.lines(raw)) {
            wrapLine(line, size, maxWidth, isBold, result);
        }
        // drop trailing empty lines produced by trailing line breaks
        while (!result.isEmpty() && result.get(result.size() - 1).isEmpty()) {
            result.remove(result.size() - 1);
        }
        return result;
    }

    private void wrapLine(String line, float size, float maxWidth, boolean isBold, List<String> out) {
        String[] words = line.strip().split(" +");
        StringBuilder current = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (width(candidate, size, isBold) <= maxWidth) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (width(word, size, isBold) <= maxWidth) {
                current.append(word);
            } else {
                breakLongWord(word, size, maxWidth, isBold, out, current);
            }
        }
        out.add(current.toString());
    }

    /** Breaks a word wider than the line by grapheme cluster; the rest stays in {@code current}. */
    private void breakLongWord(String word, float size, float maxWidth, boolean isBold, List<String> out,
                               StringBuilder current) {
        Matcher cluster = GRAPHEME.matcher(word);
        while (cluster.find()) {
            String next = current + cluster.group();
            if (current.length() > 0 && width(next, size, isBold) > maxWidth) {
                out.add(current.toString());
                current.setLength(0);
                current.append(cluster.group());
            } else {
                current.setLength(0);
                current.append(next);
            }
        }
    }

    /** Sanitises raw text to a single line and cuts it with "…" to fit maxWidth. */
    String fitLine(String raw, float size, float maxWidth) {
        return fitLine(raw, size, maxWidth, false);
    }

    String fitLine(String raw, float size, float maxWidth, boolean isBold) {
        String line = face(isBold).sanitizer.line(raw).strip();
        if (width(line, size, isBold) <= maxWidth) {
            return line;
        }
        List<String> clusters = new ArrayList<>();
        Matcher m = GRAPHEME.matcher(line);
        while (m.find()) {
            clusters.add(m.group());
        }
        StringBuilder cut = new StringBuilder();
        for (String cluster : clusters) {
            if (width(cut + cluster + "…", size, isBold) > maxWidth) {
                break;
            }
            cut.append(cluster);
        }
        return cut.toString().strip() + "…";
    }

    /** Draws one sanitised, logically ordered line with its baseline at {@code baseline}. */
    void drawLine(String sanitized, float x, float baseline, float size) {
        drawLine(sanitized, x, baseline, size, false);
    }

    void drawLine(String sanitized, float x, float baseline, float size, boolean isBold) {
        if (sanitized.isEmpty()) {
            return;
        }
        try {
            stream.beginText();
            // setting the font again would also rebuild PDFBox's glyph substitution worker for it
            PDType0Font font = face(isBold).font;
            if (font != streamFont || size != streamFontSize) {
                stream.setFont(font, size);
                streamFont = font;
                streamFontSize = size;
            }
            stream.newLineAtOffset(x, baseline);
            stream.showText(FontTextSanitizer.toVisualOrder(sanitized));
            stream.endText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Draws one sanitised line right-aligned to {@code rightX}. */
    void drawLineRight(String sanitized, float rightX, float baseline, float size) {
        drawLine(sanitized, rightX - width(sanitized, size), baseline, size);
    }

    /** Sanitises raw text to a single line and draws it. */
    void drawLogical(String raw, float x, float baseline, float size) {
        drawLine(regular.sanitizer.line(raw), x, baseline, size);
    }

    /** Baseline of a line whose top edge is the cursor. */
    static float baselineBelow(float top, float size) {
        return top - size * ASCENT;
    }

    /**
     * Flows raw text as a paragraph at the cursor: wraps it, breaks pages between lines and
     * advances the cursor. Returns the number of lines drawn.
     */
    int paragraph(String raw, float x, float maxWidth, float size, float leading) throws IOException {
        return paragraph(raw, x, maxWidth, size, leading, false);
    }

    int paragraph(String raw, float x, float maxWidth, float size, float leading, boolean isBold) throws IOException {
        List<String> lines = wrap(raw, size, maxWidth, isBold);
        for (String line : lines) {
            ensure(leading);
            drawLine(line, x, baselineBelow(y, size), size, isBold);
            y -= leading;
        }
        return lines.size();
    }

    /**
     * Makes a rectangle of the current page a link to a web address. Only {@code http(s)} addresses of
     * printable ASCII are linked (PDF URIs are ASCII); for anything else nothing happens.
     *
     * @return whether a link was added
     */
    boolean link(float x, float bottom, float width, float height, String uri) {
        if (!isLinkable(uri)) {
            return false;
        }
        try {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(x, bottom, width, height));
            PDActionURI action = new PDActionURI();
            action.setURI(uri);
            link.setAction(action);
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            link.setBorderStyle(border);
            link.setPrinted(true); // PDF/A: annotations must be printable
            page.getAnnotations().add(link);
            return true;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean isLinkable(String uri) {
        return uri != null && uri.length() <= 2000 && LINKABLE.matcher(uri).matches();
    }

    // ------------------------------------------------------------------ graphics

    void rule(float x1, float x2, float atY, float lineWidth, float grey) {
        try {
            stream.setStrokingColor(grey, grey, grey);
            stream.setLineWidth(lineWidth);
            stream.moveTo(x1, atY);
            stream.lineTo(x2, atY);
            stream.stroke();
            stream.setStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Opens a frame at the cursor; it is continued on following pages until {@link #endFrame}. */
    void beginFrame(float x, float width, float padding) {
        frame = new Frame(x, width, padding, y);
        y -= padding;
    }

    void endFrame() {
        if (frame == null) {
            return;
        }
        y -= frame.padding;
        strokeFrame(y);
        frame = null;
    }

    private void strokeFrame(float bottom) {
        try {
            stream.setStrokingColor(0.25f, 0.25f, 0.25f);
            stream.setLineWidth(0.8f);
            stream.addRect(frame.x, bottom, frame.width, frame.top - bottom);
            stream.stroke();
            stream.setStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final class Frame {
        final float x;
        final float width;
        final float padding;
        float top;

        Frame(float x, float width, float padding, float top) {
            this.x = x;
            this.width = width;
            this.padding = padding;
            this.top = top;
        }
    }
}
