package de.thueringen.antrag.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import de.thueringen.antrag.mail.CitizenMail;
import de.thueringen.antrag.mail.CitizenMailer;
import de.thueringen.antrag.mail.MailSettings;
import de.thueringen.antrag.web.CitizenLimits;
import de.thueringen.antrag.web.RateLimit;

/** The citizen mail against a real SMTP server in-process (GreenMail). */
class CitizenMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final RateLimit LIMIT = new RateLimit(100, Duration.ofHours(1));

    private static CitizenMailer mailer(JavaMailSender sender) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (sender != null) {
            beans.addBean("mailSender", sender);
        }
        return new CitizenMailer(beans.getBeanProvider(JavaMailSender.class), new MailSettings("antrag@jena.example"),
                new CitizenLimits(LIMIT, LIMIT, LIMIT, LIMIT, new RateLimit(2, Duration.ofHours(1))));
    }

    @Test
    void sendsTheTrackingLinkInGermanPlainText() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP.getSmtp().getPort());
        String body = "Guten Tag,\n\nIhr Aktenzeichen: JEN-2026-000001\n\nhttps://portal.example/portal/vorgang/abc\n\nÄußerst grüße";

        boolean sent = mailer(sender).send(new CitizenMail("jan@example.org", "Ihr Antrag auf Bewohnerparkausweis – Aktenzeichen JEN-2026-000001",
                body, "JEN-2026-000001"));

        assertThat(sent).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Ihr Antrag auf Bewohnerparkausweis – Aktenzeichen JEN-2026-000001");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("antrag@jena.example");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("jan@example.org");
        assertThat(GreenMailUtil.getBody(received[0])).contains("JEN-2026-000001");
        assertThat(received[0].getContent().toString()).contains("https://portal.example/portal/vorgang/abc", "Äußerst");
    }

    @Test
    void withoutSmtpHostNothingIsSentAndNothingFails() {
        assertThat(mailer(null).send(new CitizenMail("jan@example.org", "Betreff", "Text", "JEN-2026-000002"))).isFalse();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void unreachableSmtpServerDoesNotFailTheCaller() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(1); // nothing listens there
        assertThat(mailer(sender).send(new CitizenMail("jan@example.org", "Betreff", "Text", "JEN-2026-000003"))).isFalse();
    }

    @Test
    void oneRecipientGetsNoMoreMailsThanItsLimitOthersStillDo() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(SMTP.getSmtp().getPort());
        CitizenMailer mailer = mailer(sender);

        assertThat(mailer.send(new CitizenMail("opfer@example.org", "Betreff", "Text", "ERF-2026-000001"))).isTrue();
        assertThat(mailer.send(new CitizenMail("Opfer@Example.org ", "Betreff", "Text", "ERF-2026-000002"))).isTrue();
        assertThat(mailer.send(new CitizenMail("opfer@example.org", "Betreff", "Text", "ERF-2026-000003"))).isFalse();
        assertThat(mailer.send(new CitizenMail("jemand@example.org", "Betreff", "Text", "ERF-2026-000004"))).isTrue();

        assertThat(SMTP.getReceivedMessages()).hasSize(3);
    }
}
