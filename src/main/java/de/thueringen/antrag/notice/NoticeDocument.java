package de.thueringen.antrag.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Content of a notice to be rendered by {@link NoticePdfRenderer}.
 *
 * <p>Collections are copied defensively: {@code null} collections become empty, {@code null}
 * list elements are dropped, and the iteration order of {@code permitFields} is preserved.
 *
 * @param kind           kind of the notice (required)
 * @param authority      issuing authority
 * @param recipient      addressee
 * @param caseNumber     Aktenzeichen
 * @param date           date of the notice
 * @param serviceName    name of the administrative service (Leistung)
 * @param subject        subject line, e.g. "Bescheid über die Erteilung eines Bewohnerparkausweises"
 * @param bodyParagraphs body text, one entry per paragraph
 * @param fees           fee lines; empty if no fees are charged
 * @param legalBasis     legal basis, printed after "Rechtsgrundlage:"
 * @param legalRemedy    full Rechtsbehelfsbelehrung text; {@code null} if not challengeable
 * @param permitFields   fields of a permit (APPROVAL only), e.g. "Kennzeichen" to "EF-AB 123"
 * @param payment        how to pay the fee (FEE_NOTICE); {@code null} if nothing is to be paid
 */
public record NoticeDocument(NoticeKind kind, NoticeAuthority authority, NoticeRecipient recipient,
                             String caseNumber, LocalDate date, String serviceName, String subject,
                             List<String> bodyParagraphs, List<FeeLine> fees, String legalBasis,
                             String legalRemedy, Map<String, String> permitFields, PaymentDetails payment) {

    public NoticeDocument {
        Objects.requireNonNull(kind, "kind");
        bodyParagraphs = copyWithoutNulls(bodyParagraphs);
        fees = copyWithoutNulls(fees);
        permitFields = permitFields == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(permitFields));
    }

    /** A notice without payment details. */
    public NoticeDocument(NoticeKind kind, NoticeAuthority authority, NoticeRecipient recipient,
                          String caseNumber, LocalDate date, String serviceName, String subject,
                          List<String> bodyParagraphs, List<FeeLine> fees, String legalBasis,
                          String legalRemedy, Map<String, String> permitFields) {
        this(kind, authority, recipient, caseNumber, date, serviceName, subject, bodyParagraphs, fees, legalBasis,
                legalRemedy, permitFields, null);
    }

    private static <T> List<T> copyWithoutNulls(List<T> source) {
        if (source == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(source.size());
        for (T element : source) {
            if (element != null) {
                copy.add(element);
            }
        }
        return Collections.unmodifiableList(copy);
    }
}
