package de.thueringen.antrag.notice;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Adds what PDF/A-2b needs beyond embedded fonts: XMP metadata that matches the document
 * information dictionary, and an sRGB output intent.
 */
final class PdfAConformance {

    static final String SRGB = "sRGB IEC61966-2.1";

    /** The ICC profile bytes are immutable once read; each document gets its own stream. */
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private PdfAConformance() {
    }

    /** Metadata values; all strings must already be free of control characters. */
    record Info(String title, String author, String subject, String creatorTool, String producer,
                Calendar created, String language) {
    }

    static void apply(PDDocument document, Info info) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();

        PDDocumentInformation dictionary = document.getDocumentInformation();
        dictionary.setTitle(info.title());
        dictionary.setAuthor(info.author());
        boolean hasSubject = info.subject() != null && !info.subject().isEmpty();
        if (hasSubject) {
            dictionary.setSubject(info.subject());
        }
        dictionary.setCreator(info.creatorTool());
        dictionary.setProducer(info.producer());
        dictionary.setCreationDate(info.created());
        dictionary.setModificationDate(info.created());

        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(info, hasSubject).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
        catalog.setLanguage(info.language());

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB_PROFILE));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    /**
     * The XMP packet: Dublin Core, XMP basic, Adobe PDF and PDF/A identification schemas, matching the
     * information dictionary. Written directly rather than with xmpbox's serializer, which looks up a JAXP
     * TransformerFactory on every call (a classpath scan that cost about a third of the rendering time).
     */
    static String xmp(Info info, boolean withSubject) {
        String created = ISO.format(info.created().toInstant().atZone(info.created().getTimeZone().toZoneId()));
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n")
                .append("<dc:creator><rdf:Seq><rdf:li>").append(escape(info.author()))
                .append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (withSubject) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:language><rdf:Bag><rdf:li>").append(escape(info.language()))
                .append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("<xmp:CreatorTool>").append(escape(info.creatorTool())).append("</xmp:CreatorTool>\n")
                .append("<xmp:CreateDate>").append(created).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(created).append("</xmp:ModifyDate>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("<pdf:Producer>").append(escape(info.producer())).append("</pdf:Producer>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>2</pdfaid:part>\n")
                .append("<pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("</rdf:Description>\n")
                .append("</rdf:RDF>\n")
                .append("</x:xmpmeta>\n")
                .append("<?xpacket end=\"w\"?>");
        return x.toString();
    }

    /** XML character content: markup characters escaped, characters XML 1.0 does not allow left out. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD
                            || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                            || (cp >= 0x10000 && cp <= 0x10FFFF);
                    if (allowed) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        return out.toString();
    }
}
