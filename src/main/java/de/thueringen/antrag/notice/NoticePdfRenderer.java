package de.thueringen.antrag.notice;

import static de.thueringen.antrag.notice.LetterCanvas.CONTENT_WIDTH;
import static de.thueringen.antrag.notice.LetterCanvas.LEFT;
import static de.thueringen.antrag.notice.LetterCanvas.RIGHT;
import static de.thueringen.antrag.notice.LetterCanvas.baselineBelow;
import static de.thueringen.antrag.notice.LetterCanvas.fromTop;
import static de.thueringen.antrag.notice.LetterCanvas.mm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link NoticeDocument} as an A4 letter laid out after DIN 5008 form B (letterhead, address field
 * for a window envelope with return address, information block, fold marks, page numbers "Seite X von Y") into
 * a PDF/A-2b file with embedded Liberation Sans (regular for text, bold for headings).
 *
 * <p>Thread-safe: the instance holds only immutable data; every call works on its own
 * {@link PDDocument}. Text entered by citizens may contain any character: characters the
 * embedded font cannot show are replaced by "?", control characters are removed.
 */
@Component
public class NoticePdfRenderer {

    /** Liberation Sans Regular as shipped inside the PDFBox jar (SIL OFL 1.1). */
    static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /** Liberation Sans Bold 2.1.5, the same family and version (SIL OFL 1.1, licence next to the file). */
    static final String BOLD_FONT_RESOURCE = "/notice/fonts/LiberationSans-Bold.ttf";
    /** Shown in the information block where the authority names no other contact. */
    static final String DEFAULT_CONTACT = "Bürgerservice";
    static final String CONTACT_CHANNEL = "Postfach zu Ihrem Antrag im Antragsportal";
    static final String PRODUCT = "Antragsmanagement Thüringen";
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static final float BODY_SIZE = 11f;
    private static final float BODY_LEADING = 14.5f;
    private static final float PARAGRAPH_GAP = 6f;
    private static final float HEADING_SIZE = 12.5f;
    private static final float HEADING_LEADING = 16f;
    private static final float SMALL_SIZE = 9f;
    private static final float SMALL_LEADING = 11.5f;

    /*
     * DIN 5008 form B, measured from the top left corner of the page: letterhead 0-45 mm; address field of a
     * window envelope 45-90 mm, 20 mm from the left, 85 mm wide, made of the Zusatz- und Vermerkzone
     * (17.7 mm, with the return address at its bottom) and the Anschriftzone (27.3 mm, six lines from
     * 62.7 mm); information block 125 mm from the left from 50 mm; subject from 98.46 mm; fold marks at
     * 105 mm and 210 mm, hole mark at 148.5 mm.
     */
    static final double ADDRESS_FIELD_TOP_MM = 45;
    static final double RECIPIENT_TOP_MM = 45 + 17.7;
    static final double ADDRESS_FIELD_BOTTOM_MM = 90;
    static final double ADDRESS_LEFT_MM = 20;
    static final double ADDRESS_WIDTH_MM = 85;
    static final double INFO_LEFT_MM = 125;
    static final double INFO_TOP_MM = 50;
    static final double SUBJECT_TOP_MM = 98.46;
    private static final float ADDRESS_X = mm(ADDRESS_LEFT_MM);
    private static final float ADDRESS_WIDTH = mm(ADDRESS_WIDTH_MM);
    private static final float RECIPIENT_TOP = fromTop(RECIPIENT_TOP_MM);
    private static final float ADDRESS_BOTTOM = fromTop(ADDRESS_FIELD_BOTTOM_MM);
    private static final int RECIPIENT_LINES = 6;
    private static final float RECIPIENT_SIZE = 10f;
    /** Six lines fill the 27.3 mm Anschriftzone exactly. */
    private static final float RECIPIENT_LEADING = mm(27.3) / RECIPIENT_LINES;
    private static final float INFO_LABEL_X = mm(INFO_LEFT_MM);
    private static final float INFO_VALUE_X = mm(INFO_LEFT_MM + 25);
    private static final float INFO_VALUE_WIDTH = mm(200) - INFO_VALUE_X;

    private final Clock clock;

    public NoticePdfRenderer() {
        this(Clock.system(ZONE));
    }

    /** For tests: fixes the creation time written into the metadata. */
    NoticePdfRenderer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Renders the notice.
     *
     * @param doc the notice content; must not be {@code null}
     * @return the bytes of a PDF/A-2b document
     * @throws UncheckedIOException only if PDFBox fails on an I/O level (not because of text content)
     */
    public byte[] render(NoticeDocument doc) {
        Objects.requireNonNull(doc, "doc");
        try (PDDocument pdf = new PDDocument()) {
            PDType0Font regular = PDType0Font.load(pdf, new ByteArrayInputStream(FontHolder.REGULAR), true);
            PDType0Font bold = PDType0Font.load(pdf, new ByteArrayInputStream(FontHolder.BOLD), true);
            Content content = Content.of(doc);
            try (LetterCanvas canvas = new LetterCanvas(pdf, regular, bold, runningHeader(content))) {
                new Writer(canvas, content).write();
                canvas.close();
                drawFooters(pdf, canvas, content);
                writeMetadata(pdf, canvas.sanitizer(), content);
            }
            pdf.setVersion(1.7f);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render notice " + doc.caseNumber(), e);
        }
    }

    private static String runningHeader(Content c) {
        StringJoiner header = new StringJoiner(" · ");
        addIfPresent(header, c.authorityName);
        String title = c.kind.germanTitle() + (c.date.isEmpty() ? "" : " vom " + c.date);
        header.add(title);
        if (!c.caseNumber.isEmpty()) {
            header.add("Aktenzeichen " + c.caseNumber);
        }
        return header.toString();
    }

    private static void drawFooters(PDDocument pdf, LetterCanvas canvas, Content c) throws IOException {
        StringJoiner left = new StringJoiner(" · ");
        addIfPresent(left, c.authorityName);
        addIfPresent(left, c.department);
        addIfPresent(left, c.seat.isEmpty() ? "" : "Sitz: " + c.seatWithPostalCode());
        int total = pdf.getNumberOfPages();
        int number = 0;
        for (PDPage page : pdf.getPages()) {
            number++;
            try (PDPageContentStream footer =
                         new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                canvas.useStream(footer);
                canvas.rule(LEFT, RIGHT, mm(17), 0.4f, 0.6f);
                String pageText = "Seite " + number + " von " + total;
                float pageWidth = canvas.width(pageText, SMALL_SIZE);
                canvas.drawLine(canvas.fitLine(left.toString(), 8f, CONTENT_WIDTH - pageWidth - mm(8)),
                        LEFT, mm(12), 8f);
                canvas.drawLineRight(pageText, RIGHT, mm(12), SMALL_SIZE);
            } finally {
                canvas.useStream(null);
            }
        }
    }

    private void writeMetadata(PDDocument pdf, FontTextSanitizer sanitizer, Content c) throws IOException {
        String title = c.kind.germanTitle() + (c.caseNumber.isEmpty() ? "" : " – Aktenzeichen " + c.caseNumber);
        String author = c.authorityName.isEmpty() ? PRODUCT : c.authorityName;
        String subject = c.subjectLine();
        GregorianCalendar created = GregorianCalendar.from(
                ZonedDateTime.now(clock).withZoneSameInstant(ZONE).truncatedTo(ChronoUnit.SECONDS));
        PdfAConformance.apply(pdf, new PdfAConformance.Info(
                sanitizer.line(title).strip(),
                sanitizer.line(author).strip(),
                sanitizer.line(subject).strip(),
                PRODUCT,
                PRODUCT + " (Apache PDFBox)",
                created,
                "de-DE"));
    }

    private static void addIfPresent(StringJoiner joiner, String value) {
        if (!value.isEmpty()) {
            joiner.add(value);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** The notice content with {@code null} values replaced by empty strings. */
    private static final class Content {
        NoticeKind kind;
        String authorityName;
        String department;
        /** "für die Gemeinde Y" when a Verwaltungsgemeinschaft or erfüllende Gemeinde acts for a member. */
        String onBehalfOf;
        String seat;
        String postalCode;
        String kindLabel;
        String contact;
        String recipientName;
        List<String> recipientLines;
        String caseNumber;
        String date;
        String serviceName;
        String subject;
        List<String> body;
        List<FeeLine> fees;
        String legalBasis;
        String legalRemedy;
        Map<String, String> permitFields;
        PaymentDetails payment;

        static Content of(NoticeDocument doc) {
            Content c = new Content();
            c.kind = doc.kind();
            NoticeAuthority authority = doc.authority();
            c.authorityName = authority == null ? "" : text(authority.name());
            c.department = authority == null ? "" : text(authority.department());
            c.onBehalfOf = authority == null ? "" : text(authority.onBehalfOfLine());
            c.seat = authority == null ? "" : text(authority.seat());
            c.postalCode = authority == null ? "" : text(authority.postalCode());
            c.kindLabel = authority == null ? "" : text(authority.kindLabel());
            c.contact = authority == null || text(authority.contact()).isEmpty()
                    ? DEFAULT_CONTACT : text(authority.contact());
            NoticeRecipient recipient = doc.recipient();
            c.recipientName = recipient == null ? "" : text(recipient.fullName());
            c.recipientLines = new ArrayList<>();
            if (recipient != null) {
                for (String line : new String[] {recipient.fullName(), recipient.street(), recipient.postalCodeAndCity()}) {
                    if (!text(line).isEmpty()) {
                        c.recipientLines.add(text(line));
                    }
                }
            }
            c.caseNumber = text(doc.caseNumber());
            c.date = GermanFormats.date(doc.date());
            c.serviceName = text(doc.serviceName());
            c.subject = text(doc.subject());
            c.body = doc.bodyParagraphs();
            c.fees = doc.fees();
            c.legalBasis = text(doc.legalBasis());
            c.legalRemedy = text(doc.legalRemedy());
            c.permitFields = doc.permitFields();
            c.payment = doc.payment();
            return c;
        }

        String seatWithPostalCode() {
            return (postalCode.isEmpty() ? "" : postalCode + " ") + seat;
        }

        /** The subject as given, or a default derived from the kind and the service. */
        String subjectLine() {
            if (!subject.isEmpty()) {
                return subject;
            }
            String service = serviceName.isEmpty() ? "Ihren Antrag" : serviceName;
            return kind.germanTitle() + " zu Ihrem Antrag: " + service;
        }
    }

    /** Lays out one notice on the canvas, top to bottom. */
    private static final class Writer {
        private final LetterCanvas canvas;
        private final Content c;

        Writer(LetterCanvas canvas, Content content) {
            this.canvas = canvas;
            this.c = content;
        }

        void write() throws IOException {
            canvas.startFirstPage();
            letterhead();
            addressField();
            float infoBottom = informationBlock();
            canvas.moveTo(Math.min(fromTop(SUBJECT_TOP_MM), infoBottom - mm(6)));
            foldMarks();

            canvas.paragraph(c.subjectLine(), LEFT, CONTENT_WIDTH, HEADING_SIZE, HEADING_LEADING, true);
            canvas.gap(BODY_LEADING);
            canvas.paragraph(c.recipientName.isEmpty() ? "Guten Tag," : "Guten Tag " + c.recipientName + ",",
                    LEFT, CONTENT_WIDTH, BODY_SIZE, BODY_LEADING);
            canvas.gap(PARAGRAPH_GAP + 2);
            for (String paragraph : c.body) {
                if (canvas.paragraph(paragraph, LEFT, CONTENT_WIDTH, BODY_SIZE, BODY_LEADING) > 0) {
                    canvas.gap(PARAGRAPH_GAP);
                }
            }
            if (c.kind == NoticeKind.APPROVAL && !c.permitFields.isEmpty()) {
                permitBox();
            }
            if (!c.fees.isEmpty()) {
                feeTable();
            }
            if (c.payment != null) {
                paymentBox();
            }
            if (!c.legalBasis.isEmpty()) {
                canvas.gap(PARAGRAPH_GAP);
                canvas.paragraph("Rechtsgrundlage: " + c.legalBasis, LEFT, CONTENT_WIDTH, BODY_SIZE, BODY_LEADING);
                canvas.gap(PARAGRAPH_GAP);
            }
            if (!c.legalRemedy.isEmpty()) {
                legalRemedy();
            } else if (c.kind.challengeable()) {
                System.getLogger(NoticePdfRenderer.class.getName()).log(System.Logger.Level.WARNING,
                        "Notice {0} ({1}) is challengeable but has no Rechtsbehelfsbelehrung",
                        c.caseNumber, c.kind);
            }
            closing();
        }

        /**
         * Letterhead from the jurisdiction data: authority name (bold), the municipality it acts for, its kind and
         * seat, department. (No
         * "Freistaat Thüringen" line: most issuing authorities are municipal, not Land authorities.)
         */
        private void letterhead() {
            float nameSize = 17f;
            double line = 19;
            canvas.drawLine(canvas.fitLine(c.authorityName, nameSize, CONTENT_WIDTH, true), LEFT, fromTop(line),
                    nameSize, true);
            if (!c.onBehalfOf.isEmpty()) {
                // the member municipality stays the party of the matter, so it is named right under the authority
                line += 5.5;
                canvas.drawLine(canvas.fitLine(c.onBehalfOf, 11f, CONTENT_WIDTH, true), LEFT, fromTop(line), 11f, true);
            }
            StringJoiner second = new StringJoiner(" · ");
            addIfPresent(second, c.kindLabel);
            addIfPresent(second, c.seat.isEmpty() ? "" : "Sitz: " + c.seat);
            line += 6;
            canvas.drawLine(canvas.fitLine(second.toString(), 10f, CONTENT_WIDTH), LEFT, fromTop(line), 10f);
            if (!c.department.isEmpty()) {
                line += 5;
                canvas.drawLine(canvas.fitLine(c.department, 10f, CONTENT_WIDTH), LEFT, fromTop(line), 10f);
            }
            canvas.rule(LEFT, RIGHT, fromTop(Math.max(35, line + 4)), 0.6f, 0.4f);
        }

        /**
         * Return address at the bottom of the Zusatz- und Vermerkzone and the recipient in the Anschriftzone of
         * the window (at most six lines; a longer address is shortened with "…").
         */
        private void addressField() {
            StringJoiner sender = new StringJoiner(" · ");
            addIfPresent(sender, c.authorityName);
            addIfPresent(sender, c.onBehalfOf);
            addIfPresent(sender, c.department);
            addIfPresent(sender, c.seatWithPostalCode());
            float size = 7f;
            String returnLine = canvas.fitLine(sender.toString(), size, ADDRESS_WIDTH);
            float baseline = RECIPIENT_TOP + mm(2.2);
            canvas.drawLine(returnLine, ADDRESS_X, baseline, size);
            if (!returnLine.isEmpty()) {
                canvas.rule(ADDRESS_X, ADDRESS_X + canvas.width(returnLine, size), baseline - 1.5f, 0.3f, 0f);
            }

            List<String> lines = new ArrayList<>();
            for (String raw : c.recipientLines) {
                lines.addAll(canvas.wrap(raw, RECIPIENT_SIZE, ADDRESS_WIDTH));
            }
            if (lines.size() > RECIPIENT_LINES) {
                String last = String.join(" ", lines.subList(RECIPIENT_LINES - 1, lines.size()));
                lines = new ArrayList<>(lines.subList(0, RECIPIENT_LINES - 1));
                lines.add(canvas.fitLine(last, RECIPIENT_SIZE, ADDRESS_WIDTH));
            }
            float top = RECIPIENT_TOP;
            for (String line : lines) {
                canvas.drawLine(line, ADDRESS_X, baselineBelow(top, RECIPIENT_SIZE), RECIPIENT_SIZE);
                top -= RECIPIENT_LEADING;
            }
        }

        /** Information block on the right: Behörde, Aktenzeichen, Ansprechpartner, Kontakt, Datum, Leistung. */
        private float informationBlock() {
            String authority = c.authorityName + (c.onBehalfOf.isEmpty() ? "" : "\n" + c.onBehalfOf)
                    + (c.department.isEmpty() ? "" : "\n" + c.department);
            float top = fromTop(INFO_TOP_MM);
            top = infoRow("Behörde", authority, top);
            top = infoRow("Aktenzeichen", c.caseNumber, top);
            if (c.payment != null) {
                top = infoRow("Kassenzeichen", text(c.payment.reference()), top);
            }
            top = infoRow("Ansprechpartner", c.contact, top);
            top = infoRow("Kontakt", CONTACT_CHANNEL, top);
            top = infoRow("Datum", c.date, top);
            top = infoRow("Leistung", c.serviceName, top);
            return top;
        }

        private float infoRow(String label, String value, float top) {
            List<String> lines = canvas.wrap(value, SMALL_SIZE, INFO_VALUE_WIDTH);
            canvas.drawLine(label + ":", INFO_LABEL_X, baselineBelow(top, SMALL_SIZE), 8f);
            float lineTop = top;
            for (String line : lines) {
                canvas.drawLine(line, INFO_VALUE_X, baselineBelow(lineTop, SMALL_SIZE), SMALL_SIZE);
                lineTop -= SMALL_LEADING;
            }
            return top - Math.max(1, lines.size()) * SMALL_LEADING - 2f;
        }

        /** Fold marks (105 mm, 210 mm) and hole mark (148.5 mm) of DIN 5008 form B. */
        private void foldMarks() {
            canvas.rule(mm(4), mm(9), fromTop(105), 0.3f, 0.5f);
            canvas.rule(mm(4), mm(11), fromTop(148.5), 0.3f, 0.5f);
            canvas.rule(mm(4), mm(9), fromTop(210), 0.3f, 0.5f);
        }

        /** Framed permit section (e.g. Bewohnerparkausweis) with its fields. */
        private void permitBox() throws IOException {
            float padding = mm(4);
            float innerX = LEFT + mm(5);
            float innerWidth = CONTENT_WIDTH - mm(10);
            float labelWidth = mm(45);
            float valueX = innerX + labelWidth + mm(3);
            float valueWidth = innerWidth - labelWidth - mm(3);
            float rowLeading = 14f;
            String title = c.serviceName.isEmpty() ? c.subjectLine() : c.serviceName;

            List<String> titleLines = canvas.wrap(title, HEADING_SIZE, innerWidth, true);
            float height = 2 * padding + titleLines.size() * HEADING_LEADING + 8f + 2 * SMALL_LEADING;
            for (Map.Entry<String, String> field : c.permitFields.entrySet()) {
                height += rowHeight(field.getKey(), field.getValue(), labelWidth, valueWidth, rowLeading);
            }
            canvas.gap(PARAGRAPH_GAP);
            canvas.keepTogether(height);
            canvas.beginFrame(LEFT, CONTENT_WIDTH, padding);
            canvas.paragraph(title, innerX, innerWidth, HEADING_SIZE, HEADING_LEADING, true);
            canvas.rule(innerX, innerX + innerWidth, canvas.y() - 2f, 0.4f, 0.5f);
            canvas.gap(8f);
            for (Map.Entry<String, String> field : c.permitFields.entrySet()) {
                twoColumnRow(field.getKey(), innerX, labelWidth, BODY_SIZE - 1,
                        field.getValue(), valueX, valueWidth, BODY_SIZE, rowLeading);
            }
            StringJoiner issued = new StringJoiner(", ");
            addIfPresent(issued, c.authorityName.isEmpty() ? "" : "Ausgestellt von " + c.authorityName);
            addIfPresent(issued, c.date.isEmpty() ? "" : "am " + c.date);
            addIfPresent(issued, c.caseNumber.isEmpty() ? "" : "Aktenzeichen " + c.caseNumber);
            canvas.gap(4f);
            canvas.paragraph(issued.toString(), innerX, innerWidth, 8f, SMALL_LEADING);
            canvas.endFrame();
            canvas.gap(BODY_LEADING);
        }

        private float rowHeight(String label, String value, float labelWidth, float valueWidth, float leading) {
            int lines = Math.max(1, Math.max(canvas.wrap(label, BODY_SIZE - 1, labelWidth).size(),
                    canvas.wrap(value, BODY_SIZE, valueWidth).size()));
            return lines * leading;
        }

        /** A row of two wrapped columns; kept on one page when possible. Returns the lines of the right column. */
        private List<String> twoColumnRow(String left, float leftX, float leftWidth, float leftSize,
                                          String right, float rightX, float rightWidth, float rightSize,
                                          float leading) throws IOException {
            List<String> leftLines = canvas.wrap(left, leftSize, leftWidth);
            List<String> rightLines = canvas.wrap(right, rightSize, rightWidth);
            int lines = Math.max(1, Math.max(leftLines.size(), rightLines.size()));
            canvas.keepTogether(lines * leading);
            for (int i = 0; i < lines; i++) {
                canvas.ensure(leading);
                float top = canvas.y();
                if (i < leftLines.size()) {
                    canvas.drawLine(leftLines.get(i), leftX, baselineBelow(top, rightSize), leftSize);
                }
                if (i < rightLines.size()) {
                    canvas.drawLine(rightLines.get(i), rightX, baselineBelow(top, rightSize), rightSize);
                }
                canvas.moveTo(top - leading);
            }
            return rightLines;
        }

        /** Fee table: Beschreibung | Betrag in EUR, with a sum line. */
        private void feeTable() throws IOException {
            float amountWidth = mm(40);
            float descriptionX = LEFT + 2f;
            float descriptionWidth = CONTENT_WIDTH - amountWidth - 4f;
            float rowLeading = 13.5f;
            float rowPadding = 3f;

            canvas.gap(PARAGRAPH_GAP);
            canvas.keepTogether(HEADING_LEADING + 4f + 4 * (rowLeading + 2 * rowPadding));
            canvas.paragraph("Gebühren", LEFT, CONTENT_WIDTH, HEADING_SIZE, HEADING_LEADING, true);
            canvas.gap(4f);
            Runnable header = () -> {
                float top = canvas.y();
                canvas.drawLine("Beschreibung", descriptionX, baselineBelow(top, SMALL_SIZE), SMALL_SIZE);
                canvas.drawLineRight("Betrag in EUR", RIGHT - 2f, baselineBelow(top, SMALL_SIZE), SMALL_SIZE);
                canvas.moveTo(top - SMALL_LEADING - 2f);
                canvas.rule(LEFT, RIGHT, canvas.y(), 0.6f, 0f);
                canvas.moveTo(canvas.y() - rowPadding);
            };
            header.run();
            canvas.setPageStartHook(header);
            try {
                BigDecimal sum = BigDecimal.ZERO;
                for (FeeLine fee : c.fees) {
                    String amount = GermanFormats.euro(fee.amountEuro());
                    if (fee.amountEuro() != null) {
                        sum = sum.add(fee.amountEuro());
                    }
                    List<String> lines = canvas.wrap(fee.description(), BODY_SIZE - 0.5f, descriptionWidth);
                    int count = Math.max(1, lines.size());
                    canvas.keepTogether(count * rowLeading + rowPadding);
                    for (int i = 0; i < count; i++) {
                        canvas.ensure(rowLeading);
                        float top = canvas.y();
                        float baseline = baselineBelow(top, BODY_SIZE - 0.5f);
                        if (i < lines.size()) {
                            canvas.drawLine(lines.get(i), descriptionX, baseline, BODY_SIZE - 0.5f);
                        }
                        if (i == 0) {
                            canvas.drawLineRight(amount, RIGHT - 2f, baseline, BODY_SIZE - 0.5f);
                        }
                        canvas.moveTo(top - rowLeading);
                    }
                    canvas.rule(LEFT, RIGHT, canvas.y(), 0.3f, 0.7f);
                    canvas.moveTo(canvas.y() - rowPadding);
                }
                canvas.ensure(rowLeading + 2 * rowPadding);
                canvas.rule(LEFT, RIGHT, canvas.y() + rowPadding - 0.5f, 0.9f, 0f);
                float top = canvas.y() - 1f;
                canvas.drawLine("Summe", descriptionX, baselineBelow(top, BODY_SIZE), BODY_SIZE, true);
                String total = GermanFormats.euro(sum);
                canvas.drawLine(total, RIGHT - 2f - canvas.width(total, BODY_SIZE, true), baselineBelow(top, BODY_SIZE),
                        BODY_SIZE, true);
                canvas.moveTo(top - rowLeading - rowPadding);
            } finally {
                canvas.setPageStartHook(null);
            }
            canvas.gap(PARAGRAPH_GAP);
        }

        /** Framed payment instructions of a fee notice: amount, Kassenzeichen, due date and the pay link. */
        private void paymentBox() throws IOException {
            PaymentDetails payment = c.payment;
            float padding = mm(3);
            float innerX = LEFT + mm(4);
            float innerWidth = CONTENT_WIDTH - mm(8);
            float labelWidth = mm(38);
            float valueX = innerX + labelWidth + mm(2);
            float valueWidth = innerWidth - labelWidth - mm(2);
            float rowLeading = 14f;
            Map<String, String> rows = new LinkedHashMap<>();
            if (payment.amountEuro() != null) {
                rows.put("Betrag", GermanFormats.euro(payment.amountEuro()));
            }
            rows.put("Kassenzeichen", text(payment.reference()));
            if (payment.dueDate() != null) {
                rows.put("Zahlbar bis", GermanFormats.date(payment.dueDate()));
            }
            float height = 2 * padding + HEADING_LEADING + 4f;
            for (Map.Entry<String, String> row : rows.entrySet()) {
                height += rowHeight(row.getKey(), row.getValue(), labelWidth, valueWidth, rowLeading);
            }
            String url = text(payment.payUrl());
            if (!url.isEmpty()) {
                height += rowHeight("Online bezahlen", url, labelWidth, valueWidth, rowLeading);
            }
            canvas.gap(PARAGRAPH_GAP);
            canvas.keepTogether(height);
            canvas.beginFrame(LEFT, CONTENT_WIDTH, padding);
            canvas.paragraph("Zahlungshinweise", innerX, innerWidth, HEADING_SIZE - 1, HEADING_LEADING, true);
            canvas.gap(4f);
            for (Map.Entry<String, String> row : rows.entrySet()) {
                twoColumnRow(row.getKey(), innerX, labelWidth, BODY_SIZE - 1, row.getValue(), valueX, valueWidth,
                        BODY_SIZE, rowLeading);
            }
            if (!url.isEmpty()) {
                float top = canvas.y();
                List<String> lines = twoColumnRow("Online bezahlen", innerX, labelWidth, BODY_SIZE - 1, url, valueX,
                        valueWidth, BODY_SIZE, rowLeading);
                // the link covers the printed address when it stayed on one page (the usual case)
                if (canvas.y() < top) {
                    float widest = 0;
                    for (String line : lines) {
                        widest = Math.max(widest, canvas.width(line, BODY_SIZE));
                    }
                    canvas.link(valueX, canvas.y() + 2f, widest, top - canvas.y(), url);
                }
            }
            canvas.endFrame();
            canvas.gap(PARAGRAPH_GAP);
        }

        /** Heading "Rechtsbehelfsbelehrung" and the text, paragraphs separated by blank lines. */
        private void legalRemedy() throws IOException {
            float size = 10f;
            float leading = 13f;
            canvas.gap(PARAGRAPH_GAP);
            canvas.keepTogether(HEADING_LEADING + 4f + 3 * leading);
            canvas.paragraph("Rechtsbehelfsbelehrung", LEFT, CONTENT_WIDTH, HEADING_SIZE, HEADING_LEADING, true);
            canvas.gap(4f);
            for (String paragraph : c.legalRemedy.split("\\R\\s*\\R")) {
                if (canvas.paragraph(paragraph, LEFT, CONTENT_WIDTH, size, leading) > 0) {
                    canvas.gap(PARAGRAPH_GAP - 2);
                }
            }
            canvas.gap(PARAGRAPH_GAP);
        }

        /** Closing formula, kept together on one page. */
        private void closing() throws IOException {
            String note = "Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig.";
            List<String> signature = new ArrayList<>();
            signature.add("Im Auftrag");
            String unit = c.department.isEmpty() ? c.authorityName : c.department;
            if (!unit.isEmpty()) {
                signature.add(unit);
            }
            int signatureLines = 0;
            for (String line : signature) {
                signatureLines += canvas.wrap(line, BODY_SIZE, CONTENT_WIDTH).size();
            }
            float height = PARAGRAPH_GAP + BODY_LEADING * (2 + signatureLines) + 10f
                    + SMALL_LEADING * canvas.wrap(note, SMALL_SIZE, CONTENT_WIDTH).size();
            canvas.gap(PARAGRAPH_GAP);
            canvas.keepTogether(height);
            canvas.paragraph("Mit freundlichen Grüßen", LEFT, CONTENT_WIDTH, BODY_SIZE, BODY_LEADING);
            canvas.gap(BODY_LEADING);
            for (String line : signature) {
                canvas.paragraph(line, LEFT, CONTENT_WIDTH, BODY_SIZE, BODY_LEADING);
            }
            canvas.gap(10f);
            canvas.paragraph(note, LEFT, CONTENT_WIDTH, SMALL_SIZE, SMALL_LEADING);
        }
    }

    /**
     * The font files are read once, without their glyph substitution table (see {@link TrueTypeTables}); each
     * document parses and subsets its own copies.
     */
    private static final class FontHolder {
        static final byte[] REGULAR = TrueTypeTables.withoutTables(read(FONT_RESOURCE), Set.of("GSUB"));
        static final byte[] BOLD = TrueTypeTables.withoutTables(read(BOLD_FONT_RESOURCE), Set.of("GSUB"));

        private static byte[] read(String resource) {
            try (InputStream in = NoticePdfRenderer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font not on the classpath: " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + resource, e);
            }
        }
    }
}
