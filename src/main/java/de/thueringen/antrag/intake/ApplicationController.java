package de.thueringen.antrag.intake;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import de.thueringen.antrag.web.ApiController;
import de.thueringen.antrag.web.PublicAddresses;

/** {@code POST /api/v1/applications}: submit an application (see README for the format). */
@ApiController
class ApplicationController {

    private final IntakeService intake;
    private final PublicAddresses addresses;

    ApplicationController(IntakeService intake, PublicAddresses addresses) {
        this.intake = intake;
        this.addresses = addresses;
    }

    record Response(String caseNumber, String status, String statusText, String authority, String trackingUrl) {
    }

    @PostMapping(path = "/api/v1/applications", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Response> submit(@RequestBody SubmissionRequest request) {
        SubmissionReceipt receipt = intake.submit(request);
        URI tracking = URI.create(addresses.portal("/api/v1/tracking/" + receipt.trackingToken()));
        return ResponseEntity.created(tracking).body(new Response(receipt.caseNumber(), receipt.status().name(),
                receipt.status().germanLabel(), receipt.authorityName(), tracking.toString()));
    }
}
