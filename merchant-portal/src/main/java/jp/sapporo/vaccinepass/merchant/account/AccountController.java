package jp.sapporo.vaccinepass.merchant.account;

import java.util.Locale;

import jakarta.validation.Valid;
import jp.sapporo.vaccinepass.web.PlatformUser;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-up, e-mail verification, password reset and the profile page. */
@Controller
class AccountController {

	private final MerchantAccounts accounts;

	AccountController(MerchantAccounts accounts) {
		this.accounts = accounts;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.registerCustomEditor(String.class, "email", new StringTrimmerEditor(false));
	}

	@GetMapping("/signup")
	String signupForm(@ModelAttribute("form") SignupForm form) {
		return "account/signup";
	}

	@PostMapping("/signup")
	String signup(@Valid @ModelAttribute("form") SignupForm form, BindingResult result, Locale locale) {
		if (!result.hasErrors() && !this.accounts.register(form, locale)) {
			result.rejectValue("email", "signup.emailTaken");
		}
		if (result.hasErrors()) {
			form.setPassword(null);
			form.setPasswordRepeat(null);
			return "account/signup";
		}
		return "redirect:/signup/sent";
	}

	@GetMapping("/signup/sent")
	String signupSent() {
		return "account/signup-sent";
	}

	@GetMapping("/verify")
	String verify(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("verified", this.accounts.verify(token));
		return "account/verified";
	}

	@GetMapping("/password/forgot")
	String forgotForm() {
		return "account/password-forgot";
	}

	@PostMapping("/password/forgot")
	String forgot(@RequestParam(required = false) String email, Model model, Locale locale) {
		if (email == null || email.isBlank() || email.length() > 254 || !email.contains("@")) {
			model.addAttribute("emailError", true);
			return "account/password-forgot";
		}
		this.accounts.requestReset(email, locale);
		return "redirect:/password/sent";
	}

	@GetMapping("/password/sent")
	String resetSent() {
		return "account/password-sent";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(required = false) String token, Model model) {
		if (token == null || !this.accounts.resetUsable(token)) {
			model.addAttribute("invalid", true);
		}
		PasswordResetForm form = new PasswordResetForm();
		form.setToken(token);
		model.addAttribute("form", form);
		return "account/password-reset";
	}

	@PostMapping("/password/reset")
	String reset(@Valid @ModelAttribute("form") PasswordResetForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "account/password-reset";
		}
		if (!this.accounts.resetPassword(form.getToken(), form.getPassword())) {
			model.addAttribute("invalid", true);
			return "account/password-reset";
		}
		return "redirect:/login?reset";
	}

	@GetMapping("/profile")
	String profile(@AuthenticationPrincipal PlatformUser merchant, Model model) {
		model.addAttribute("form", this.accounts.profile(merchant.accountId()));
		model.addAttribute("email", this.accounts.email(merchant.accountId()));
		return "account/profile";
	}

	@PostMapping("/profile")
	String saveProfile(@AuthenticationPrincipal PlatformUser merchant, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("email", this.accounts.email(merchant.accountId()));
			return "account/profile";
		}
		this.accounts.updateProfile(merchant.accountId(), form);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/profile";
	}

}
