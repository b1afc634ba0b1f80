package jp.sapporo.vaccinepass.resident.scan;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.sapporo.vaccinepass.resident.proof.ProofPage;
import jp.sapporo.vaccinepass.web.PlatformUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the poster QR opens. Not signed in: Spring Security sends the resident to the
 * login page and back to this same scan afterwards (its saved request).
 */
@Controller
class ScanController {

	private final ScanService scans;

	private final ProofPage proofPage;

	ScanController(ScanService scans, ProofPage proofPage) {
		this.scans = scans;
		this.proofPage = proofPage;
	}

	@GetMapping("/s/{token}")
	String scan(@PathVariable String token, @AuthenticationPrincipal PlatformUser resident, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		ProofPage.noStore(response);
		ScanResult result = this.scans.scan(token, resident.accountId(), request.getSession().getId());
		if (result.outcome() == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "scan/unknown";
		}
		model.addAttribute("storeName", storeName(result, locale));
		switch (result.outcome()) {
			case PROOF_ISSUED -> {
				return (result.proof() != null)
						? this.proofPage.show(result.proof(), result.proofToken(), request, response, locale, model)
						: this.proofPage.show(result.proofToken(), resident, request, response, locale, model);
			}
			case POSTER_REPLACED, POSTER_WITHDRAWN -> {
				response.setStatus(HttpStatus.GONE.value());
				return "scan/poster-ended";
			}
			case NOT_IN_FORCE -> {
				return "scan/not-in-force";
			}
			case RECORD_NOT_VERIFIED -> {
				model.addAttribute("recordStatus", result.recordStatus());
				return "scan/record-not-verified";
			}
			default -> {
				model.addAttribute("eligibleFrom", result.eligibleFrom());
				List<String> reasons = result.reasons().stream().map((reason) -> reason.message(locale)).toList();
				model.addAttribute("reasons", reasons);
				return "scan/not-eligible";
			}
		}
	}

	static String storeName(ScanResult result, Locale locale) {
		return ("en".equals(locale.getLanguage()) && result.storeNameEn() != null) ? result.storeNameEn()
				: result.storeNameJa();
	}

}
