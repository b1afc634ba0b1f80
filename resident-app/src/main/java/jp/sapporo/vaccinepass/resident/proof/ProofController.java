package jp.sapporo.vaccinepass.resident.proof;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.sapporo.vaccinepass.db.proof.ProofClaims;
import jp.sapporo.vaccinepass.db.proof.ProofCodeSigner;
import jp.sapporo.vaccinepass.web.PlatformUser;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one-time proof page. Another resident, another session or another device gets 404,
 * exactly like a proof that does not exist. Never cached, never indexed.
 */
@Controller
class ProofController {

	private final ProofPage page;

	private final ProofCodeSigner signer;

	private final Clock clock;

	private final MessageSource messages;

	ProofController(ProofPage page, ProofCodeSigner signer, Clock clock, MessageSource messages) {
		this.page = page;
		this.signer = signer;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/p/{token}")
	String proof(@PathVariable String token, @AuthenticationPrincipal PlatformUser resident, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		return this.page.show(token, resident, request, response, locale, model);
	}

	/**
	 * The signed proof code as a QR image. It is a separate request, loaded when the code
	 * is opened on the page: signing and drawing cost more than the rest of the page, and
	 * the shop's staff look at the name, photo and time first.
	 */
	@GetMapping(path = "/p/{token}/code.svg", produces = "image/svg+xml;charset=UTF-8")
	@ResponseBody
	String code(@PathVariable String token, @AuthenticationPrincipal PlatformUser resident, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		ProofPage.noStore(response);
		ProofView proof = this.page.find(token, resident, request);
		if (!Instant.now(this.clock).isBefore(proof.expiresAt())) {
			throw new ResponseStatusException(HttpStatus.GONE);
		}
		String code = this.signer.sign(new ProofClaims(proof.proofId(), proof.storeId(), proof.storeNameJa(),
				proof.programmeId(), proof.basis(), proof.scannedAt(), proof.expiresAt()));
		return ProofQr.svg(code, this.messages.getMessage("proof.code.label", null, locale));
	}

	/** The server's time for the page's live clock, and whether the proof still holds. */
	@GetMapping("/p/{token}/status")
	@ResponseBody
	Map<String, Object> status(@PathVariable String token, @AuthenticationPrincipal PlatformUser resident,
			HttpServletRequest request, HttpServletResponse response) {
		ProofPage.noStore(response);
		ProofView proof = this.page.find(token, resident, request);
		Instant now = Instant.now(this.clock);
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("now", now.toEpochMilli());
		status.put("expiresAt", proof.expiresAt().toEpochMilli());
		status.put("expired", !now.isBefore(proof.expiresAt()));
		return status;
	}

}
