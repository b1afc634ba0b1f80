package jp.sapporo.vaccinepass.verifier.account;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.sapporo.vaccinepass.db.audit.AuditEntry;
import jp.sapporo.vaccinepass.db.audit.AuditLog;
import jp.sapporo.vaccinepass.verifier.api.ApiKeys;
import jp.sapporo.vaccinepass.verifier.api.ApiKeys.IssuedKey;
import jp.sapporo.vaccinepass.web.PlatformUser;
import jp.sapporo.vaccinepass.web.password.NotCommonPassword;
import jp.sapporo.vaccinepass.web.password.PasswordRules;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Agencies, agents, staff and API keys. A new API key is shown once, in the answer to its
 * issue; afterwards only its prefix is listed.
 */
@Controller
@RequestMapping("/staff/accounts")
class AccountController {

	private final JdbcClient jdbc;

	private final ApiKeys keys;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	AccountController(JdbcClient jdbc, ApiKeys keys, PasswordEncoder passwords, AuditLog audit) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.passwords = passwords;
		this.audit = audit;
	}

	@ModelAttribute("agencies")
	List<Map<String, Object>> agencies() {
		return this.jdbc.sql("""
				select a.id, a.name, a.registration_number, a.status,
				  (select count(*) from staff_account s where s.agency_id = a.id) as agents
				from travel_agency a order by a.name
				""").query().listOfRows();
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("accounts", this.jdbc.sql("""
				select s.id, s.username, s.display_name, s.role, s.enabled, a.name as agency
				from staff_account s left join travel_agency a on a.id = s.agency_id order by s.role, s.username
				""").query().listOfRows());
		model.addAttribute("keys", this.keys.all());
		if (!model.containsAttribute("agencyForm")) {
			model.addAttribute("agencyForm", new AgencyForm());
		}
		if (!model.containsAttribute("accountForm")) {
			model.addAttribute("accountForm", new AccountForm());
		}
		if (!model.containsAttribute("keyForm")) {
			model.addAttribute("keyForm", new KeyForm());
		}
		return "staff/accounts";
	}

	@PostMapping("/agencies")
	String addAgency(@AuthenticationPrincipal PlatformUser user,
			@Validated @ModelAttribute("agencyForm") AgencyForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				this.jdbc.sql(
						"insert into travel_agency (name, registration_number, contact_email) values (:name, :number, :email)")
					.param("name", form.getName().strip())
					.param("number", form.getRegistrationNumber().strip())
					.param("email", blankToNull(form.getContactEmail()))
					.update();
			}
			catch (DuplicateKeyException ex) {
				binding.rejectValue("registrationNumber", "account.duplicate");
			}
		}
		if (binding.hasErrors()) {
			return page(model);
		}
		this.audit.record(AuditEntry.staff(user.accountId(), user.getUsername(), "AGENCY_CREATED")
			.on("TRAVEL_AGENCY", form.getRegistrationNumber()));
		redirect.addFlashAttribute("done", "account.agency.created");
		return "redirect:/staff/accounts";
	}

	@PostMapping("/users")
	String addAccount(@AuthenticationPrincipal PlatformUser user,
			@Validated @ModelAttribute("accountForm") AccountForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		boolean agent = "TRAVEL_AGENT".equals(form.getRole());
		if (agent && form.getAgencyId() == null) {
			binding.rejectValue("agencyId", "account.agencyRequired");
		}
		if ("CITY_STAFF_LEAD".equals(form.getRole())
				&& !user.getAuthorities().stream().anyMatch((a) -> "ROLE_CITY_STAFF_LEAD".equals(a.getAuthority()))) {
			// only a lead may create another lead (least privilege)
			binding.rejectValue("role", "account.leadOnly");
		}
		if (binding.hasErrors()) {
			return page(model);
		}
		try {
			this.jdbc.sql("""
					insert into staff_account (username, password_hash, display_name, role, agency_id)
					values (:username, :hash, :name, :role, :agency)
					""")
				.param("username", form.getUsername().strip())
				.param("hash", this.passwords.encode(form.getPassword()))
				.param("name", form.getDisplayName().strip())
				.param("role", form.getRole())
				.param("agency", agent ? form.getAgencyId() : null, java.sql.Types.BIGINT)
				.update();
		}
		catch (DuplicateKeyException ex) {
			binding.rejectValue("username", "account.duplicate");
			return page(model);
		}
		this.audit.record(AuditEntry.staff(user.accountId(), user.getUsername(), "ACCOUNT_CREATED")
			.on("STAFF_ACCOUNT", form.getUsername().strip())
			.with(Map.of("role", form.getRole())));
		redirect.addFlashAttribute("done", "account.user.created");
		return "redirect:/staff/accounts";
	}

	@PostMapping("/users/{id}/enabled")
	String setEnabled(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, boolean enabled,
			RedirectAttributes redirect) {
		// nobody disables themselves; only a lead enables or disables a lead
		if (id != user.accountId()) {
			int updated = this.jdbc.sql("""
					update staff_account set enabled = :enabled
					where id = :id and (role <> 'CITY_STAFF_LEAD' or :lead)
					""").param("enabled", enabled).param("id", id).param("lead", isLead(user)).update();
			if (updated == 1) {
				this.audit.record(AuditEntry
					.staff(user.accountId(), user.getUsername(), enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED")
					.on("STAFF_ACCOUNT", id));
			}
		}
		return "redirect:/staff/accounts";
	}

	@PostMapping("/keys")
	String issueKey(@AuthenticationPrincipal PlatformUser user, @Validated @ModelAttribute("keyForm") KeyForm form,
			BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return page(model);
		}
		IssuedKey key = this.keys.issue(form.getAgencyId(), form.getLabel().strip(), user.accountId());
		this.audit.record(AuditEntry.staff(user.accountId(), user.getUsername(), "API_KEY_ISSUED")
			.on("API_KEY", key.prefix())
			.with(Map.of("agencyId", form.getAgencyId())));
		// shown once, in the answer to this request only: not through a redirect, whose
		// flash
		// attribute would put the plain key in the session table until the next page
		model.addAttribute("issuedKey", key);
		return page(model);
	}

	@PostMapping("/keys/{id}/revoke")
	String revokeKey(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, RedirectAttributes redirect) {
		if (this.keys.revoke(id, user.accountId())) {
			this.audit
				.record(AuditEntry.staff(user.accountId(), user.getUsername(), "API_KEY_REVOKED").on("API_KEY", id));
			redirect.addFlashAttribute("done", "account.key.revoked.done");
		}
		return "redirect:/staff/accounts#keys";
	}

	private static boolean isLead(PlatformUser user) {
		return user.getAuthorities().stream().anyMatch((a) -> "ROLE_CITY_STAFF_LEAD".equals(a.getAuthority()));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** A new travel agency. */
	static class AgencyForm {

		@NotBlank
		@Size(max = 200)
		private String name;

		@NotBlank
		@Size(max = 40)
		private String registrationNumber;

		@Email
		@Size(max = 254)
		private String contactEmail;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getRegistrationNumber() {
			return this.registrationNumber;
		}

		public void setRegistrationNumber(String registrationNumber) {
			this.registrationNumber = registrationNumber;
		}

		public String getContactEmail() {
			return this.contactEmail;
		}

		public void setContactEmail(String contactEmail) {
			this.contactEmail = contactEmail;
		}

	}

	/** A new agent or staff account. */
	static class AccountForm {

		@NotBlank
		@Size(max = 254)
		private String username;

		@NotBlank
		@Size(max = 100)
		private String displayName;

		@Pattern(regexp = "TRAVEL_AGENT|CITY_STAFF|CITY_STAFF_LEAD")
		private String role = "TRAVEL_AGENT";

		private Long agencyId;

		@NotBlank
		@Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH)
		@NotCommonPassword
		private String password;

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getDisplayName() {
			return this.displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public Long getAgencyId() {
			return this.agencyId;
		}

		public void setAgencyId(Long agencyId) {
			this.agencyId = agencyId;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

	/** A new API key. */
	static class KeyForm {

		@NotNull
		private Long agencyId;

		@NotBlank
		@Size(max = 100)
		private String label;

		public Long getAgencyId() {
			return this.agencyId;
		}

		public void setAgencyId(Long agencyId) {
			this.agencyId = agencyId;
		}

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

	}

}
