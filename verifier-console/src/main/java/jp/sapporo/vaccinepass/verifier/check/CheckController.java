package jp.sapporo.vaccinepass.verifier.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jp.sapporo.vaccinepass.rules.Decision;
import jp.sapporo.vaccinepass.rules.EligibilityRequest;
import jp.sapporo.vaccinepass.rules.InvalidRequestException;
import jp.sapporo.vaccinepass.rules.json.EligibilityJson;
import jp.sapporo.vaccinepass.verifier.check.EligibilityChecks.StoredCheck;
import jp.sapporo.vaccinepass.verifier.programme.ProgrammeSettings;
import jp.sapporo.vaccinepass.verifier.proof.ProofCodes;
import jp.sapporo.vaccinepass.web.PlatformUser;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;

/**
 * The agent's booking check: type the booking, add or remove travellers (server-side, so
 * it works without script), see the result, save it, list and print saved checks.
 */
@Controller
@RequestMapping("/agent/checks")
class CheckController {

	private static final int PAGE_SIZE = 50;

	private static final java.util.regex.Pattern PERSON = java.util.regex.Pattern.compile("people\\[(\\d+)]");

	private final ProgrammeSettings programmes;

	private final EligibilityChecks checks;

	private final CheckPdf pdf;

	private final SmartValidator validator;

	private final ProofCodes proofCodes;

	private final MessageSource messages;

	CheckController(ProgrammeSettings programmes, EligibilityChecks checks, CheckPdf pdf, SmartValidator validator,
			ProofCodes proofCodes, MessageSource messages) {
		this.messages = messages;
		this.programmes = programmes;
		this.checks = checks;
		this.pdf = pdf;
		this.validator = validator;
		this.proofCodes = proofCodes;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
	}

	@ModelAttribute("programmeOptions")
	List<ProgrammeOption> programmeOptions(Locale locale) {
		return this.programmes.engine()
			.programmes()
			.stream()
			.map((p) -> new ProgrammeOption(p.id(), p.name().in(locale)))
			.toList();
	}

	@GetMapping
	String list(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int safePage = Math.max(0, page);
		List<EligibilityChecks.CheckSummary> rows = this.checks.search(user.agencyId(), q, from, to, PAGE_SIZE + 1,
				safePage * PAGE_SIZE);
		model.addAttribute("checks", rows.subList(0, Math.min(PAGE_SIZE, rows.size())));
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		model.addAttribute("page", safePage);
		model.addAttribute("q", q);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "check/list";
	}

	@GetMapping("/new")
	String newCheck(@RequestParam(required = false) String programme, Model model) {
		CheckForm form = new CheckForm();
		if (programme != null && this.programmes.engine().programme(programme).isPresent()) {
			form.setProgramme(programme);
		}
		applyProgrammeDefaults(form);
		model.addAttribute("checkForm", form);
		return "check/form";
	}

	@PostMapping("/new")
	String submit(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("checkForm") CheckForm form,
			BindingResult binding, @RequestParam(defaultValue = "evaluate") String action, Locale locale, Model model) {
		if ("add".equals(action)) {
			form.addTraveller();
			return "check/form";
		}
		if (action.startsWith("remove-")) {
			form.removeTraveller(parseIndex(action.substring("remove-".length())));
			return "check/form";
		}
		if (action.startsWith("proof-")) {
			readProofCode(form, parseIndex(action.substring("proof-".length())), user, binding);
			return "check/form";
		}
		if ("defaults".equals(action)) {
			applyProgrammeDefaults(form);
			return "check/form";
		}
		// typed values stay as they are while travellers are added or removed; they are
		// checked now
		this.validator.validate(form, binding);
		if (form.getTripStart() != null && form.getTripEnd() != null
				&& form.getTripEnd().isBefore(form.getTripStart())) {
			binding.rejectValue("tripEnd", "check.tripEnd.beforeStart");
		}
		if (form.getTripStart() != null && !this.checks.acceptsEvidence(form.getTripStart())) {
			// Shinshu: documents cannot be submitted later; a check not passed by the
			// start date stays failed
			binding.rejectValue("tripStart", "check.tripStart.started");
		}
		if (binding.hasErrors()) {
			return "check/form";
		}
		EligibilityRequest request = BookingRequests.toRequest(form);
		Decision decision;
		try {
			decision = this.programmes.evaluate(request);
		}
		catch (InvalidRequestException ex) {
			String message = whose(ex, locale) + ex.message(locale);
			binding.reject("check.invalid", new Object[] { message }, message);
			return "check/form";
		}
		String decisionJson = EligibilityJson.writeDecision(decision, locale);
		if ("save".equals(action)) {
			long id = this.checks.saveWeb(user.agencyId(), user.accountId(), form.getBookingReference(), request,
					form.getTripEnd(), BookingRequests.toStoredJson(request, form), decision, decisionJson);
			return "redirect:/agent/checks/" + id + "?saved";
		}
		model.addAttribute("result", CheckResult.of(BookingRequests.JSON.readTree(decisionJson), names(form)));
		return "check/form";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, Model model) {
		StoredCheck check = find(user, id);
		model.addAttribute("check", check);
		model.addAttribute("result", result(check));
		model.addAttribute("acceptsEvidence", this.checks.acceptsEvidence(check.referenceDate()));
		return "check/show";
	}

	@GetMapping("/{id}/amend")
	String amend(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		StoredCheck check = find(user, id);
		CheckForm form = BookingRequests.formOf(check.requestJson());
		if (form == null || !this.checks.acceptsEvidence(check.referenceDate())) {
			redirect.addFlashAttribute("amendRefused", true);
			return "redirect:/agent/checks/" + id;
		}
		model.addAttribute("checkForm", form);
		return "check/form";
	}

	@GetMapping("/{id}/record.pdf")
	ResponseEntity<byte[]> record(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, Locale locale) {
		StoredCheck check = find(user, id);
		byte[] document = this.pdf.render(check, result(check), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("eligibility-check-" + id + ".pdf").build().toString())
			.body(document);
	}

	private StoredCheck find(PlatformUser user, long id) {
		// another agency's check is "not found", not "forbidden": its existence is not
		// disclosed
		return this.checks.find(user.agencyId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private CheckResult result(StoredCheck check) {
		CheckForm form = BookingRequests.formOf(check.requestJson());
		return CheckResult.of(BookingRequests.JSON.readTree(check.decisionJson()),
				(form != null) ? names(form) : List.of());
	}

	/**
	 * A resident's signed proof code fills in the doses of their record verified by the
	 * city (the code is redeemed: a second presentation is refused as a replay).
	 */
	private void readProofCode(CheckForm form, int index, PlatformUser user, BindingResult binding) {
		if (index < 0 || index >= form.getTravellers().size()) {
			return;
		}
		TravellerForm traveller = form.getTravellers().get(index);
		String field = "travellers[" + index + "].proofCode";
		if (!StringUtils.hasText(traveller.getProofCode())) {
			binding.rejectValue(field, "proof.code.missing");
			return;
		}
		ProofCodes.Presented presented = this.proofCodes.present(traveller.getProofCode(), user);
		if (!presented.check().accepted()) {
			binding.rejectValue(field, "proof.result." + presented.check().result());
			return;
		}
		List<LocalDate> doses = presented.verifiedDoses();
		traveller.setDose1((doses.size() > 0) ? doses.get(0) : null);
		traveller.setDose2((doses.size() > 1) ? doses.get(1) : null);
		traveller.setDose3((doses.size() > 2) ? doses.get(2) : null);
		traveller.setDose4((doses.size() > 3) ? doses.get(3) : null);
		traveller.setCertificateKind("PROOF_CODE");
		traveller.setProofVerified(true);
		traveller.setProofCode(null);
		if (!StringUtils.hasText(traveller.getName())) {
			traveller.setName(presented.residentName());
		}
		if (traveller.getBirthDate() == null) {
			traveller.setBirthDate(presented.birthDate());
		}
	}

	private void applyProgrammeDefaults(CheckForm form) {
		this.programmes.setting(form.getProgramme()).ifPresent((setting) -> {
			form.setAlertLevel(setting.alertLevel());
			form.setPriorityMeasures(setting.priorityMeasures());
		});
	}

	/**
	 * The engine names a person as {@code people[N]...}: the agent knows them as
	 * traveller N+1.
	 */
	private String whose(InvalidRequestException ex, Locale locale) {
		java.util.regex.Matcher person = PERSON.matcher((ex.field() != null) ? ex.field() : "");
		return person.lookingAt() ? this.messages.getMessage("check.traveller",
				new Object[] { Integer.parseInt(person.group(1)) + 1 }, locale) + ": " : "";
	}

	private static List<String> names(CheckForm form) {
		return form.getTravellers().stream().map(TravellerForm::getName).toList();
	}

	private static int parseIndex(String text) {
		return StringUtils.hasText(text) && text.chars().allMatch(Character::isDigit) && text.length() < 4
				? Integer.parseInt(text) : -1;
	}

	record ProgrammeOption(String id, String name) {
	}

}
