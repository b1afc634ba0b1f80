package jp.sapporo.vaccinepass.resident.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.sapporo.vaccinepass.web.password.PasswordRules;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;

/**
 * Sign-up with an e-mail address, or as a visitor with a passport. The resident is signed
 * in at once and continues where they were going (e.g. the poster they scanned).
 */
@Controller
class SignUpController {

	static final String VISITOR = "VISITOR";

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PASSPORT = Pattern.compile("[A-Za-z0-9]{5,20}");

	private final Registration registration;

	private final Municipalities municipalities;

	private final PasswordEncoder passwordEncoder;

	private final UserDetailsService accounts;

	private final AccountTokens tokens;

	private final AccountMail mail;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final RequestCache requestCache = new HttpSessionRequestCache();

	SignUpController(Registration registration, Municipalities municipalities, PasswordEncoder passwordEncoder,
			UserDetailsService accounts, AccountTokens tokens, AccountMail mail, Clock clock) {
		this.registration = registration;
		this.municipalities = municipalities;
		this.passwordEncoder = passwordEncoder;
		this.accounts = accounts;
		this.tokens = tokens;
		this.mail = mail;
		this.clock = clock;
	}

	@InitBinder("signUpForm")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setDisallowedFields("id");
	}

	@GetMapping("/signup")
	String form(@ModelAttribute SignUpForm signUpForm, Locale locale, Model model) {
		return page(locale, model);
	}

	@PostMapping("/signup")
	String signUp(@ModelAttribute SignUpForm form, BindingResult errors, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		boolean passport = "PASSPORT".equals(form.getIdentity());
		if (!passport && !"EMAIL".equals(form.getIdentity())) {
			errors.rejectValue("identity", "signup.identity.required");
		}
		if (form.getEmail() != null && (form.getEmail().length() > 254 || !EMAIL.matcher(form.getEmail()).matches())) {
			errors.rejectValue("email", "signup.email.invalid");
		}
		else if (form.getEmail() == null && !passport) {
			errors.rejectValue("email", "signup.email.required");
		}
		else if (form.getEmail() != null && this.registration.loginNameTaken(form.getEmail())) {
			errors.rejectValue("email", "signup.email.taken");
		}
		if (passport) {
			if (!Countries.exists(form.getPassportCountry())) {
				errors.rejectValue("passportCountry", "signup.passportCountry.required");
			}
			if (form.getPassportNumber() == null || !PASSPORT.matcher(form.getPassportNumber()).matches()) {
				errors.rejectValue("passportNumber", "signup.passportNumber.invalid");
			}
			else if (this.registration.loginNameTaken(form.getPassportNumber())) {
				errors.rejectValue("passportNumber", "signup.passportNumber.taken");
			}
		}
		String passwordRule = passwordRule(form.getPassword());
		if (passwordRule != null) {
			errors.rejectValue("password", passwordRule);
		}
		if (form.getFullName() == null || form.getFullName().length() > 200) {
			errors.rejectValue("fullName", "signup.fullName.required");
		}
		if (form.getNameKana() != null && form.getNameKana().length() > 200) {
			errors.rejectValue("nameKana", "signup.nameKana.tooLong");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (!errors.hasFieldErrors("birthDate")) {
			if (form.getBirthDate() == null) {
				errors.rejectValue("birthDate", "signup.birthDate.required");
			}
			else if (form.getBirthDate().isAfter(today) || form.getBirthDate().isBefore(LocalDate.of(1900, 1, 1))) {
				errors.rejectValue("birthDate", "signup.birthDate.invalid");
			}
		}
		if (form.getHome() == null || !(VISITOR.equals(form.getHome()) || this.municipalities.exists(form.getHome()))) {
			errors.rejectValue("home", "signup.home.required");
		}
		if (!form.isAcceptTerms()) {
			errors.rejectValue("acceptTerms", "signup.acceptTerms.required");
		}
		if (!form.isAcceptPrivacy()) {
			errors.rejectValue("acceptPrivacy", "signup.acceptPrivacy.required");
		}
		if (errors.hasErrors()) {
			form.setPassword(null);
			return page(locale, model);
		}
		NewResident resident = new NewResident(form.getEmail(), passport ? form.getPassportCountry() : null,
				passport ? form.getPassportNumber().toUpperCase(Locale.ROOT) : null,
				this.passwordEncoder.encode(form.getPassword()), form.getFullName(), form.getNameKana(),
				form.getBirthDate(), VISITOR.equals(form.getHome()) ? null : form.getHome(), locale.getLanguage());
		long id;
		try {
			id = this.registration.register(resident);
		}
		catch (DuplicateKeyException ex) {
			// a concurrent sign-up with the same e-mail address or passport won
			errors.reject("signup.duplicate");
			form.setPassword(null);
			return page(locale, model);
		}
		if (resident.email() != null) {
			this.mail.sendVerification(resident.email(), this.tokens.issue(id, "VERIFY_EMAIL"), locale);
		}
		signIn(passport ? resident.passportNumber() : resident.email(), request, response);
		SavedRequest saved = this.requestCache.getRequest(request, response);
		if (saved != null) {
			this.requestCache.removeRequest(request, response);
			return "redirect:" + saved.getRedirectUrl();
		}
		return "redirect:/?welcome";
	}

	private void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
		UserDetails user = this.accounts.loadUserByUsername(username);
		if (request.getSession(false) != null) {
			// a new session id after sign-in (session fixation)
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	/**
	 * The password rules of sign-up and reset (docs/security.md, "Logins").
	 * @param password a new password
	 * @return the message key of the rule it breaks, or {@code null}
	 */
	static String passwordRule(String password) {
		if (password == null || password.length() < PasswordRules.MIN_LENGTH
				|| password.length() > PasswordRules.MAX_LENGTH) {
			return "signup.password.invalid";
		}
		return PasswordRules.isCommon(password) ? "password.common" : null;
	}

	private String page(Locale locale, Model model) {
		model.addAttribute("municipalities", this.municipalities.options(locale));
		model.addAttribute("countries", Countries.options(locale));
		return "account/signup";
	}

}
