package de.thueringen.antrag.notice;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Adds what PDF/A-2b needs beyond embedded fonts: XMP metadata that matches the document
 * information dictionary, and an sRGB output intent.
 */
final class PdfAConformance {

    static final String SRGB = "sRGB IEC61966-2.1";

    /** The ICC profile bytes are immutable once read; each document gets its own stream. */
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

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

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(info.title());
        dc.addCreator(info.author());
        if (hasSubject) {
            dc.setDescription(info.subject());
        }
        dc.setFormat("application/pdf");
        dc.addLanguage(info.language());

        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(info.creatorTool());
        basic.setCreateDate(info.created());
        basic.setModifyDate(info.created());

        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(info.producer());

        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("xmpbox rejected conformance level B", e);
        }

        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, xml, true);
        } catch (TransformerException e) {
            throw new IOException("Could not serialise XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xml.toByteArray());
        catalog.setMetadata(metadata);
        catalog.setLanguage(info.language());

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB_PROFILE));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }
}
