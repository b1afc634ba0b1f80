package jp.sapporo.vaccinepass.resident.proof;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.sapporo.vaccinepass.web.PlatformUser;
import jp.sapporo.vaccinepass.web.PlatformWebAutoConfiguration;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * The proof page, shown at its own URL ({@code GET /p/{token}}) and directly in the
 * answer to the scan that made the proof: a scan at the shop door is then one request,
 * not a redirect and a second request. The page names its own URL in
 * {@code Content-Location}, and the browser puts that URL in the address bar, so that a
 * reload shows the same proof instead of scanning again.
 */
@Component
public class ProofPage {

	private static final DateTimeFormatter SCAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(PlatformWebAutoConfiguration.JAPAN);

	private static final DateTimeFormatter VALID_UNTIL = DateTimeFormatter.ofPattern("HH:mm")
		.withZone(PlatformWebAutoConfiguration.JAPAN);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private final ProofService proofs;

	private final Clock clock;

	private final MessageSource messages;

	ProofPage(ProofService proofs, Clock clock, MessageSource messages) {
		this.proofs = proofs;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * Fill the model for a proof of this resident's session.
	 * @param token the proof's URL token
	 * @param resident the signed-in resident
	 * @param request the request (its session must be the one that scanned)
	 * @param response the response: no-store, not indexed, 410 when expired
	 * @param locale the page language
	 * @param model the view model
	 * @return the view name
	 * @throws ResponseStatusException 404 when there is no such proof for this session
	 */
	public String show(String token, PlatformUser resident, HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model) {
		return show(find(token, resident, request), token, request, response, locale, model);
	}

	/**
	 * Fill the model for a proof the scan of this request has just made.
	 * @param proof the proof
	 * @param token its URL token
	 * @param request the request
	 * @param response the response: no-store, not indexed, 410 when expired
	 * @param locale the page language
	 * @param model the view model
	 * @return the view name
	 */
	public String show(ProofView proof, String token, HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model) {
		noStore(response);
		Instant now = Instant.now(this.clock);
		model.addAttribute("storeName", proof.storeName(locale));
		if (!now.isBefore(proof.expiresAt())) {
			model.addAttribute("scannedAt",
					ZonedDateTime.ofInstant(proof.scannedAt(), PlatformWebAutoConfiguration.JAPAN));
			response.setStatus(HttpStatus.GONE.value());
			return "proof/expired";
		}
		String proofUrl = request.getContextPath() + "/p/" + token;
		response.setHeader("Content-Location", proofUrl);
		// values ready to print: the proof page is the scan's answer, and plain values
		// render at a fraction of the cost of property paths and formatting calls
		model.addAttribute("proofUrl", proofUrl);
		model.addAttribute("statusUrl", proofUrl + "/status");
		model.addAttribute("codeUrl", proofUrl + "/code.svg");
		model.addAttribute("scannedAtText", SCAN_TIME.format(proof.scannedAt()));
		model.addAttribute("validUntil", VALID_UNTIL.format(proof.expiresAt()));
		model.addAttribute("fullName", proof.fullName());
		model.addAttribute("hasPhoto", proof.hasPhoto());
		model.addAttribute("doseCount", proof.doses().size());
		model.addAttribute("doseLines",
				proof.doses()
					.stream()
					.map((dose) -> this.messages.getMessage("proof.dose",
							new Object[] { dose.number(), DATE.format(dose.date()) }, locale))
					.toList());
		model.addAttribute("serverNow", now.toEpochMilli());
		model.addAttribute("expiresAtMillis", proof.expiresAt().toEpochMilli());
		return "proof/proof";
	}

	ProofView find(String token, PlatformUser resident, HttpServletRequest request) {
		var session = request.getSession(false);
		if (session == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.proofs.proof(token, resident.accountId(), session.getId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * A page about a resident's scan or proof: never cached, never indexed.
	 * @param response the response
	 */
	public static void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Pragma", "no-cache");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
	}

}
