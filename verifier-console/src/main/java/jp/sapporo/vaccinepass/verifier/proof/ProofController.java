package jp.sapporo.vaccinepass.verifier.proof;

import jp.sapporo.vaccinepass.web.PlatformUser;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** Agents and staff check a proof code: camera (jsQR in the browser) or pasted text. */
@Controller
class ProofController {

	private final ProofCodes codes;

	ProofController(ProofCodes codes) {
		this.codes = codes;
	}

	@GetMapping("/proof")
	String form() {
		return "proof/check";
	}

	@PostMapping("/proof")
	String check(@AuthenticationPrincipal PlatformUser user, @RequestParam(defaultValue = "") String code, Model model,
			HttpServletResponse response) {
		if (code.isBlank()) {
			model.addAttribute("missing", true);
			return "proof/check";
		}
		// the page holds a face photo: never cached
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("presented", this.codes.present(code.strip(), user));
		return "proof/check";
	}

}
