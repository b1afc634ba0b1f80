package jp.sapporo.vaccinepass.verifier.api;

import java.util.Locale;

import jp.sapporo.vaccinepass.rules.Decision;
import jp.sapporo.vaccinepass.rules.EligibilityRequest;
import jp.sapporo.vaccinepass.rules.InvalidRequestException;
import jp.sapporo.vaccinepass.rules.json.EligibilityJson;
import jp.sapporo.vaccinepass.verifier.api.ApiKeys.ApiClient;
import jp.sapporo.vaccinepass.verifier.check.EligibilityChecks;
import jp.sapporo.vaccinepass.verifier.programme.ProgrammeSettings;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/eligibility}: the contract of
 * {@code shared/contracts/eligibility.md} for booking systems. The request and the
 * decision are the rules engine's own JSON; the programme runs as the city set it (local
 * period, suspension). Every call is kept as a check of the key's agency.
 */
@RestController
class EligibilityApiController {

	private static final MediaType JSON = MediaType.APPLICATION_JSON;

	/** A booking of 50 people with every document is far below this. */
	private static final int MAX_BODY_CHARS = 256 * 1024;

	private final ProgrammeSettings programmes;

	private final EligibilityChecks checks;

	EligibilityApiController(ProgrammeSettings programmes, EligibilityChecks checks) {
		this.programmes = programmes;
		this.checks = checks;
	}

	@PostMapping(path = "/api/v1/eligibility", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> evaluate(@AuthenticationPrincipal ApiClient client,
			@RequestBody(required = false) String body,
			@RequestHeader(name = "X-Booking-Reference", required = false) String bookingReference,
			@RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
		Locale locale = language(acceptLanguage);
		if (body != null && body.length() > MAX_BODY_CHARS) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.contentType(JSON)
				.body(ApiErrors.body("REQUEST_TOO_LARGE", "The request is larger than 256 KiB."));
		}
		if (bookingReference != null && bookingReference.length() > 60) {
			return ResponseEntity.badRequest()
				.contentType(JSON)
				.body(ApiErrors.body("INVALID_VALUE", "X-Booking-Reference is longer than 60 characters."));
		}
		try {
			EligibilityRequest request = EligibilityJson.parseRequest(body);
			Decision decision = this.programmes.evaluate(request);
			String decisionJson = EligibilityJson.writeDecision(decision, locale);
			this.checks.saveApi(client.agencyId(), client.keyId(), bookingReference, request, body, decision,
					decisionJson);
			return ResponseEntity.ok().contentType(JSON).cacheControl(CacheControl.noStore()).body(decisionJson);
		}
		catch (InvalidRequestException ex) {
			return ResponseEntity.badRequest().contentType(JSON).body(EligibilityJson.writeError(ex, locale));
		}
	}

	@GetMapping(path = ApiSecurityConfiguration.OPENAPI_PATH, produces = "application/yaml")
	ResponseEntity<Resource> openApi() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/yaml"))
			.body(new ClassPathResource("api/openapi.yaml"));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<String> unsupported() {
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.contentType(JSON)
			.body(ApiErrors.body("UNSUPPORTED_MEDIA_TYPE", "Send the request as application/json."));
	}

	/** Japanese unless the caller asks for English or Chinese. */
	static Locale language(String acceptLanguage) {
		if (acceptLanguage != null) {
			String first = acceptLanguage.strip().toLowerCase(Locale.ROOT);
			if (first.startsWith("en")) {
				return Locale.ENGLISH;
			}
			if (first.startsWith("zh")) {
				return Locale.CHINESE;
			}
		}
		return Locale.JAPANESE;
	}

}
