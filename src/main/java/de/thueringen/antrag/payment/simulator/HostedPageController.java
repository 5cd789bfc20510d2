package de.thueringen.antrag.payment.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The platform's pay page, {@code /epayment/{id}}: shows payee, purpose and amount, lets the citizen choose how to
 * pay, and pay or cancel. The form carries a token bound to the payment (HMAC with the server secret), and a POST
 * without the right token is refused, so another site cannot make a visitor's browser pay. After paying the
 * platform sends its signed callback, then sends the citizen back to the return URL given at creation, or, without
 * one, shows "Zahlung erfolgreich" (after cancelling: "Zahlung abgebrochen", the fee stays open).
 */
@Controller
@ConditionalOnProperty(prefix = "antrag.payment.simulator", name = "enabled", havingValue = "true")
class HostedPageController {

    static final String ACTION_PAY = "bezahlen";
    static final String ACTION_CANCEL = "abbrechen";

    private final EpayblSimulator simulator;
    private final CallbackSender callbacks;

    HostedPageController(EpayblSimulator simulator, CallbackSender callbacks) {
        this.simulator = simulator;
        this.callbacks = callbacks;
    }

    /** What the templates show; no personal data. */
    record PageView(String id, String payee, String reference, String caseNumber, String purpose, String amount,
                    String returnUrl, String token, List<PaymentMethod> methods, String selectedMethod, String error) {
    }

    @GetMapping(EpayblSimulator.PAGE_PATH + "{id}")
    ModelAndView page(@PathVariable String id, HttpServletResponse response) {
        noStore(response);
        Optional<SimulatedPayment> record = simulator.find(id);
        if (record.isEmpty()) {
            return notFound();
        }
        return switch (record.get().getStatus()) {
            case OPEN -> payPage(record.get(), null, null, HttpStatus.OK);
            case PAID -> result(record.get(), true);
            case CANCELLED -> message(HttpStatus.GONE, "Zahlung nicht mehr möglich",
                    "Diese Gebühr kann nicht mehr bezahlt werden, weil die Zahlungsfrist abgelaufen ist. "
                            + "Es wurde nichts abgebucht.", record.get().getReturnUrl());
            case REFUNDED -> message(HttpStatus.GONE, "Zahlung erstattet",
                    "Diese Zahlung wurde Ihnen erstattet.", record.get().getReturnUrl());
        };
    }

    @PostMapping(EpayblSimulator.PAGE_PATH + "{id}")
    ModelAndView submit(@PathVariable String id, @RequestParam(name = "token", required = false) String token,
                  @RequestParam(name = "method", required = false) String method,
                  @RequestParam(name = "action", required = false) String action, HttpServletResponse response) {
        noStore(response);
        Optional<SimulatedPayment> record = simulator.find(id);
        if (record.isEmpty()) {
            return notFound();
        }
        if (!simulator.isValidPageToken(id, token)) {
            return message(HttpStatus.FORBIDDEN, "Anfrage abgelehnt",
                    "Diese Anfrage kam nicht von der Zahlungsseite und wurde deshalb nicht ausgeführt. "
                            + "Es wurde nichts abgebucht. Bitte öffnen Sie die Zahlungsseite erneut.", null);
        }
        if (ACTION_CANCEL.equals(action)) {
            simulator.abort(id);
            return back(record.get(), id + "/abgebrochen");
        }
        if (!ACTION_PAY.equals(action)) {
            return payPage(record.get(), method, "Bitte wählen Sie „Jetzt bezahlen“ oder „Abbrechen“.", HttpStatus.BAD_REQUEST);
        }
        Optional<PaymentMethod> chosen = PaymentMethod.parse(method);
        if (chosen.isEmpty()) {
            return payPage(record.get(), null, "Bitte wählen Sie eine Zahlungsart aus.", HttpStatus.BAD_REQUEST);
        }
        EpayblSimulator.PayOutcome outcome = simulator.pay(id, chosen.get());
        if (outcome == EpayblSimulator.PayOutcome.NOT_PAYABLE) {
            return message(HttpStatus.CONFLICT, "Zahlung nicht mehr möglich",
                    "Diese Gebühr kann nicht mehr bezahlt werden. Es wurde nichts abgebucht.", record.get().getReturnUrl());
        }
        SimulatedPayment paid = simulator.find(id).orElseThrow();
        if (paid.getCallbackOutcome() != SimulatedPayment.CallbackOutcome.DELIVERED) {
            callbacks.deliver(id);
        }
        return back(record.get(), id + "/erfolgreich");
    }

    @GetMapping(EpayblSimulator.PAGE_PATH + "{id}/erfolgreich")
    ModelAndView succeeded(@PathVariable String id, HttpServletResponse response) {
        noStore(response);
        Optional<SimulatedPayment> record = simulator.find(id);
        if (record.isEmpty()) {
            return notFound();
        }
        return record.get().getStatus() == SimulatedPayment.Status.PAID ? result(record.get(), true) : redirect(id);
    }

    @GetMapping(EpayblSimulator.PAGE_PATH + "{id}/abgebrochen")
    ModelAndView aborted(@PathVariable String id, HttpServletResponse response) {
        noStore(response);
        Optional<SimulatedPayment> record = simulator.find(id);
        if (record.isEmpty()) {
            return notFound();
        }
        return record.get().getStatus() == SimulatedPayment.Status.OPEN ? result(record.get(), false) : redirect(id);
    }

    private ModelAndView payPage(SimulatedPayment record, String selectedMethod, String error, HttpStatus status) {
        ModelAndView page = new ModelAndView("epayment/pay", status);
        page.addObject("page", view(record, selectedMethod, error));
        return page;
    }

    private ModelAndView result(SimulatedPayment record, boolean paid) {
        ModelAndView page = new ModelAndView("epayment/result", HttpStatus.OK);
        page.addObject("page", view(record, record.getMethod(), null));
        page.addObject("paid", paid);
        page.addObject("methodLabel", PaymentMethod.parse(record.getMethod()).map(PaymentMethod::label).orElse(null));
        return page;
    }

    private PageView view(SimulatedPayment record, String selectedMethod, String error) {
        return new PageView(record.getProviderPaymentId(), record.getPayee(), record.getReference(),
                record.getCaseNumber(), record.getPurpose(), euro(record.getAmount(), record.getCurrency()),
                record.getReturnUrl(), simulator.pageToken(record.getProviderPaymentId()), List.of(PaymentMethod.values()),
                PaymentMethod.parse(selectedMethod).map(PaymentMethod::name).orElse(null), error);
    }

    private static ModelAndView notFound() {
        return message(HttpStatus.NOT_FOUND, "Zahlung nicht gefunden",
                "Zu diesem Link gibt es keine Zahlung. Bitte nutzen Sie den Link aus Ihrem Antrag.", null);
    }

    private static ModelAndView message(HttpStatus status, String title, String text, String returnUrl) {
        ModelAndView page = new ModelAndView("epayment/message", status);
        page.addObject("title", title);
        page.addObject("text", text);
        page.addObject("returnUrl", returnUrl);
        return page;
    }

    /** Back to where the payment was started from (return URL given at creation), else to the platform's result page. */
    private static ModelAndView back(SimulatedPayment record, String resultPath) {
        if (record.getReturnUrl() == null) {
            return redirect(resultPath);
        }
        RedirectView redirect = new RedirectView(record.getReturnUrl(), record.getReturnUrl().startsWith("/"));
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    private static ModelAndView redirect(String pathAfterPagePath) {
        RedirectView redirect = new RedirectView(EpayblSimulator.PAGE_PATH + pathAfterPagePath, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }

    static String euro(BigDecimal amount, String currency) {
        String digits = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        int dot = digits.indexOf('.');
        String whole = digits.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return grouped + "," + digits.substring(dot + 1) + ("EUR".equals(currency) ? " €" : " " + currency);
    }
}
