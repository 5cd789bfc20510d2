package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The built-in e-payment platform's pay page, used as a citizen uses it. */
final class EPaymentPage {

    private EPaymentPage() {
    }

    /**
     * Pays as a citizen does: the pay link answers with the e-payment platform's pay page; there the citizen chooses
     * a method and confirms (the form carries its token). The platform's signed callback books the fee.
     */
    static void pay(HttpApi citizen, String payUrl) {
        HttpApi.Response checkout = citizen.postJson(payUrl, "{}");
        assertThat(checkout.status()).as(checkout.text()).isEqualTo(200);
        HttpApi.Response payPage = citizen.get(checkout.json().get("redirectUrl").asText());
        assertThat(payPage.status()).isEqualTo(200);
        Matcher action = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"").matcher(payPage.text());
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(payPage.text());
        assertThat(action.find() && token.find()).as(payPage.text()).isTrue();
        String form = "token=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&method=KREDITKARTE&action=bezahlen";
        HttpApi.Response confirmed = citizen.post(action.group(1), "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(303);
        assertThat(citizen.get(confirmed.header("Location")).text()).contains("Zahlung erfolgreich");
    }

}
