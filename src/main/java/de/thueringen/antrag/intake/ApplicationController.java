package de.thueringen.antrag.intake;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import de.thueringen.antrag.web.ApiController;

/** {@code POST /api/v1/applications}: submit an application (see README for the format). */
@ApiController
class ApplicationController {

    private final IntakeService intake;

    ApplicationController(IntakeService intake) {
        this.intake = intake;
    }

    record Response(String caseNumber, String status, String statusText, String authority, String trackingUrl) {
    }

    @PostMapping(path = "/api/v1/applications", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Response> submit(@RequestBody SubmissionRequest request) {
        SubmissionReceipt receipt = intake.submit(request);
        URI tracking = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/tracking/{token}").buildAndExpand(receipt.trackingToken()).toUri();
        return ResponseEntity.created(tracking).body(new Response(receipt.caseNumber(), receipt.status().name(),
                receipt.status().germanLabel(), receipt.authorityName(), tracking.toString()));
    }
}
