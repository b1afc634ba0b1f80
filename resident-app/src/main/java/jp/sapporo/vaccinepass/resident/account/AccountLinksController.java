package jp.sapporo.vaccinepass.resident.account;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * E-mail verification and password reset. The reset request answers the same whether or
 * not the address is registered (no account discovery).
 */
@Controller
class AccountLinksController {

	private final Registration registration;

	private final AccountTokens tokens;

	private final AccountMail mail;

	private final PasswordEncoder passwordEncoder;

	AccountLinksController(Registration registration, AccountTokens tokens, AccountMail mail,
			PasswordEncoder passwordEncoder) {
		this.registration = registration;
		this.tokens = tokens;
		this.mail = mail;
		this.passwordEncoder = passwordEncoder;
	}

	@GetMapping("/verify-email")
	String verifyEmail(@RequestParam(required = false) String token, Model model) {
		Optional<Long> resident = this.tokens.use(token, "VERIFY_EMAIL");
		resident.ifPresent(this.registration::markEmailVerified);
		model.addAttribute("verified", resident.isPresent());
		return "account/email-verified";
	}

	@GetMapping("/password-reset")
	String resetForm() {
		return "account/reset-request";
	}

	@PostMapping("/password-reset")
	String requestReset(@RequestParam(required = false) String email, Locale locale, Model model) {
		String address = (email != null) ? email.strip() : "";
		if (address.isEmpty() || address.length() > 254) {
			model.addAttribute("emailError", true);
			return "account/reset-request";
		}
		this.registration.residentByEmail(address)
			.ifPresent((id) -> this.mail.sendPasswordReset(address, this.tokens.issue(id, "RESET_PASSWORD"), locale));
		model.addAttribute("sent", true);
		return "account/reset-request";
	}

	@GetMapping("/password-reset/new")
	String newPasswordForm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", this.tokens.usable(token, "RESET_PASSWORD"));
		return "account/reset-password";
	}

	@PostMapping("/password-reset/new")
	String setNewPassword(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
			Model model) {
		model.addAttribute("token", token);
		String passwordRule = SignUpController.passwordRule(password);
		if (passwordRule != null) {
			model.addAttribute("usable", this.tokens.usable(token, "RESET_PASSWORD"));
			model.addAttribute("passwordError", passwordRule);
			return "account/reset-password";
		}
		Optional<Long> resident = this.tokens.use(token, "RESET_PASSWORD");
		if (resident.isEmpty()) {
			model.addAttribute("usable", false);
			return "account/reset-password";
		}
		this.registration.changePassword(resident.get(), this.passwordEncoder.encode(password));
		return "redirect:/login?reset";
	}

	@GetMapping("/terms")
	String terms() {
		return "account/terms";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "account/privacy";
	}

}
