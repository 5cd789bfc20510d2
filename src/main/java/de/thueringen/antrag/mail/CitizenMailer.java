package de.thueringen.antrag.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

import de.thueringen.antrag.web.CitizenLimits;
import de.thueringen.antrag.web.RateLimiter;

/**
 * Sends mails to citizens. Spring Boot creates a mail sender only when {@code spring.mail.host} is set; without one
 * the mail is not sent and only the fact is logged (with the case number, never the address or text). A failing
 * SMTP server never fails the caller: the citizen's application is accepted either way. One recipient gets at most
 * {@code antrag.citizen-limits.mails-per-recipient} mails in a while; beyond that mails are dropped and logged.
 */
@Service
public class CitizenMailer {

    private static final Logger LOG = LoggerFactory.getLogger(CitizenMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;
    private final RateLimiter perRecipient;

    public CitizenMailer(ObjectProvider<JavaMailSender> sender, MailSettings settings, CitizenLimits limits) {
        this.sender = sender;
        this.settings = settings;
        this.perRecipient = new RateLimiter(limits.mailsPerRecipient());
    }

    /** @return true if the mail was handed to the SMTP server */
    public boolean send(CitizenMail mail) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            LOG.info("No SMTP host configured (spring.mail.host): mail about {} not sent", mail.reference());
            return false;
        }
        if (mail.to() != null && perRecipient.tryAcquire(mail.to().strip().toLowerCase(Locale.ROOT)).isPresent()) {
            // whoever fills in a form chooses the recipient: the platform must not become a way to flood a stranger
            LOG.warn("Mail about {} not sent: too many mails to this recipient in a short time", mail.reference());
            return false;
        }
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            mailSender.send(message);
            LOG.info("Mail about {} sent", mail.reference());
            return true;
        } catch (MailException | MessagingException e) {
            LOG.warn("Mail about {} could not be sent ({})", mail.reference(), e.getClass().getSimpleName());
            return false;
        }
    }
}
