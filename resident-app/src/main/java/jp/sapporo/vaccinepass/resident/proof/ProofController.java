package jp.sapporo.vaccinepass.resident.proof;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.sapporo.vaccinepass.db.proof.ProofClaims;
import jp.sapporo.vaccinepass.db.proof.ProofCodeSigner;
import jp.sapporo.vaccinepass.web.PlatformUser;
import jp.sapporo.vaccinepass.web.PlatformWebAutoConfiguration;

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

	private final ProofService proofs;

	private final ProofCodeSigner signer;

	private final Clock clock;

	private final MessageSource messages;

	ProofController(ProofService proofs, ProofCodeSigner signer, Clock clock, MessageSource messages) {
		this.proofs = proofs;
		this.signer = signer;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/p/{token}")
	String proof(@PathVariable String token, @AuthenticationPrincipal PlatformUser resident, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		noStore(response);
		ProofView proof = find(token, resident, request);
		Instant now = Instant.now(this.clock);
		model.addAttribute("storeName", proof.storeName(locale));
		model.addAttribute("scannedAt", ZonedDateTime.ofInstant(proof.scannedAt(), PlatformWebAutoConfiguration.JAPAN));
		if (!now.isBefore(proof.expiresAt())) {
			response.setStatus(HttpStatus.GONE.value());
			return "proof/expired";
		}
		model.addAttribute("proof", proof);
		model.addAttribute("token", token);
		model.addAttribute("expiresAt", ZonedDateTime.ofInstant(proof.expiresAt(), PlatformWebAutoConfiguration.JAPAN));
		model.addAttribute("serverNow", now.toEpochMilli());
		model.addAttribute("expiresAtMillis", proof.expiresAt().toEpochMilli());
		return "proof/proof";
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
		noStore(response);
		ProofView proof = find(token, resident, request);
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
		noStore(response);
		ProofView proof = find(token, resident, request);
		Instant now = Instant.now(this.clock);
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("now", now.toEpochMilli());
		status.put("expiresAt", proof.expiresAt().toEpochMilli());
		status.put("expired", !now.isBefore(proof.expiresAt()));
		return status;
	}

	private ProofView find(String token, PlatformUser resident, HttpServletRequest request) {
		var session = request.getSession(false);
		if (session == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.proofs.proof(token, resident.accountId(), session.getId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Pragma", "no-cache");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
	}

}
