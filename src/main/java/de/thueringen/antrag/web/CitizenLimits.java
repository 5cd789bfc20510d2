package de.thueringen.antrag.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Anti-automation limits for what anonymous citizens can make the platform do ({@code antrag.citizen-limits.*}),
 * in one place for operators. Each is "capacity per period", refilled gradually. Over a limit the client gets 429
 * with {@code Retry-After} and a German message; a mail over the limit is not sent.
 *
 * @param submissionsPerAddress applications (API and portal) per client address
 * @param submissionsPerEmail   accepted applications per applicant e-mail address
 * @param draftsPerAddress      drafts saved in the portal per client address
 * @param uploadsPerAddress     answers with documents to a request for documents per client address
 * @param mailsPerRecipient     mails to one recipient address
 */
@ConfigurationProperties("antrag.citizen-limits")
public record CitizenLimits(RateLimit submissionsPerAddress, RateLimit submissionsPerEmail, RateLimit draftsPerAddress,
                            RateLimit uploadsPerAddress, RateLimit mailsPerRecipient) {

    public CitizenLimits {
        if (submissionsPerAddress == null || submissionsPerEmail == null || draftsPerAddress == null
                || uploadsPerAddress == null || mailsPerRecipient == null) {
            throw new IllegalArgumentException("Every limit under antrag.citizen-limits must be set (capacity, period)");
        }
    }
}
